/**
 * The English search (/en/search/): Pagefind's English index with English stemming, and the Polish terms a reader from
 * abroad meets (typed on the English search, they find the glossary). Each query of test/search-queries-en.json is
 * typed into /en/search/?q= in Chromium against the built site.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from './helpers/browser';
import { useSiteInBrowser } from './helpers/site-browser';
import { DIST } from './helpers/dist';
import { searchResults } from './search-quality.browser.test';

interface Query { q: string; url: string; kind: string }
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'search-queries-en.json'), 'utf8')) as { queries: Query[] };

describe.runIf(browserAvailable())('English search', () => {
  const site = useSiteInBrowser();

  it('every query aims at an English page that exists', () => {
    for (const { q, url } of queries) {
      expect(url.startsWith('/en/'), q).toBe(true);
      expect(existsSync(join(DIST, url, 'index.html')), `${q} → ${url}`).toBe(true);
    }
  });

  it('finds the page each query aims at in the top 3: all of the issue’s queries, and at least 95% of the rest', async () => {
    const misses: Array<{ query: Query; line: string }> = [];
    for (const query of queries) {
      const results = (await searchResults(site.page, site.url, query.q, '/en/search/')).slice(0, 10);
      expect(results.every((u) => u.startsWith('/en/')), `${query.q}: ${results.join(' ')}`).toBe(true);
      const rank = results.indexOf(query.url) + 1;
      if (rank < 1 || rank > 3) misses.push({ query, line: `“${query.q}” → ${query.url}: ${rank ? `rank ${rank}` : 'not in the top 10'}; first: ${results.slice(0, 3).join(' ')}` });
    }
    console.log(`English search: ${queries.length} queries, recall@3 = ${((queries.length - misses.length) / queries.length).toFixed(3)}${misses.length ? `\nmisses:\n  ${misses.map((m) => m.line).join('\n  ')}` : ''}`);
    expect(misses.filter((m) => m.query.kind === 'issue').map((m) => m.line)).toEqual([]);
    expect((queries.length - misses.length) / queries.length, misses.map((m) => m.line).join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);

  it('the English search page speaks English and links its results and glossary to English pages', async () => {
    const results = await searchResults(site.page, site.url, 'wywiad środowiskowy', '/en/search/');
    expect(results[0]).toBe('/en/glossary/');
    // The glossary's result leads straight to the entry the query names.
    const entries = await site.page.$$eval('[data-search-results] > li:first-child .sub-results a', (as) => as.map((a) => (a as HTMLAnchorElement).hash));
    expect(entries[0]).toBe('#wywiad-srodowiskowy');
    expect(await site.page.textContent('[data-search-status]')).toMatch(/^\d+ results? for “wywiad środowiskowy”$/);
    expect(await site.page.getAttribute('html', 'lang')).toBe('en');
  });
});
