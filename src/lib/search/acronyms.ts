/**
 * Acronyms and their expansions, from the glossary data (`content/glossary/*.yaml`: term,
 * expansion, aliases), so that „DPS” finds pages that say „dom pomocy społecznej” and back.
 * At index time a page that uses an acronym gets the lemmas of its expansion, and a page that
 * uses the expansion (in any inflected form) gets the acronym.
 */
import { fold, words } from './fold';
import type { Lexicon } from './lexicon';

export interface GlossaryTerm {
  term: string;
  expansion?: string;
  aliases?: readonly string[];
}

export interface Acronym {
  /** The acronym, folded: „śds” → „sds”. */
  acronym: string;
  /** Other one-word spellings readers use (GOPS for OPS), folded. */
  variants: string[];
  /** The expansion and the multi-word aliases, each as its words (lower case). */
  phrases: string[][];
}

const isAcronym = (s: string) => /^[\p{Lu}]{2,}$/u.test(s);

/** The phrases a term's expansion gives: „International Federation of Social Workers (Międzynarodowa Federacja…)” is two. */
export const expansionsOf = (t: GlossaryTerm): string[] => (t.expansion ?? '').split(/[()]/).map((s) => s.trim()).filter(Boolean);

/** The acronyms among glossary terms: a term in capitals with an expansion. */
export function acronymsFrom(terms: readonly GlossaryTerm[]): Acronym[] {
  return terms
    .filter((t) => t.expansion && isAcronym(t.term))
    .map((t) => {
      const own = fold(t.term);
      const expansions = expansionsOf(t);
      const aliases = t.aliases ?? [];
      const variants = aliases
        .map((a) => words(a))
        .filter((ws) => ws.length === 1 && fold(ws[0]!) !== own && isAcronym(aliases.find((a) => words(a)[0] === ws[0]) ?? ''))
        .map((ws) => fold(ws[0]!));
      const phrases = [...expansions, ...aliases].map(words).filter((ws) => ws.length > 1 && !ws.some((w) => fold(w) === own));
      return { acronym: own, variants: [...new Set(variants)], phrases: dedupe(phrases) };
    });
}

function dedupe(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((p) => !seen.has(p.join(' ')) && seen.add(p.join(' ')));
}

/** Every reading of each word of a text: the word itself and its lemmas. */
export function readingsOf(text: readonly string[], lexicon: Lexicon): Array<Set<string>> {
  return text.map((w) => new Set([w, ...lexicon.lemmasOf(w)]));
}

/** Whether the phrase occurs in the text (given as readings), each word in any of its forms. */
export function containsPhrase(text: ReadonlyArray<ReadonlySet<string>>, phrase: readonly string[], lexicon: Lexicon): boolean {
  if (!phrase.length || phrase.length > text.length) return false;
  const want = readingsOf(phrase, lexicon);
  const matches = (i: number, j: number) => {
    for (const r of text[i + j]!) if (want[j]!.has(r)) return true;
    return false;
  };
  for (let i = 0; i + phrase.length <= text.length; i++) {
    let ok = true;
    for (let j = 0; ok && j < phrase.length; j++) ok = matches(i, j);
    if (ok) return true;
  }
  return false;
}

/** What acronymTokens needs of one acronym, worked out once per list of acronyms and lexicon. */
interface PreparedAcronym {
  acronym: string;
  variants: string[];
  /** The words of the expansion and their lemmas, in the order they are added. */
  expansion: string[];
  /** The readings of each word of each phrase. */
  phrases: Array<Array<Set<string>>>;
}

/** A word as acronymTokens sees it: folded, its readings, and those of them that start some phrase. */
interface Word {
  folded: string;
  readings: string[];
  starts: string[];
}

interface Prepared {
  acronyms: PreparedAcronym[];
  /** Every reading of every phrase's first word: only page words with one of these can start a phrase. */
  starts: Set<string>;
  /** The words seen so far (the site's vocabulary), so that each is folded and looked up once per build. */
  words: Map<string, Word>;
}

