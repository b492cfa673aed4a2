/**
 * From the built pages to what search needs: each page's extra search words (lemmas, acronyms)
 * and the browser's query table, split into shards by the first two letters. Pure.
 */
import { acronymTokens, acronymVariants, type Acronym } from './acronyms';
import { shardKey, words } from './fold';
import { pageLemmas, queryTable, type Lexicon } from './lexicon';
import { suppletive } from './suppletive';

export interface SitePage {
  url: string;
  text: string;
}

/** Every word of the site with the number of pages it occurs on. */
export function siteWords(pages: readonly SitePage[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const p of pages) for (const w of new Set(words(p.text))) count.set(w, (count.get(w) ?? 0) + 1);
  return count;
}

/** The words to index with each page: lemmas its words' forms need, and acronym/expansion links. */
export function searchWordsByPage(pages: readonly SitePage[], lexicon: Lexicon, acronyms: readonly Acronym[]): Map<string, string[]> {
  return new Map(
    pages.map((p) => {
      const text = words(p.text);
      return [p.url, [...new Set([...pageLemmas(new Set(text), lexicon), ...acronymTokens(text, acronyms, lexicon)])].sort()];
    }),
  );
}

/** The query table in shards: shard key → { folded form: word to search for }. */
export function queryShards(pages: readonly SitePage[], lexicon: Lexicon, acronyms: readonly Acronym[]): Map<string, Record<string, string>> {
  const table = queryTable(siteWords(pages), lexicon, { ...suppletive, ...acronymVariants(acronyms) });
  const shards = new Map<string, Record<string, string>>();
  for (const [from, to] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const key = shardKey(from);
    let shard = shards.get(key);
    if (!shard) shards.set(key, (shard = {}));
    shard[from] = to;
  }
  return shards;
}
