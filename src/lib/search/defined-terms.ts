/**
 * Which glossary terms a page defines: those named in its title or in one of its section headings
 * („## Skierowanie do domu pomocy społecznej”). Such a page is where a reader who types the term
 * wants to land, ahead of the many pages that only mention it, so the index gives it the term's words
 * as a metadata field of its own, weighted above the page's text (search-engine.ts). Pure.
 */
import { containsPhrase, expansionsOf, readingsOf, type GlossaryTerm } from './acronyms';
import { words } from './fold';
import type { Lexicon } from './lexicon';

/** The text of the `<h1>`–`<h3>` headings in a page's HTML (the first is its title). */
export function headingTexts(html: string): string[] {
  return [...html.matchAll(/<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/gi)].map((m) => m[2]!.replace(/<[^>]+>/g, ' ').replace(/&[^;\s]+;/g, ' ').trim());
}

/** Every way a glossary term is written: the term, each part of its expansion, each alias. */
function namesOf(t: GlossaryTerm): string[][] {
  return [t.term, ...expansionsOf(t), ...(t.aliases ?? [])].map(words).filter((ws) => ws.length > 0);
}

/**
 * The words to index as the page's defined terms: for each term named in a heading, every word of its
 * names and their lemmas (so that any form typed, mapped to its lemma, matches). Sorted, no repeats.
 */
export function definedTermWords(headings: readonly string[], terms: readonly GlossaryTerm[], lexicon: Lexicon): string[] {
  const texts = headings.map((h) => readingsOf(words(h), lexicon));
  const out = new Set<string>();
  for (const t of terms) {
    const names = namesOf(t);
    if (!names.some((name) => texts.some((text) => containsPhrase(text, name, lexicon)))) continue;
    for (const name of names) for (const reading of readingsOf(name, lexicon)) for (const w of reading) out.add(w);
  }
  return [...out].sort();
}

/** The page title's words and their lemmas: a lemma typed (only in each page's metadata otherwise) then counts more where it names the page. */
export function titleWords(title: string, lexicon: Lexicon): string[] {
  return [...new Set(readingsOf(words(title), lexicon).flatMap((r) => [...r]))].sort();
}
