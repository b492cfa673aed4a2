/** The search as a reader uses it: real Chromium, the built site, Pagefind's real index. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from './helpers/browser';
import { DIST } from './helpers/dist';
import { serveDir } from './helpers/server';

const run = browserAvailable();

describe.runIf(run)('search in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(DIST);
    browser = await launch();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resultLinks = async () => {
    await page.waitForSelector('[data-search-results] a', { timeout: 15_000 });
    return page.$$eval('[data-search-results] > li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  };

  it('finds the Charzykowy 1989 page first for „Charzykowach”', async () => {
    await page.goto(`${server.url}/szukaj/?q=Charzykowach`);
    expect((await resultLinks())[0]).toBe('/historia/charzykowy-1989/');
    expect(await page.inputValue('#q')).toBe('Charzykowach');
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
  });

  it('works with the keyboard alone, from the header form of any page', async () => {
    await page.goto(`${server.url}/historia/charzykowy-1989/`);
    // Tab from the top of the page: skip link, brand, navigation, then the search field.
    let focused = '';
    for (let i = 0; i < 15 && focused !== 'q-header'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('q-header');
    await page.keyboard.type('Kuroń');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/szukaj\/\?q=/);
    const links = await resultLinks();
    expect(links.length).toBeGreaterThan(0);
    await page.focus('#q');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(first).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === links[0]);
  });

  it('keeps ?q= in the URL in step with what is typed', async () => {
    await page.goto(`${server.url}/szukaj/`);
    await page.fill('#q', 'pomoc');
    await page.waitForURL(/q=pomoc/);
    expect((await resultLinks()).length).toBeGreaterThan(0);
  });
});
