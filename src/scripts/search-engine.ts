/**
 * The search itself, in the browser: loads Pagefind and the needed shards of the form table on
 * first use, runs a query as planned by src/lib/search/query.ts, and returns results best first.
 */
import { planEnglishQuery, planQuery, relaxations, shardsFor, topicWords, type QueryPlan } from '../lib/search/query';

export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: Array<{ url: string; title: string; excerpt: string; weighted_locations?: Array<{ weight: number; balanced_score: number; location: number }> }>;
}
export interface Result {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Result[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const BASE = '/pagefind/';
let pagefind: Promise<Pagefind> | undefined;

/** Pagefind, loaded once. No worker: it would be one more file to fetch for a site this size. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${BASE}pagefind.js`).then(async (pf: Pagefind) => {
    // `pojecia`: the words of the glossary terms a page defines in a heading; `tytul`: its title's words and lemmas
    // (src/lib/search/defined-terms.ts).
    await pf.options({ noWorker: true, excerptLength: 22, ranking: { termSimilarity: 5, metaWeights: { formy: 1, pojecia: 6, tytul: 4 } } });
    return pf;
  });
  return pagefind;
}

const shards = new Map<string, Promise<Record<string, string>>>();
function shard(key: string): Promise<Record<string, string>> {
  let s = shards.get(key);
  if (!s) {
    s = fetch(`${BASE}formy/${key}.json`).then((r) => (r.ok ? (r.json() as Promise<Record<string, string>>) : {}), () => ({}));
    shards.set(key, s);
  }
  return s;
}

export interface Found {
  plan: QueryPlan;
  results: Result[];
}

/**
 * Searches for what was typed; `complete` is false while the last word may still grow. On the English edition
 * (`lang` en) the words go to Pagefind's English index as typed, without the Polish form table.
 */
export async function find(query: string, filters: Record<string, string>, complete: boolean, lang: 'pl' | 'en' = 'pl'): Promise<Found> {
  const typed = lang === 'en' ? [] : topicWords(query);
  const [pf, ...tables] = await Promise.all([loadPagefind(), ...shardsFor(typed).map(shard)]);
  const table = Object.assign({}, ...tables) as Record<string, string>;
  const plan = lang === 'en' ? planEnglishQuery(query) : planQuery(query, (w) => table[w], complete);
  const opts = Object.keys(filters).length ? { filters } : undefined;
  // Only the mapped words: Pagefind's Polish stemmer cuts some forms down to almost nothing („wnioski” → „w”, which
  // matches every page), while their lemmas stem well. (Searching the words as typed too, to rank a page about
  // „zarabia” above one that uses it once, cost a chunk a query; the title's lemmas, `tytul`, do that now.)
  const q = plan.mapped.join(' ');
  const results = q ? (await pf.search(q, opts)).results : [];
  if (results.length || plan.mapped.length < 2 || !complete) return { plan, results };
  // A question whose words find nothing together: the largest set of its words that finds something, the set whose
  // best page scores highest. Their index entries came with the first search, so this costs no download.
  let size = 0;
  let best: Found | undefined;
  for (const words of relaxations(plan.mapped)) {
    if (best && words.length < size) break;
    const found = (await pf.search(words.join(' '), opts)).results;
    if (found.length && (!best || found[0]!.score > best.results[0]!.score)) {
      size = words.length;
      const typed = words.map((w) => plan.typed[plan.mapped.indexOf(w)] ?? w);
      best = { plan: { typed, mapped: words }, results: found };
    }
  }
  return best ?? { plan, results };
}
