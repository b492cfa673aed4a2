import { describe, expect, it } from 'vitest';
import { RELATED_WEIGHTS, relatedPages, type PageFacets } from './related-pages';

const page = (url: string, f: Partial<PageFacets> = {}): PageFacets => ({ url, title: url, roles: [], competencies: [], sources: [], related: [], ...f });
const everywhere = Array.from({ length: 10 }, (_, i) => page(`/p${i}/`, { sources: ['seed'] }));
const pages = [
  page('/role/mediator/', { roles: ['mediator'], competencies: ['mediacja', 'psychologia'], sources: ['seed', 'rzadkie'] }),
  page('/role/terapeuta/', { roles: ['terapeuta'], competencies: ['psychologia'], sources: ['seed'] }),
  page('/zawod/role/', { roles: ['mediator', 'terapeuta'], sources: ['seed'] }),
  page('/historia/', { sources: ['seed', 'rzadkie'] }),
  page('/etyka/', { sources: ['seed'], related: ['/historia/'] }),
  ...everywhere,
];

describe('relatedPages', () => {
  it('ranks shared roles, then competencies, then rarely shared sources', () => {
    expect(relatedPages(pages, '/role/mediator/').map((p) => p.url)).toEqual(['/zawod/role/', '/role/terapeuta/', '/historia/']);
  });
  it('puts the pages an editor named first', () => {
    expect(relatedPages(pages, '/etyka/')[0]).toMatchObject({ url: '/historia/', score: 10.07 });
  });
  it('does not count a source every page cites, nor list the page itself', () => {
    const r = relatedPages(pages, '/p0/');
    expect(r).toEqual([]);
  });
  it('keeps to the limit and knows no unknown page', () => {
    expect(relatedPages(pages, '/zawod/role/', 1)).toHaveLength(1);
    expect(relatedPages(pages, '/nie-ma/')).toEqual([]);
  });
});

/** The straightforward version, scoring every page for every call: the optimised one must give exactly this. */
function reference(pages: PageFacets[], url: string, limit = 5, w = RELATED_WEIGHTS) {
  const collator = new Intl.Collator('pl');
  const self = pages.find((p) => p.url === url);
  if (!self) return [];
  const citing = new Map<string, number>();
  for (const p of pages) for (const s of new Set(p.sources)) citing.set(s, (citing.get(s) ?? 0) + 1);
  const shared = (a: string[], b: string[]) => a.filter((x, i) => b.includes(x) && a.indexOf(x) === i);
  return pages
    .filter((p) => p.url !== url)
    .map((p) => ({
      url: p.url,
      title: p.title,
      score:
        (self.related.includes(p.url) ? w.named : 0) +
        w.role * shared(self.roles, p.roles).length +
        w.competency * shared(self.competencies, p.competencies).length +
        shared(self.sources, p.sources).reduce((sum, s) => sum + 1 / citing.get(s)!, 0),
    }))
    .filter((p) => p.score >= w.threshold)
    .sort((a, b) => b.score - a.score || collator.compare(a.title, b.title))
    .slice(0, limit)
    .map((p) => ({ ...p, score: Math.round(p.score * 100) / 100 }));
}

/** Small deterministic pseudo-random numbers (mulberry32). */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pages with few distinct facets and titles (many ties, repeated and duplicate values, a repeated url). */
function generated(n: number, seed: number): PageFacets[] {
  const rnd = random(seed);
  const pick = (k: number, of: number, prefix: string) => Array.from({ length: Math.floor(rnd() * (k + 1)) }, () => `${prefix}${Math.floor(rnd() * of)}`);
  const titles = ['Łódź', 'lodz', 'Lodz', 'Żak', 'zak', 'Ala', 'ala', 'Ćma', 'Cma', 'Śruba'];
  const pages = Array.from({ length: n }, (_, i) =>
    page(`/p${i}/`, {
      title: titles[Math.floor(rnd() * titles.length)]!,
      roles: pick(3, 4, 'r'),
      competencies: pick(3, 6, 'c'),
      sources: pick(6, 12, 's'),
      related: pick(2, n + 2, '/p').map((u) => `${u}/`),
    }),
  );
  pages.push({ ...pages[1]!, title: 'Duplikat' });
  return pages;
}

describe('relatedPages against the straightforward version', () => {
  const weights = [RELATED_WEIGHTS, { named: 1, role: 1, competency: 1, threshold: 0 }, { named: 0.5, role: 0.25, competency: 1 / 3, threshold: -1 }, { named: 10, role: Infinity, competency: 2, threshold: 0.5 }];
  it.each([1, 2, 3, 4])('gives the same pages, scores and order (seed %i)', (seed) => {
    const pages = generated(120, seed);
    for (const w of weights) {
      for (const limit of [5, 1, 0, -3, 2.5, 40, Infinity]) {
        for (const p of pages) expect(relatedPages(pages, p.url, limit, w)).toEqual(reference(pages, p.url, limit, w));
      }
    }
  });
});