const prepared = new WeakMap<readonly Acronym[], WeakMap<Lexicon, Prepared>>();

function prepare(acronyms: readonly Acronym[], lexicon: Lexicon): Prepared {
  let byLexicon = prepared.get(acronyms);
  if (!byLexicon) prepared.set(acronyms, (byLexicon = new WeakMap()));
  let done = byLexicon.get(lexicon);
  if (!done) {
    const list = acronyms.map((a) => ({
      acronym: a.acronym,
      variants: a.variants,
      expansion: (a.phrases[0] ?? []).flatMap((w) => [w, ...lexicon.lemmasOf(w)]),
      phrases: a.phrases.map((p) => readingsOf(p, lexicon)),
    }));
    const starts = new Set(list.flatMap((a) => a.phrases.flatMap((p) => [...(p[0] ?? [])])));
    byLexicon.set(lexicon, (done = { acronyms: list, starts, words: new Map() }));
  }
  return done;
}

interface Page {
  text: readonly string[];
  /** Where each word occurs. */
  at: Map<string, number[]>;
  words: Map<string, Word>;
  /** For each reading that starts some phrase, the page's words with that reading. */
  starting: Map<string, string[]>;
}

function pageIndex(text: readonly string[], lexicon: Lexicon, { starts, words }: Prepared): Page {
  const at = new Map<string, number[]>();
  text.forEach((w, i) => {
    const ps = at.get(w);
    if (ps) ps.push(i);
    else at.set(w, [i]);
  });
  const starting = new Map<string, string[]>();
  for (const w of at.keys()) {
    let word = words.get(w);
    if (!word) {
      const readings = [...new Set([w, ...lexicon.lemmasOf(w)])];
      words.set(w, (word = { folded: fold(w), readings, starts: readings.filter((r) => starts.has(r)) }));
    }
    for (const r of word.starts) {
      const ws = starting.get(r);
      if (ws) ws.push(w);
      else starting.set(r, [w]);
    }
  }
  return { text, at, words, starting };
}

/** containsPhrase over a page index: the phrase is only tried where a word that can start it occurs. */
function hasPhrase(page: Page, want: ReadonlyArray<ReadonlySet<string>>): boolean {
  const n = page.text.length;
  if (!want.length || want.length > n) return false;
  const matches = (i: number, j: number) => page.words.get(page.text[i + j]!)!.readings.some((r) => want[j]!.has(r));
  for (const first of want[0]!) {
    for (const w of page.starting.get(first) ?? []) {
      for (const i of page.at.get(w)!) {
        if (i + want.length > n) break;
        let ok = true;
        for (let j = 1; ok && j < want.length; j++) ok = matches(i, j);
        if (ok) return true;
      }
    }
  }
  return false;
}

/**
 * The extra words to index with a page so that acronyms and expansions find each other.
 * Fast for long pages and many phrases: the phrases' readings, and each word's folding and readings, are kept per list
 * of acronyms and lexicon (neither may change); a phrase is only tried where a word that can start it occurs.
 */
export function acronymTokens(text: readonly string[], acronyms: readonly Acronym[], lexicon: Lexicon): string[] {
  const prep = prepare(acronyms, lexicon);
  const page = pageIndex(text, lexicon, prep);
  const present = new Set([...page.at.keys()].map((w) => page.words.get(w)!.folded));
  const out = new Set<string>();
  for (const a of prep.acronyms) {
    const hasAcronym = present.has(a.acronym) || a.variants.some((v) => present.has(v));
    if (hasAcronym) {
      // The expansion's words and all their lemmas, so that a query in any form of it (mapped to lemmas) matches.
      for (const r of a.expansion) out.add(r);
    } else if (a.phrases.some((p) => hasPhrase(page, p))) {
      out.add(a.acronym);
    }
  }
  return [...out];
}

/** One-word variants of acronyms as query rewrites: „gops” → „ops”. */
export function acronymVariants(acronyms: readonly Acronym[]): Record<string, string> {
  return Object.fromEntries(acronyms.flatMap((a) => a.variants.map((v) => [v, a.acronym])));
}
