import { describe, expect, it } from 'vitest';
import { relatedPages, type PageFacets } from './related-pages';

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
