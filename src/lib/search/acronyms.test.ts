import { describe, expect, it } from 'vitest';
import { acronymsFrom, acronymTokens, acronymVariants } from './acronyms';
import { words } from './fold';
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
