/**
 * Byte budgets of search, in Chromium against the built site served gzip-compressed like a
 * static host would: the first query from a cold cache (search UI, Pagefind runtime and
 * WebAssembly, index chunks, fragments, form-table shards) ≤ 120 KiB; a later query ≤ 40 KiB.
 * Counted are the bytes the browser receives for everything but the page's own HTML and CSS.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from './helpers/browser';
import { DIST } from './helpers/dist';
import { serveDir } from './helpers/server';
import { recorder, searchBytes, type Transfer } from './helpers/transfer';

const KiB = 1024;
const FIRST_BUDGET = 120 * KiB;
const LATER_BUDGET = 40 * KiB;

async function settle(page: Page, q: string) {
  await page.waitForFunction((q) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(q), q, { timeout: 15_000 });
  await page.waitForLoadState('networkidle');
}

describe.runIf(browserAvailable())('search byte budgets', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDir>>;

  beforeAll(async () => {
    server = await serveDir(DIST, { gzip: true });
    browser = await launch();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it.each([
    ['ośrodka pomocy społecznej', 'dzieci'],
    ['DPS', 'jakie studia'],
    ['dzien pracownika socjalnego', 'Kuroń'],
  ])('„%s” from a cold cache, then „%s”: within 120 KiB and 40 KiB', async (first, later) => {
    context = await browser.newContext();
    const page = await context.newPage();
    const rec = recorder(page);
    await page.goto(`${server.url}/szukaj/?q=${encodeURIComponent(first)}`);
    await settle(page, first);
    const firstRequests = await rec.take();
    const firstBytes = searchBytes(firstRequests);
    // The Pagefind runtime must have come over the network in this count, or the figure means nothing.
    expect(firstRequests.some((r) => r.path.endsWith('.pagefind') && r.bytes > 10 * KiB)).toBe(true);

    await page.fill('#q', later);
    await settle(page, later);
    const laterBytes = searchBytes(await rec.take());
    const byKind = (rs: Transfer[]) => {
      const k: Record<string, number> = {};
      for (const r of rs) { const kind = r.path.replace(/^.*\/(pagefind\/)?(index|fragment|formy|filter)\/.*$/, '$2').replace(/^.*\.(\w+)$/, '$1'); k[kind] = (k[kind] ?? 0) + r.bytes; }
      return JSON.stringify(k);
    };
    console.log(`search bytes: first query „${first}” ${(firstBytes / KiB).toFixed(1)} KiB (budget 120), later query „${later}” ${(laterBytes / KiB).toFixed(1)} KiB (budget 40)\n  first: ${byKind(firstRequests)}`);
    expect(firstBytes).toBeLessThanOrEqual(FIRST_BUDGET);
    expect(laterBytes).toBeLessThanOrEqual(LATER_BUDGET);
    await context.close();
  }, 60_000);
});
