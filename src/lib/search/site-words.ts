/**
 * From the built pages to what search needs: each page's extra search words (lemmas, acronyms)
 * and the browser's query table, split into shards by the first two letters. Pure.
 */
import { acronymTokens, acronymVariants, type Acronym } from './acronyms';
import { shardKey, words } from './fold';
import { pageLemmas, queryTable, type Lexicon } from './lexicon';
import { suppletive } from './suppletive';
import { derivations } from './derivations';
import { vocabularyKey } from './suggest';
import { COMMON } from './query';

export interface SitePage {
  url: string;
  /** The words of its indexed text, in order (`words()` of the text): split once, used by every step. */
  words: string[];
}

/** A page as the steps below need it, from the text of its indexed body. */
export function sitePage(url: string, text: string): SitePage {
  return { url, words: words(text) };
}

/** Every word of the site with the number of pages it occurs on. */
export function siteWords(pages: readonly SitePage[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of pages) for (const w of new Set(p.words)) count.set(w, (count.get(w) ?? 0) + 1);
  return count;
}

/** The words to index with each page: lemmas its words' forms need, and acronym/expansion links. */
export function searchWordsByPage(pages: readonly SitePage[], lexicon: Lexicon, acronyms: readonly Acronym[]): Map<string, string[]> {
  return new Map(
    pages.map((p) => [p.url, [...new Set([...pageLemmas(new Set(p.words), lexicon), ...acronymTokens(p.words, acronyms, lexicon)])].sort()]),
  );
}

/** Below this many pages, no word counts as on nearly every page (a small site or a test fixture). */
export const COMMON_MIN_PAGES = 20;
/** The share of pages a lemma must be on to be dropped from queries as telling no page from another. */
export const COMMON_SHARE = 0.9;

/**
 * Lemmas on nearly every page (at least COMMON_SHARE of them, any form counting), with the share of pages each is
 * on: „pomoc”, „społeczny”, „pracownik” on this site. Searching them narrows nothing, and their entries are the
 * index's largest downloads.
 */
export function commonLemmas(pages: readonly SitePage[], lexicon: Lexicon): Map<string, number> {
  if (pages.length < COMMON_MIN_PAGES) return new Map();
  const count = new Map<string, number>();
  for (const p of pages) {
    const lemmas = new Set<string>();
    for (const w of new Set(p.words)) {
      const ls = lexicon.lemmasOf(w);
      for (const l of ls.length ? ls : [w]) lemmas.add(l);
    }
    for (const l of lemmas) count.set(l, (count.get(l) ?? 0) + 1);
  }
  return new Map([...count].filter(([, n]) => n >= pages.length * COMMON_SHARE).map(([l, n]) => [l, n / pages.length]));
}

/** The query table in shards: shard key → { folded form: word to search for }. `counts` is `siteWords(pages)`. */
export function queryShards(counts: ReadonlyMap<string, number>, lexicon: Lexicon, acronyms: readonly Acronym[], common: ReadonlyMap<string, number> = new Map()): Map<string, Record<string, string>> {
  const derived = Object.fromEntries(Object.entries(derivations).flatMap(([lemma, to]) => lexicon.formsOf(lemma).map((f) => [f, to])));
  // A common lemma's every form maps to COMMON, its share of pages (%) and the lemma: the browser leaves it out (query.ts).
  const dropped = Object.fromEntries([...common].flatMap(([lemma, share]) => lexicon.formsOf(lemma).map((f) => [f, `${COMMON}${Math.round(share * 100)}${lemma}`])));
  const table = queryTable(counts, lexicon, { ...suppletive, ...derived, ...acronymVariants(acronyms), ...dropped });
  const shards = new Map<string, Record<string, string>>();
  for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = shardKey(from);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[from] = to;
  }
  return shards;
}

/**
 * The site's vocabulary for spelling suggestions, by first letter (suggest.ts): word → pages it is on.
 * Words of three letters or more, without digits; fetched only when a query finds nothing.
 */
export function vocabularyShards(counts: ReadonlyMap<string, number>): Map<string, Record<string, number>> {
  const shards = new Map<string, Record<string, number>>();
  for (const [word, pages] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (word.length < 3 || /\d/.test(word)) continue;
    const key = vocabularyKey(word);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[word] = pages;
  }
  return shards;
}
