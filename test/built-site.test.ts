/** Checks over every page of the built site in `dist/`. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir } from '../src/lib/content-dir';
import { ROOT } from './helpers/astro';
import { builtPages, DIST, executableScripts, isReadingPage } from './helpers/dist';

const pages = builtPages();
const byUrl = new Map(pages.map((p) => [p.url, p]));
const reading = pages.filter(isReadingPage);
/** The English edition's pages (`/en/…`); every other page is Polish. */
const isEnglish = (p: { url: string }) => p.url.startsWith('/en/');

describe('every built page', () => {
  it('exists in numbers that prove the content was built', () => {
    expect(reading.length).toBeGreaterThanOrEqual(10);
    for (const url of ['/', '/szukaj/', '/slownik/', '/zrodla/', '/os-czasu/', '/404.html']) expect(byUrl.has(url), url).toBe(true);
  });

  it.each(pages.map((p) => [p.url, p] as const))('%s has lang, title, description, canonical and one h1', (_url, p) => {
    expect(p.doc.querySelector('html')?.getAttribute('lang')).toBe(isEnglish(p) ? 'en' : 'pl');
    expect(p.doc.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(p.doc.querySelector('meta[name=description]')?.getAttribute('content')?.length).toBeGreaterThan(20);
    expect(p.doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toMatch(/^https:\/\//);
    expect(p.doc.querySelector('meta[property="og:title"]')).not.toBeNull();
    expect(p.doc.querySelectorAll('h1')).toHaveLength(1);
  });

  it('titles and descriptions are unique', () => {
    const titles = pages.map((p) => p.doc.querySelector('title')?.text);
    expect(new Set(titles).size).toBe(titles.length);
    const descriptions = reading.map((p) => p.doc.querySelector('meta[name=description]')?.getAttribute('content'));
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('every heading has an ASCII id, unique on its page', () => {
    for (const p of pages) {
      const ids = p.doc.querySelectorAll('[id]').map((e) => e.id);
      expect(new Set(ids).size, `${p.url}: duplicate ids`).toBe(ids.length);
      for (const h of p.doc.querySelectorAll('h2, h3, h4')) expect(h.id, `${p.url}: ${h.text}`).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it('every internal link and #anchor resolves', () => {
    const broken: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `https://x${p.url}`);
        const target = byUrl.get(url.pathname) ?? (existsSync(join(DIST, url.pathname)) ? undefined : null);
        if (target === null) { broken.push(`${p.url} → ${href}`); continue; }
        const anchor = decodeURIComponent(url.hash.slice(1));
        if (anchor && target && !target.doc.getElementById(anchor)) broken.push(`${p.url} → ${href} (no #${anchor})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no raw footnote markers or citation keys are left in the text', () => {
    for (const p of pages) {
      const text = p.doc.querySelector('body')!.text;
      expect(text, p.url).not.toMatch(/\[\^|\[@/);
    }
  });

  it('reading pages load no JavaScript but the 1 KiB „/” shortcut, and the checklist script on the paths that have a checklist', () => {
    const checklistPages = new Set(readdirSync(join(ROOT, contentDir(), 'paths')).flatMap((f) => {
      const path = parseYaml(readFileSync(join(ROOT, contentDir(), 'paths', f), 'utf8'));
      return path.checklist?.length ? [`/${path.page}/`] : [];
    }));
    const gzipBytes = (script: ReturnType<typeof executableScripts>[number]) => {
      const src = script.getAttribute('src');
      return gzipSync(src ? readFileSync(join(DIST, src)) : Buffer.from(script.text)).length;
    };
    // The search shortcut (src/components/SlashShortcut.astro → src/scripts/slash-shortcut.ts): on every reading page, at most 1 KiB gzip.
    const isShortcut = (s: ReturnType<typeof executableScripts>[number]) => /\/SlashShortcut\.astro_[^/]*\.js$/.test(s.getAttribute('src') ?? '');
    for (const p of reading) {
      const scripts = executableScripts(p);
      const shortcut = scripts.filter(isShortcut);
      expect(shortcut, `${p.url}: the „/” shortcut script`).toHaveLength(1);
      expect(gzipBytes(shortcut[0]!), `${p.url}: „/” shortcut script, gzip bytes`).toBeLessThanOrEqual(1024);
      const others = scripts.filter((s) => !isShortcut(s));
      if (!checklistPages.has(p.url)) { expect(others.map((s) => s.toString().slice(0, 80)), p.url).toEqual([]); continue; }
      expect(others, p.url).toHaveLength(1);
      expect(gzipBytes(others[0]!), `${p.url}: checklist script, gzip bytes`).toBeLessThanOrEqual(2048);
    }
  });

  it('reading pages show footnotes as „Przypisy”, their sources and the review date', () => {
    for (const p of reading) {
      expect(p.doc.querySelector('#zrodla-strony'), `${p.url}: Źródła`).not.toBeNull();
      expect(p.doc.querySelector('.meta time[datetime]'), `${p.url}: reviewed`).not.toBeNull();
      expect(p.doc.querySelector('nav.crumbs'), `${p.url}: breadcrumbs`).not.toBeNull();
    }
    const withFootnotes = reading.filter((p) => p.doc.querySelector('section[data-footnotes]'));
    expect(withFootnotes.length).toBeGreaterThan(0);
    for (const p of withFootnotes) {
      expect(p.doc.querySelector('section[data-footnotes] h2')?.text, p.url).toBe(isEnglish(p) ? 'Footnotes' : 'Przypisy');
      expect(p.doc.querySelector('section[data-footnotes] a[href^="/zrodla/#"]'), p.url).not.toBeNull();
    }
  });

  it('the header search is a plain GET form to /szukaj/ (on English pages to /en/search/)', () => {
    for (const p of pages) {
      const form = p.doc.querySelector('header form[role=search]');
      expect(form?.getAttribute('action'), p.url).toBe(isEnglish(p) ? '/en/search/' : '/szukaj/');
      expect(form?.getAttribute('method')).toBe('get');
      expect(form?.querySelector('input[name=q]')).not.toBeNull();
    }
  });

  it('each edition’s search page lists its reading pages A–Z for readers without JavaScript', () => {
    for (const [search, english] of [['/szukaj/', false], ['/en/search/', true]] as const) {
      const links = byUrl.get(search)!.doc.querySelectorAll('.heading:has(#a-z) + details a').map((a) => a.getAttribute('href'));
      const own = reading.filter((p) => isEnglish(p) === english);
      expect(links.length, search).toBe(own.length);
      for (const p of own) expect(links, `${search}: ${p.url}`).toContain(p.url);
    }
  });
});

describe('the search index', () => {
  it('is written by the build, one index a language (Polish and English), with a section filter', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pl']);
    expect(entry.languages.pl.page_count).toBe(reading.filter((p) => !isEnglish(p)).length);
    expect(entry.languages.en.page_count).toBe(reading.filter(isEnglish).length);
    expect(readdirSync(join(DIST, 'pagefind/filter')).length).toBeGreaterThan(0);
  });
});
