/**
 * Accessibility in real Chromium: axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on every page of the sitemap
 * in the light and the dark colour scheme, and a walk through the site with the keyboard alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from './helpers/browser';
import { DIST } from './helpers/dist';
import { serveDir } from './helpers/server';
import { sitemapPaths } from './helpers/sitemap';

const run = browserAvailable();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The bodies of `@media (prefers-color-scheme: dark)` blocks in a stylesheet. */
function darkBlocks(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/g)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < css.length && depth > 0; i++) depth += css[i] === '{' ? 1 : css[i] === '}' ? -1 : 0;
    out.push(css.slice(start, i - 1));
  }
  return out;
}

describe('the dark colour scheme', () => {
  it('changes colours only, so that the dark axe run may check just the colour rules', () => {
    const css = readdirSync(join(DIST, '_astro')).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(DIST, '_astro', f), 'utf8')).join('\n');
    const props = darkBlocks(css).flatMap((b) => [...b.matchAll(/([a-z-]+)\s*:[^;{}]+[;}]/g)].map((m) => m[1]!));
    expect(props.length).toBeGreaterThan(0);
    expect(props.filter((p) => !/^(--|color$|color-scheme$|background(-color)?$|border(-[a-z]+)?-color$|fill$|stroke$|outline-color$|text-decoration-color$|accent-color$|caret-color$)/.test(p))).toEqual([]);
  });
});

describe.runIf(run)('accessibility in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  beforeAll(async () => {
    server = await serveDir(DIST);
    browser = await launch();
    context = await browser.newContext();
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const paths = [...sitemapPaths(), '/404.html'];

  /**
   * The dark scheme changes colours only (one `prefers-color-scheme` block of custom properties in global.css),
   * so in the dark run axe checks the rules that depend on colour; the light run checks every rule of the tags.
   */
  const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no violation on any of the ${paths.length} pages, ${colorScheme}`, async () => {
      await page.emulateMedia({ colorScheme });
      const found: string[] = [];
      for (const path of paths) {
        await page.goto(server.url + path);
        const axe = new AxeBuilder({ page });
        const { violations } = await (colorScheme === 'light' ? axe.withTags(TAGS) : axe.withRules(COLOUR_RULES)).analyze();
        for (const v of violations) {
          found.push(`${path} ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} – ${n.failureSummary?.split('\n').at(-1)?.trim()}`).join('\n    ')}`);
        }
      }
      expect(found.join('\n')).toBe('');
    }, 300_000);
  }

  describe('with the keyboard alone', () => {
    /** Presses Tab until `test` holds for the focused element; returns whether it did within `max` presses. */
    async function tabTo(test: string, max = 80): Promise<boolean> {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((t) => new Function('el', `return ${t}`)(document.activeElement), test)) return true;
      }
      return false;
    }
    /** The focused element shows a visible focus indicator (WCAG 2.4.7). */
    const focusVisible = () => page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
    });

    beforeAll(async () => {
      await page.emulateMedia({ colorScheme: 'light' });
    });

    it('the first Tab reaches the skip link, which shows and moves focus to the content', async () => {
      await page.goto(`${server.url}/historia/charzykowy-1989/`);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
      expect(await focusVisible()).toBe(true);
      const box = await page.locator('.skip').boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tresc');
      // The next Tab continues inside the content, not back in the header.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
    });

    it('reaches every link of the main navigation and follows one with Enter', async () => {
      await page.goto(`${server.url}/`);
      const navLinks = await page.$$eval('nav.main a', (as) => as.map((a) => a.getAttribute('href')));
      expect(navLinks.length).toBeGreaterThan(3);
      const reached: string[] = [];
      for (let i = 0; i < 30 && reached.length < navLinks.length; i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => (document.activeElement?.closest('nav.main') ? document.activeElement.getAttribute('href') : null));
        if (href) { reached.push(href); expect(await focusVisible(), href).toBe(true); }
      }
      expect(reached).toEqual(navLinks);
      await page.keyboard.press('Shift+Tab');
      const target = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === target);
      expect(await page.$eval('nav.main a[aria-current=page]', (a) => a.getAttribute('href'))).toBe(target);
    });

    it('searches from the header form and opens a result', async () => {
      await page.goto(`${server.url}/`);
      expect(await tabTo(`el.id === 'q-header'`)).toBe(true);
      await page.keyboard.type('Charzykowy');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/szukaj\/\?q=Charzykowy/);
      await page.waitForSelector('[data-search-results] a.result', { timeout: 15_000 });
      await page.focus('#q');
      await page.keyboard.press('ArrowDown');
      const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(href).toMatch(/^\//);
      expect(await focusVisible()).toBe(true);
      await page.keyboard.press('Enter');
      const path = new URL(href!, server.url).pathname;
      await page.waitForURL((u) => u.pathname === path);
    });

    it('follows a glossary link to its term on /slownik/', async () => {
      await page.goto(`${server.url}/dla-nowych-pracownikow/`);
      expect(await tabTo(`el.matches('main a[href^="/slownik/#"]')`)).toBe(true);
      const href = (await page.evaluate(() => document.activeElement?.getAttribute('href')))!;
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === '/slownik/' && u.hash === href.slice('/slownik/'.length));
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(decodeURIComponent(href.split('#')[1]!));
    });

    it('walks a reading path with the keyboard: „Następny krok” leads to the next step of the same path', async () => {
      await page.goto(`${server.url}/zawod/role/`);
      const navs = await page.locator('nav.path-nav[data-path]').count();
      if (navs === 0) {
        console.warn('No reading-path navigation (nav.path-nav) on the page yet: its keyboard check is waiting for it.');
        return;
      }
      expect(await tabTo(`el.matches('nav.path-nav a[rel=next]')`, 300)).toBe(true);
      expect(await focusVisible()).toBe(true);
      const { href, path, step } = await page.evaluate(() => {
        const a = document.activeElement as HTMLAnchorElement;
        const nav = a.closest<HTMLElement>('nav.path-nav')!;
        return { href: a.getAttribute('href')!, path: nav.dataset.path!, step: Number(nav.querySelector<HTMLElement>('[data-step]')?.dataset.step) };
      });
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === href);
      const next = page.locator(`nav.path-nav[data-path="${path}"] [data-step]`);
      expect(Number(await next.getAttribute('data-step'))).toBe(step + 1);
    });

    it('opens the „Jak cytować” block with the keyboard, where a page has one', async () => {
      await page.goto(`${server.url}/historia/charzykowy-1989/`);
      const selector = 'details[id*="cyt"], details[class*="cyt"], details[id*="cite"], details[class*="cite"]';
      const blocks = await page.locator(selector).count();
      if (blocks === 0) {
        console.warn('No citation block (<details> „Jak cytować”) on the page yet: its keyboard check is waiting for it.');
        return;
      }
      expect(await tabTo(`el.matches('${selector.split(', ').map((s) => `${s} > summary`).join(', ')}')`)).toBe(true);
      expect(await focusVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.locator(selector).first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate((s) => document.activeElement?.closest(s) !== null, selector)).toBe(true);
    });
  });
});
