/**
 * Search quality on the public query set (test/search-queries.json): each query typed into
 * /szukaj/?q= in Chromium, against the built site and its real index. Asserts recall@3 ≥ 0.95
 * and prints recall@3 and MRR (over the top 10).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from './helpers/browser';
import { useSiteInBrowser } from './helpers/site-browser';
import { DIST } from './helpers/dist';

interface Query { q: string; url: string; kind: string }
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'search-queries.json'), 'utf8')) as { queries: Query[] };

/** The result links of a search, best first, as the page shows them. */
export async function searchResults(page: Page, base: string, q: string, searchPage = '/szukaj/'): Promise<string[]> {
  await page.goto(`${base}${searchPage}?q=${encodeURIComponent(q)}`);
  // The status line says „N wyników…” once the search is done (also for none).
  await page.waitForFunction(() => /^\d/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 15_000 });
  return page.$$eval('[data-search-results] > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

describe.runIf(browserAvailable())('search quality on the public query set', () => {
  const site = useSiteInBrowser();

  it('has at least 40 queries, each aimed at a page that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const { q, url } of queries) expect(existsSync(join(DIST, url, 'index.html')), `${q} → ${url}`).toBe(true);
  });

  it('finds the expected page in the top 3 for at least 95% of the queries', async () => {
    const misses: string[] = [];
    let hits = 0;
    let rr = 0;
    for (const { q, url, kind } of queries) {
      const results = (await searchResults(site.page, site.url, q)).slice(0, 10);
      const rank = results.indexOf(url) + 1;
      if (rank >= 1 && rank <= 3) hits++;
      else misses.push(`„${q}” (${kind}) → ${url}: ${rank ? `miejsce ${rank}` : 'brak w pierwszej dziesiątce'}; pierwsze: ${results.slice(0, 3).join(' ')}`);
      rr += rank ? 1 / rank : 0;
    }
    const recall = hits / queries.length;
    const mrr = rr / queries.length;
    console.log(`search quality: ${queries.length} queries, recall@3 = ${recall.toFixed(3)}, MRR = ${mrr.toFixed(3)}${misses.length ? `\nmisses:\n  ${misses.join('\n  ')}` : ''}`);
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  }, 300_000);
});
