import { describe, expect, it } from 'vitest';
import { acronymsFrom, acronymTokens, acronymVariants, containsPhrase, readingsOf, type Acronym } from './acronyms';
import { fold, words } from './fold';
import { Lexicon } from './lexicon';

const terms = [
  { term: 'DPS', expansion: 'dom pomocy społecznej', aliases: ['domu pomocy społecznej', 'DPS-u'] },
  { term: 'OPS', expansion: 'ośrodek pomocy społecznej', aliases: ['GOPS', 'OPS-ie'] },
  { term: 'ŚDS', expansion: 'środowiskowy dom samopomocy', aliases: ['SDS'] },
  { term: 'IFSW', expansion: 'International Federation of Social Workers (Międzynarodowa Federacja Pracowników Socjalnych)' },
  { term: 'gmina', aliases: ['gminy'] },
];
const lexicon = new Lexicon([
  { lemma: 'dom', forms: ['domu', 'domy'] },
  { lemma: 'pomoc', forms: ['pomocy'] },
  { lemma: 'społeczny', forms: ['społecznej'] },
  { lemma: 'ośrodek', forms: ['ośrodka', 'ośrodku'] },
]);
const acronyms = acronymsFrom(terms);

describe('acronymsFrom', () => {
  it('takes the acronyms with an expansion from the glossary, folded', () => {
    expect(acronyms.map((a) => a.acronym)).toEqual(['dps', 'ops', 'sds', 'ifsw']);
    expect(acronyms[1]!.variants).toEqual(['gops']);
    expect(acronyms[3]!.phrases).toContainEqual(['międzynarodowa', 'federacja', 'pracowników', 'socjalnych']);
    expect(acronymVariants(acronyms)).toEqual({ gops: 'ops' });
  });
});

describe('acronymTokens', () => {
  it('gives a page that uses an acronym the lemmas of its expansion', () => {
    expect(acronymTokens(words('Mieszka w DPS-ie.'), acronyms, lexicon)).toEqual(expect.arrayContaining(['dom', 'pomoc', 'społeczny']));
  });

  it('gives a page that uses the expansion, in any form, the acronym', () => {
    expect(acronymTokens(words('Pracuje w ośrodku pomocy społecznej.'), acronyms, lexicon)).toEqual(['ops']);
    expect(acronymTokens(words('z domy pomocy społecznej'), acronyms, lexicon)).toEqual(['dps']);
  });

  it('adds nothing to a page with neither', () => {
    expect(acronymTokens(words('Helena Radlińska'), acronyms, lexicon)).toEqual([]);
  });
});

/** The straightforward versions, trying every phrase at every place: the optimised ones must give exactly this. */
function referenceContains(text: ReadonlyArray<ReadonlySet<string>>, phrase: readonly string[], lex: Lexicon): boolean {
  if (!phrase.length || phrase.length > text.length) return false;
  const want = readingsOf(phrase, lex);
  for (let i = 0; i + phrase.length <= text.length; i++) {
    if (want.every((ws, j) => [...text[i + j]!].some((r) => ws.has(r)))) return true;
  }
  return false;
}
function referenceTokens(text: readonly string[], list: readonly Acronym[], lex: Lexicon): string[] {
  const present = new Set(text.map(fold));
  const readings = readingsOf(text, lex);
  const out = new Set<string>();
  for (const a of list) {
    if (present.has(a.acronym) || a.variants.some((v) => present.has(v))) {
      for (const w of a.phrases[0] ?? []) for (const r of [w, ...lex.lemmasOf(w)]) out.add(r);
    } else if (a.phrases.some((p) => referenceContains(readings, p, lex))) {
      out.add(a.acronym);
    }
  }
  return [...out];
}

describe('acronymTokens against the straightforward version', () => {
  // Few words, forms shared by two lemmas, and phrases that overlap, repeat a word or start like one another.
  const vocabulary = ['dom', 'domu', 'domy', 'pomocy', 'pomoc', 'społecznej', 'ośrodek', 'ośrodku', 'rodzin', 'rodzinie', 'centrum', 'usług', 'dps', 'sds', 'gops', 'w', 'i', 'z', 'dla', 'śds'];
  const lex = new Lexicon(
    [
      { lemma: 'dom', forms: ['domu', 'domy'] },
      { lemma: 'pomoc', forms: ['pomocy'] },
      { lemma: 'pomocy', forms: [] },
      { lemma: 'społeczny', forms: ['społecznej'] },
      { lemma: 'ośrodek', forms: ['ośrodku', 'domu'] },
      { lemma: 'rodzina', forms: ['rodzin', 'rodzinie'] },
    ],
    { usług: 'usługa' },
  );
  const list = acronymsFrom([
    { term: 'DPS', expansion: 'dom pomocy społecznej', aliases: ['domy pomocy', 'DPS-u'] },
    { term: 'OPS', expansion: 'ośrodek pomocy społecznej', aliases: ['GOPS', 'ośrodek pomocy rodzinie'] },
    { term: 'ŚDS', expansion: 'dom dom pomocy', aliases: ['SDS'] },
    { term: 'CUS', expansion: 'centrum usług (centrum usług społecznych)' },
    { term: 'PCPR', expansion: 'centrum pomocy rodzinie w dom i z dla pomocy społecznej' },
  ]);
  let seed = 7;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const texts = Array.from({ length: 400 }, () => Array.from({ length: Math.floor(rnd() * 14) }, () => vocabulary[Math.floor(rnd() * vocabulary.length)]!));

  it('gives the same words in the same order', () => {
    for (const text of texts) expect(acronymTokens(text, list, lex)).toEqual(referenceTokens(text, list, lex));
    expect(texts.filter((t) => acronymTokens(t, list, lex).length > 1).length).toBeGreaterThan(20);
  });

  it('finds the same phrases with containsPhrase', () => {
    for (const text of texts) for (const a of list) for (const p of a.phrases) expect(containsPhrase(readingsOf(text, lex), p, lex)).toBe(referenceContains(readingsOf(text, lex), p, lex));
  });
});
