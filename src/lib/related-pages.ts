/**
 * Related pages: those sharing roles, competencies or sources with a page, plus the ones its editor named.
 * A source shared by many pages says less than a rare one, so each shared source counts 1 / (pages citing it). Pure.
 */

export interface PageFacets {
  url: string;
  title: string;
  roles: string[];
  competencies: string[];
  sources: string[];
  /** URLs the editor listed in `related`. */
  related: string[];
}

export const RELATED_WEIGHTS = { named: 10, role: 3, competency: 2, threshold: 0.5 };

const collator = new Intl.Collator('pl');

/** Positions of the pages with each url, role, competency and source (a page once per key), and tallies reused by every call. */
interface Index {
  byUrl: Map<string, number[]>;
  byRole: Map<string, number[]>;
  byCompetency: Map<string, number[]>;
  bySource: Map<string, number[]>;
  named: Uint8Array;
  roles: Int32Array;
  competencies: Int32Array;
  sources: Float64Array;
  score: Float64Array;
  seen: Uint8Array;
  /** The pages the last call tallied, to be reset by the next. */
  touched: number[];
}

/** One index per pages array: the build calls relatedPages for every page with the same array (which must not change). */
const indexes = new WeakMap<PageFacets[], Index>();

function indexOf(pages: PageFacets[]): Index {
  let index = indexes.get(pages);
  if (index) return index;
  const positions = (key: (p: PageFacets) => string[]) => {
    const map = new Map<string, number[]>();
    pages.forEach((p, i) => {
      for (const k of new Set(key(p))) {
        const at = map.get(k);
        if (at) at.push(i);
        else map.set(k, [i]);
      }
    });
    return map;
  };
  const n = pages.length;
  index = {
    byUrl: positions((p) => [p.url]),
    byRole: positions((p) => p.roles),
    byCompetency: positions((p) => p.competencies),
    bySource: positions((p) => p.sources),
    named: new Uint8Array(n),
    roles: new Int32Array(n),
    competencies: new Int32Array(n),
    sources: new Float64Array(n),
    score: new Float64Array(n),
    seen: new Uint8Array(n),
    touched: [],
  };
  indexes.set(pages, index);
  return index;
}

/**
 * The first `k` items in `order` (a total order), as sort + slice would give them, in O(items · k).
 */
function firstK<T>(items: T[], k: number, order: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (k <= 0) return top;
  for (const x of items) {
    if (top.length === k) {
      if (order(x, top[k - 1]!) >= 0) continue;
      top.pop();
    }
    let j = top.length;
    while (j > 0 && order(x, top[j - 1]!) < 0) j--;
    top.splice(j, 0, x);
  }
  return top;
}

/**
 * Fast for every page of a large site: an index of the pages (cached per array) gives the pages sharing something with
 * this one, and only those are scored, since a page sharing nothing scores 0 and 0 is below the threshold. Scores are
 * summed in the same order as `named + role·shared + competency·shared + Σ 1/citing` over this page's sources, so
 * floating-point ties come out as before; ties go by title, then by position in `pages` (as a stable sort would).
 */
export function relatedPages(pages: PageFacets[], url: string, limit = 5, w = RELATED_WEIGHTS): Array<{ url: string; title: string; score: number }> {
  const ix = indexOf(pages);
  const own = ix.byUrl.get(url);
  if (!own) return [];
  const self = pages[own[0]!]!;

  const { named, roles, competencies, sources, score, seen } = ix;
  for (const i of ix.touched) seen[i] = named[i] = roles[i] = competencies[i] = sources[i] = 0;
  const touched: number[] = (ix.touched = []);
  const visit = (i: number) => {
    if (!seen[i]) { seen[i] = 1; touched.push(i); }
  };
  for (const u of self.related) for (const i of ix.byUrl.get(u) ?? []) { visit(i); named[i] = 1; }
  for (const r of new Set(self.roles)) for (const i of ix.byRole.get(r)!) { visit(i); roles[i]!++; }
  for (const c of new Set(self.competencies)) for (const i of ix.byCompetency.get(c)!) { visit(i); competencies[i]!++; }
  for (const s of new Set(self.sources)) {
    const citing = ix.bySource.get(s)!;
    for (const i of citing) { visit(i); sources[i]! += 1 / citing.length; }
  }

  // A page sharing nothing scores this (0, or NaN for odd weights); if that passes the threshold, every page counts.
  const nothing = 0 + w.role * 0 + w.competency * 0 + 0;
  const candidates = nothing >= w.threshold ? [...pages.keys()] : touched;
  const hits: number[] = [];
  for (const i of candidates) {
    if (own.includes(i)) continue;
    score[i] = (named[i] ? w.named : 0) + w.role * roles[i]! + w.competency * competencies[i]! + sources[i]!;
    if (score[i]! >= w.threshold) hits.push(i);
  }
  const order = (a: number, b: number) => score[b]! - score[a]! || collator.compare(pages[a]!.title, pages[b]!.title) || a - b;
  const k = hits.slice(0, limit).length;
  const top = k <= 20 ? firstK(hits, k, order) : hits.sort(order).slice(0, k);
  return top.map((i) => ({ url: pages[i]!.url, title: pages[i]!.title, score: Math.round(score[i]! * 100) / 100 }));
}
