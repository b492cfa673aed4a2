import { describe, expect, it } from 'vitest';
import { formatUrlList, mergeUrlList, parseUrlList, resolvesTo, sitemapLocs } from './published-urls';

describe('published URLs', () => {
  it('reads the paths of a sitemap', () => {
    expect(sitemapLocs('<urlset><url><loc>https://x.pl/</loc></url><url><loc>https://x.pl/a/b/</loc></url></urlset>')).toEqual(['/', '/a/b/']);
  });

  it('keeps every published path and adds new ones, sorted', () => {
    expect(mergeUrlList(['/stary/', '/a/'], ['/a/', '/nowy/'])).toEqual(['/a/', '/nowy/', '/stary/']);
  });

  it('writes and reads the list file', () => {
    expect(parseUrlList(formatUrlList(['/', '/a/']))).toEqual(['/', '/a/']);
  });

  it('follows Astro redirects to a page, and no further than 5 hops', () => {
    const redirect = (to: string) => `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}">`;
    const site: Record<string, string> = {
      '/nowy/': '<h1>Strona</h1>',
      '/stary/': redirect('/nowy/'),
      '/martwy/': redirect('/nie-ma/'),
      '/petla/': redirect('/petla/'),
    };
    const read = (p: string) => site[p];
    expect(resolvesTo('/nowy/', read)).toBe(true);
    expect(resolvesTo('/stary/', read)).toBe(true);
    expect(resolvesTo('/martwy/', read)).toBe(false);
    expect(resolvesTo('/petla/', read)).toBe(false);
    expect(resolvesTo('/nie-ma/', read)).toBe(false);
  });
});
