/**
 * Word forms and their lemmas, for the words of this site only: built at index time from the
 * cached Hunspell expansion (lemma-cache.ts) and the suppletive table. Pure: no file access.
 */
import { fold } from './fold';

export interface LexiconEntry {
  lemma: string;
  forms: readonly string[];
}

export class Lexicon {
  private readonly lemmasByForm = new Map<string, Set<string>>();
  private readonly formsByLemma = new Map<string, Set<string>>();

  constructor(entries: Iterable<LexiconEntry>, suppletive: Readonly<Record<string, string>> = {}) {
    for (const { lemma, forms } of entries) for (const f of [lemma, ...forms]) this.link(f, lemma);
    for (const [form, lemma] of Object.entries(suppletive)) this.link(form, lemma);
  }

  private link(form: string, lemma: string) {
    let ls = this.lemmasByForm.get(form);
    if (!ls) this.lemmasByForm.set(form, (ls = new Set()));
    ls.add(lemma);
    let fs = this.formsByLemma.get(lemma);
    if (!fs) this.formsByLemma.set(lemma, (fs = new Set([lemma])));
    fs.add(form);
  }

  /** The lemmas a (lower-case) word form can belong to; empty when the dictionary doesn't know it. */
  lemmasOf(word: string): string[] {
    return [...(this.lemmasByForm.get(word) ?? [])];
  }

  /** Whether the word is a dictionary entry in its own right (e.g. „studia”, not only a form of „studium”). */
  isLemma(word: string): boolean {
    return this.formsByLemma.has(word);
  }

  /** Every form of a lemma, the lemma included. */
  formsOf(lemma: string): string[] {
    return [...(this.formsByLemma.get(lemma) ?? [lemma])];
  }
}

/**
 * The lemmas to index with a page so that any form of its words finds it: for each word,
 * its lemmas, except where the page already has the lemma itself. (Not skipped: words that
 * begin with their lemma – Pagefind's stemmer cuts some forms short, „wnioski” to „w”.)
 */
export function pageLemmas(pageWords: ReadonlySet<string>, lexicon: Lexicon): string[] {
  const out = new Set<string>();
  for (const w of pageWords) {
    for (const lemma of lexicon.lemmasOf(w)) {
      if (lemma === w || pageWords.has(lemma)) continue;
      out.add(lemma);
    }
  }
  return [...out].sort();
}

/**
 * The browser's table: folded query word → the word to search for instead. Covers every form
 * of every lemma found on the site (so „wnioskami” works even if no page uses that form) and
 * restores diacritics of site words that the dictionary doesn't know. Where one folded form
 * could mean several lemmas, the one on more pages wins.
 */
export function queryTable(siteWords: ReadonlyMap<string, number>, lexicon: Lexicon, extra: Readonly<Record<string, string>> = {}): Map<string, string> {
  // A lemma's weight: pages that use the lemma word itself, then (a tenth) pages with any of its forms.
  const lemmaPages = new Map<string, number>();
  for (const [w, pages] of siteWords) {
    for (const lemma of lexicon.lemmasOf(w)) lemmaPages.set(lemma, (lemmaPages.get(lemma) ?? 0) + pages / 10);
  }
  for (const lemma of lemmaPages.keys()) lemmaPages.set(lemma, lemmaPages.get(lemma)! + (siteWords.get(lemma) ?? 0));
  const best = new Map<string, { to: string; score: number }>();
  const offer = (key: string, to: string, score: number) => {
    if (key === to) return;
    const cur = best.get(key);
    if (!cur || score > cur.score || (score === cur.score && to < cur.to)) best.set(key, { to, score });
  };
  for (const [lemma, score] of lemmaPages) {
    const l = fold(lemma);
    // Negated and superlative forms (nie-, naj-) of other words are rarely typed: left out.
    for (const form of lexicon.formsOf(lemma)) {
      const f = fold(form);
      if (/^n(ie|aj)/.test(f) && !l.startsWith(f.slice(0, 3))) continue;
      offer(f, lemma, score);
    }
  }
  for (const [w, pages] of siteWords) {
    // A site word the dictionary doesn't know: map its folded spelling back to it.
    if (!lexicon.lemmasOf(w).length) offer(fold(w), w, pages);
  }
  // A typed word that is a site word and a dictionary word in its own right is searched as it is
  // („studia”, not „studium”); so is one whose readings don't include the chosen lemma. (Words the
  // dictionary doesn't know, like „spoleczna” from a URL, still map.)
  for (const [key, { to }] of best) {
    if (!siteWords.has(key)) continue;
    const readings = lexicon.lemmasOf(key);
    if (lexicon.isLemma(key) || (readings.length && !readings.includes(to))) best.delete(key);
  }
  for (const [from, to] of Object.entries(extra)) best.set(fold(from), { to, score: Infinity });
  return new Map([...best].map(([k, v]) => [k, v.to]));
}
