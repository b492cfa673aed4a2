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

/** The acronyms among glossary terms: a term in capitals with an expansion. */
export function acronymsFrom(terms: readonly GlossaryTerm[]): Acronym[] {
  return terms
    .filter((t) => t.expansion && isAcronym(t.term))
    .map((t) => {
      const own = fold(t.term);
      // „International Federation of Social Workers (Międzynarodowa Federacja…)”: both the English and the Polish phrase.
      const expansions = t.expansion!.split(/[()]/).map((s) => s.trim()).filter(Boolean);
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
  const matches = (i: number, j: number) => [...text[i + j]!].some((r) => want[j]!.has(r));
  for (let i = 0; i + phrase.length <= text.length; i++) {
    let ok = true;
    for (let j = 0; ok && j < phrase.length; j++) ok = matches(i, j);
    if (ok) return true;
  }
  return false;
}

/** The extra words to index with a page so that acronyms and expansions find each other. */
export function acronymTokens(text: readonly string[], acronyms: readonly Acronym[], lexicon: Lexicon): string[] {
  const present = new Set(text.map(fold));
  const readings = readingsOf(text, lexicon);
  const out = new Set<string>();
  for (const a of acronyms) {
    const hasAcronym = present.has(a.acronym) || a.variants.some((v) => present.has(v));
    if (hasAcronym) {
      // The expansion's words and all their lemmas, so that a query in any form of it (mapped to lemmas) matches.
      for (const w of a.phrases[0] ?? []) for (const r of [w, ...lexicon.lemmasOf(w)]) out.add(r);
    } else if (a.phrases.some((p) => containsPhrase(readings, p, lexicon))) {
      out.add(a.acronym);
    }
  }
  return [...out];
}

/** One-word variants of acronyms as query rewrites: „gops” → „ops”. */
export function acronymVariants(acronyms: readonly Acronym[]): Record<string, string> {
  return Object.fromEntries(acronyms.flatMap((a) => a.variants.map((v) => [v, a.acronym])));
}
