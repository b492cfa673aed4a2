/**
 * Security and privacy: the CSP of `src/lib/csp.ts` in every page's <meta> and in `public/_headers`,
 * and the built site served with exactly the headers of `public/_headers`, in Chromium: no CSP violation,
 * no console error, no request to another origin, no cookie – on every page and while searching.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerCsp, headerOnlyDirectives, parseCsp } from '../src/lib/csp';
import { browserAvailable, launch } from './helpers/browser';
import { builtPages, DIST } from './helpers/dist';
import { headersFor, siteHeaderRules } from './helpers/headers';
import { serveDir } from './helpers/server';
import { sitemapPaths } from './helpers/sitemap';

const rules = siteHeaderRules();
const pages = builtPages();

describe('public/_headers', () => {
  const all = headersFor(rules, '/any/page/');

  it('sends the CSP of src/lib/csp.ts and the other security headers on every path', () => {
    expect(rules.map((r) => r.path)).toEqual(['/*']);
    expect(parseCsp(all['Content-Security-Policy']!)).toEqual(parseCsp(headerCsp()));
    expect(all['X-Content-Type-Options']).toBe('nosniff');
    expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    expect(all['Permissions-Policy']).toMatch(/camera=\(\)/);
    expect(all['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/);
  });

  it('the CSP allows no inline script, no eval but WebAssembly, and workers only from the site', () => {
    const csp = parseCsp(all['Content-Security-Policy']!);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('is copied into the built site', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(headersFor(rules, '/')).toEqual(all);
  });
});

describe('the <meta> CSP of every page', () => {
  const header = parseCsp(headerCsp());
  for (const d of headerOnlyDirectives) header.delete(d.split(' ')[0]!);

  it.each(pages.map((p) => [p.url, p] as const))('%s has the same policy, with Astro’s hashes', (_url, p) => {
    const metas = p.doc.querySelectorAll('meta[http-equiv="content-security-policy"]');
    expect(metas).toHaveLength(1);
    const content = metas[0]!.getAttribute('content')!;
    expect(parseCsp(content)).toEqual(header);
    expect(parseCsp(content, { dropHashes: false }).get('script-src')!.some((s) => s.startsWith("'sha256-"))).toBe(true);
  });
});

describe.runIf(browserAvailable())('the site served with public/_headers, in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;
  const problems: string[] = [];
  const foreign: string[] = [];

  beforeAll(async () => {
    server = await serveDir(DIST, { headers: (path) => headersFor(rules, path) });
    browser = await launch();
    context = await browser.newContext();
    // Record every CSP violation the page reports, before any of its scripts run.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
      });
    });
    page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${new URL(page.url()).pathname}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${new URL(page.url()).pathname}: ${e.message}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== server.url && url.protocol !== 'data:') foreign.push(`${new URL(page.url()).pathname} → ${r.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the server sends the headers of public/_headers', async () => {
    const res = await page.goto(`${server.url}/`);
    expect(res!.headers()['content-security-policy']).toBe(headersFor(rules, '/')['Content-Security-Policy']);
    expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  });

  it('every page loads with no CSP violation, no error and no request to another origin', async () => {
    for (const path of [...sitemapPaths(), '/404.html']) {
      await page.goto(server.url + path);
      // Open every <details> (e.g. „Jak cytować”) so that whatever runs inside it runs too.
      await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    }
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  }, 180_000);

  it('search works: Pagefind loads its WebAssembly and finds a page, with no CSP violation', async () => {
    await page.goto(`${server.url}/szukaj/?q=Charzykowach`);
    await page.waitForSelector('[data-search-results] a.result', { timeout: 15_000 });
    expect(await page.$$eval('[data-search-results] a.result', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toContain('/historia/charzykowy-1989/');
    expect(await page.locator('#dzial option').count()).toBeGreaterThan(1);
    await page.fill('#q', 'ośrodek pomocy');
    await page.waitForURL(/q=o%C5%9Brodek/);
    await page.waitForSelector('[data-search-results] a.result');
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it('glossary links lead to their terms with no CSP violation', async () => {
    await page.goto(`${server.url}/dla-nowych-pracownikow/`);
    const link = page.locator('main a[href^="/slownik/#"]').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL((u) => u.pathname === '/slownik/');
    expect(await page.evaluate(() => location.hash)).toBe(href.slice('/slownik/'.length));
    expect(problems).toEqual([]);
  });

  it('a reading path’s checklist and the „/” search shortcut work with no CSP violation', async () => {
    await page.goto(`${server.url}/dla-nowych-pracownikow/`);
    const box = page.locator('main input[type=checkbox]').first();
    if (await box.count()) {
      await box.check();
      await page.reload();
      expect(await page.locator('main input[type=checkbox]').first().isChecked()).toBe(true);
    } else console.warn('No reading-path checklist yet: nothing to tick.');
    await page.goto(`${server.url}/historia/charzykowy-1989/`);
    await page.keyboard.press('/');
    expect(problems).toEqual([]);
  });

  it('copy buttons, where pages have them, work with no CSP violation', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    let clicked = 0;
    for (const path of ['/historia/charzykowy-1989/', '/role/mediator/']) {
      await page.goto(server.url + path);
      await page.$$eval('details', (ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      for (const button of await page.locator('main button[type=button]:visible, main [data-copy]:visible').all()) {
        await button.click();
        clicked++;
      }
    }
    if (clicked === 0) console.warn('No copy buttons on the pages yet: nothing to click.');
    expect(problems).toEqual([]);
  });

  it('sets no cookie', async () => {
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
