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

export function relatedPages(pages: PageFacets[], url: string, limit = 5, w = RELATED_WEIGHTS): Array<{ url: string; title: string; score: number }> {
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
