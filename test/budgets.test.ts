/**
 * Page-weight budgets on the built files, gzip level 9 (what a static host sends, give or take).
 * A first visit is the page's HTML plus every stylesheet and script it loads; 14 KiB fit in the first TCP round trip.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, isReadingPage, type BuiltPage } from './helpers/dist';

const KiB = 1024;
/** The median reading page, HTML + CSS. */
const READING_MEDIAN_BUDGET = 14 * KiB;
/** The heaviest reading page, HTML + CSS, apart from the listings that grow with the knowledge base (below). */
const READING_MAX_BUDGET = 28 * KiB;
/**
 * A listing that grows with the knowledge base – the bibliography, the glossary, the timeline – may weigh this much
 * for each of its entries (the entry with its anchor and the pages citing it), over a base of the same page without
 * them. /zrodla/ weighed 61 KiB with 336 works in December 2026.
 */
const LISTING_BASE_BUDGET = 10 * KiB;
const LISTING_ENTRY_BUDGET = 0.25 * KiB;
/** Entries of a growing listing: works of the bibliography, glossary terms, timeline events. */
const listingEntries = (p: BuiltPage) => p.doc.querySelectorAll('ol.bibliography > li[id], dl.entries > dt, ol.timeline > li[id]').length;
/** Reading pages with so many entries count as listings. */
const LISTING_MIN_ENTRIES = 50;
/** Every stylesheet of the site together. */
const ALL_CSS_BUDGET = 6 * KiB;
/** The home page, everything it loads. */
const HOME_BUDGET = 20 * KiB;
/**
 * JavaScript a reading page may load: none, apart from the „/” search shortcut of issue #4, at most 1 KiB.
 * Everything a reading page loads counts against this allowance.
 */
const SEARCH_SHORTCUT_JS_BUDGET = 1 * KiB;
/** A self-hosted WOFF2 subset, if the site ever stops using the system font stack. */
const FONT_FILE_BUDGET = 30 * KiB;

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const fileAt = (url: string) => join(DIST, decodeURIComponent(new URL(url, 'https://x/').pathname));

interface Weight { url: string; html: number; css: number; js: number; entries: number }

/** What the first visit of a page downloads, gzipped: the HTML, its stylesheets and its scripts. */
function weigh(p: BuiltPage): Weight {
  const css = p.doc.querySelectorAll('link[rel=stylesheet][href]').map((l) => gz(readFileSync(fileAt(l.getAttribute('href')!))));
  const inlineJs = p.doc.querySelectorAll('script:not([src])').filter((s) => !/json/.test(s.getAttribute('type') ?? '')).map((s) => gz(s.innerHTML));
  const fileJs = p.doc.querySelectorAll('script[src], link[rel=modulepreload][href]').map((s) => gz(readFileSync(fileAt((s.getAttribute('src') ?? s.getAttribute('href'))!))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { url: p.url, html: gz(p.html), css: sum(css), js: sum(inlineJs) + sum(fileJs), entries: listingEntries(p) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const allFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
const siteFiles = allFiles(DIST).filter((f) => !f.startsWith(join(DIST, 'pagefind')));

const pages = builtPages();
const reading = pages.filter(isReadingPage).map(weigh);
const kib = (n: number) => `${(n / KiB).toFixed(1)} KiB`;

describe('page-weight budgets (gzip -9)', () => {
  it('prints the figures', () => {
    const rows = [...reading].sort((a, b) => b.html + b.css - (a.html + a.css));
    console.log(
      [`reading pages: ${reading.length}, median HTML+CSS ${kib(median(reading.map((w) => w.html + w.css)))}`,
        ...rows.slice(0, 5).map((w) => `  ${w.url}: HTML ${kib(w.html)} + CSS ${kib(w.css)} + JS ${kib(w.js)}`)].join('\n'),
    );
    expect(reading.length).toBeGreaterThan(0);
  });

  it(`the median reading page, HTML + CSS, is at most ${kib(READING_MEDIAN_BUDGET)}`, () => {
    expect(median(reading.map((w) => w.html + w.css))).toBeLessThanOrEqual(READING_MEDIAN_BUDGET);
  });

  it(`every reading page, HTML + CSS, is at most ${kib(READING_MAX_BUDGET)}; a growing listing at most ${kib(LISTING_BASE_BUDGET)} + ${kib(LISTING_ENTRY_BUDGET)} an entry`, () => {
    const budget = (w: Weight) => (w.entries >= LISTING_MIN_ENTRIES ? LISTING_BASE_BUDGET + w.entries * LISTING_ENTRY_BUDGET : READING_MAX_BUDGET);
    const over = reading.filter((w) => w.html + w.css > budget(w)).map((w) => `${w.url}: ${kib(w.html + w.css)} (budget ${kib(budget(w))}, ${w.entries} entries)`);
    expect(over).toEqual([]);
    // The listings are what the allowance is for: the bibliography is one.
    expect(reading.find((w) => w.url === '/zrodla/')!.entries).toBeGreaterThanOrEqual(LISTING_MIN_ENTRIES);
  });

  it(`all CSS together is at most ${kib(ALL_CSS_BUDGET)}`, () => {
    const css = siteFiles.filter((f) => f.endsWith('.css'));
    const total = css.reduce((n, f) => n + gz(readFileSync(f)), 0);
    console.log(`all CSS: ${css.length} file(s), ${kib(total)}`);
    expect(css.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(ALL_CSS_BUDGET);
  });

  it(`reading pages load at most ${kib(SEARCH_SHORTCUT_JS_BUDGET)} of JavaScript (the search shortcut)`, () => {
    expect(SEARCH_SHORTCUT_JS_BUDGET).toBeLessThanOrEqual(KiB);
    const over = reading.filter((w) => w.js > SEARCH_SHORTCUT_JS_BUDGET).map((w) => `${w.url}: ${w.js} B`);
    expect(over).toEqual([]);
  });

  it(`the home page is at most ${kib(HOME_BUDGET)}`, () => {
    const home = weigh(pages.find((p) => p.url === '/')!);
    console.log(`home: HTML ${kib(home.html)} + CSS ${kib(home.css)} + JS ${kib(home.js)}`);
    expect(home.html + home.css + home.js).toBeLessThanOrEqual(HOME_BUDGET);
  });

  it(`fonts: the system stack, or WOFF2 files of at most ${kib(FONT_FILE_BUDGET)} each with font-display: swap`, () => {
    const css = siteFiles.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    for (const face of faces) expect(face).toMatch(/font-display:\s*swap/);
    const fonts = siteFiles.filter((f) => /\.(woff2?|ttf|otf|eot)$/.test(f));
    for (const f of fonts) {
      expect(f, 'only WOFF2').toMatch(/\.woff2$/);
      expect(readFileSync(f).length, f).toBeLessThanOrEqual(FONT_FILE_BUDGET);
    }
    if (faces.length === 0) expect(css).toMatch(/font:[^;}]*system-ui/);
    expect(existsSync(DIST)).toBe(true);
  });
});
