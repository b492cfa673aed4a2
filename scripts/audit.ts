/**
 * `npm run audit`: Lighthouse against the system Chromium, on the built site served with the headers of
 * `public/_headers`. Prints the four category scores (performance, accessibility, best practices, SEO) for
 * the home page, an article, a role page, the glossary and the search page. A report, not a test: the target
 * is 100 everywhere. Build first (`npm run build`); `KPS_OUT_DIR` picks another build, `CHROME_PATH` another browser.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { headersFor, siteHeaderRules } from '../test/helpers/headers.ts';
import { serveDir } from '../test/helpers/server.ts';

const PAGES: Array<[string, string]> = [
  ['strona główna', '/'],
  ['artykuł', '/historia/charzykowy-1989/'],
  ['rola', '/role/mediator/'],
  ['słownik', '/slownik/'],
  ['wyszukiwarka', '/szukaj/?q=Charzykowy'],
  ['strona główna (en)', '/en/'],
  ['artykuł (en)', '/en/history/charzykowy-1989/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const dist = resolve(import.meta.dirname, '..', process.env.KPS_OUT_DIR ?? 'dist');
if (!existsSync(resolve(dist, 'index.html'))) {
  console.error(`audit: no build in ${dist} – run \`npm run build\` first.`);
  process.exit(1);
}
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const rules = siteHeaderRules();
const server = await serveDir(dist, { headers: (path) => headersFor(rules, path) });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run'] });

const rows: string[][] = [];
try {
  for (const [label, path] of PAGES) {
    const result = await lighthouse(server.url + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const cats = result?.lhr.categories ?? {};
    rows.push([label, path, ...CATEGORIES.map((c) => String(Math.round((cats[c]?.score ?? 0) * 100)))]);
    const audits = result?.lhr.audits ?? {};
    const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary');
    const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
    console.log(`${path}: ${metrics.map((m) => `${m.split('-').map((w) => w[0]).join('').toUpperCase()} ${audits[m]?.displayValue ?? '?'}`).join(', ')}${failing.length ? `; failing: ${failing.map((a) => a.id).join(', ')}` : ''}`);
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['strona', 'adres', 'wydajność', 'dostępność', 'dobre praktyki', 'SEO'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
