/**
 * Citing, over the built site: every reading page's „Jak cytować” block, its downloads, its metadata for Zotero
 * and search engines (agreeing with what the page shows), and its „¶” anchors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { site } from '../site.config.mjs';
import { citePage, ENGLISH_STYLES, STYLES as POLISH_STYLES } from '../src/lib/cite/page-citations';
import { dictionaries } from '../src/i18n';
import { SOURCE_GROUP_IDS } from '../src/lib/cite/source-groups';
import { builtPages, DIST, isReadingPage } from './helpers/dist';
import { ROOT } from './helpers/astro';

const pages = builtPages();
const reading = pages.filter(isReadingPage);
const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[name="${key}"]`)?.getAttribute('content') ?? doc.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
const jsonLd = (doc: HTMLElement) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text);
const canonical = (url: string) => new URL(url, site.url).href;
const citeFile = (url: string, ext: string) => join(DIST, 'cytuj', `${url.replace(/^\/|\/$/g, '')}.${ext}`);
/** The page's language and its dictionary: each edition cites in its own language. */
const langOf = (doc: HTMLElement) => (doc.querySelector('html')!.getAttribute('lang') === 'en' ? 'en' : 'pl');
const dict = (doc: HTMLElement) => dictionaries[langOf(doc)];
/** Visible text as a reader compares it: the build's typography puts no-break spaces after one-letter words. */
/** The BibTeX shown on the page. (node-html-parser keeps the content of <pre> as raw text, so it is parsed again.) */
const shownBibtex = (doc: HTMLElement) => parse(doc.querySelector('section.cite pre')!.innerHTML).querySelector('code[data-style="bibtex"]')!.text;
const plain = (s: string | undefined) => s?.replace(/\s+/g, ' ').trim();

describe('„Jak cytować tę stronę” on every reading page', () => {
  it('there are reading pages to check', () => expect(reading.length).toBeGreaterThanOrEqual(10));

  it.each(reading.map((p) => [p.url, p] as const))('%s: four styles (three in English) and BibTeX, exactly what citation-js makes from the page', async (url, p) => {
    const block = p.doc.querySelector('section.cite')!;
    expect(block, 'block').not.toBeNull();
    expect(block.querySelector('h2#jak-cytowac')?.text).toBe(dict(p.doc).cite.heading);
    const modified = block.querySelector('time[data-modified]')!.getAttribute('datetime')!;
    const shown = Object.fromEntries(block.querySelectorAll('samp.cite-text').map((s) => [s.getAttribute('data-style'), s.text]));
    const styles = langOf(p.doc) === 'en' ? ENGLISH_STYLES : POLISH_STYLES;
    expect(Object.keys(shown)).toEqual(styles);
    const made = await citePage(
      { path: url, title: meta(p.doc, 'DC.title')!, description: meta(p.doc, 'description')!, modified },
      { name: site.name, url: site.url, editorialTeam: site.editorialTeam, lang: langOf(p.doc), accessPlaceholder: dict(p.doc).cite.accessPlaceholder },
    );
    for (const s of made.styles) expect(shown[s.style], s.style).toBe(s.text);
    for (const style of styles) {
      expect(shown[style], style).toContain(canonical(url));
      expect(shown[style]!.toLowerCase(), style).toContain(site.editorialTeam.toLowerCase());
      // The site's name is a Polish proper name: English styles must not title-case it.
      expect(shown[style], style).toContain(site.name);
    }
    if (langOf(p.doc) === 'pl') {
      expect(shown['pn-iso-690'], 'PN-ISO 690 leaves the access date to the reader').toContain('[dostęp: wpisz datę]');
      expect(shown['pn-iso-690']).toContain('[online]');
      expect(shown['pn-iso-690']).toContain(modified);
    } else {
      const [y, m, d] = modified.split('-').map(Number);
      const month = new Date(Date.UTC(y!, m! - 1, d)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
      expect(shown.apa, 'APA dates the version in English').toContain(`(${y}, ${month} ${d})`);
    }
    expect(shownBibtex(p.doc)).toBe(made.bibtex);
  });

  it.each(reading.map((p) => [p.url, p] as const))('%s: BibTeX parses with Better BibTeX’s parser; RIS and CSL-JSON files load', (url, p) => {
    const title = meta(p.doc, 'DC.title')!;
    expect(plain(p.doc.querySelector('h1')!.text)).toBe(plain(title));
    const modified = p.doc.querySelector('.cite time[data-modified]')!.getAttribute('datetime')!;
    const [y, m, d] = modified.split('-').map(Number);
    for (const bib of [shownBibtex(p.doc), readFileSync(citeFile(url, 'bib'), 'utf8')]) {
      const lib = parseBibtex(bib);
      expect(lib.errors, url).toEqual([]);
      expect(lib.entries).toHaveLength(1);
      expect(lib.entries[0]!.fields.title!.normalize('NFC').replace(/[{}]/g, '')).toBe(title);
      expect(lib.entries[0]!.fields.author).toEqual([{ name: site.editorialTeam }]);
      expect(lib.entries[0]!.fields.url).toBe(canonical(url));
    }
    const fromRis = new Cite(readFileSync(citeFile(url, 'ris'), 'utf8')).data;
    const fromJson = new Cite(JSON.parse(readFileSync(citeFile(url, 'json'), 'utf8'))).data;
    for (const items of [fromRis, fromJson]) {
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ type: 'webpage', title, URL: canonical(url), author: [{ literal: site.editorialTeam }] });
      expect((items[0]!.issued as { 'date-parts': number[][] })['date-parts'][0]).toEqual([y, m, d]);
    }
    expect(fromJson[0]).toMatchObject({ 'container-title': site.name, language: langOf(p.doc) });
    for (const a of p.doc.querySelectorAll('.cite a[download]')) expect(existsSync(join(DIST, a.getAttribute('href')!)), a.getAttribute('href')!).toBe(true);
  });
});

/** The page's content file, from its „Edytuj tę stronę” link. */
const contentFile = (doc: HTMLElement) => /\/edit\/main\/(.+)$/.exec(doc.querySelector('footer.meta a[href*="/edit/main/"]')!.getAttribute('href')!)![1]!;
const git = (args: string[]) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
const shallow = git(['rev-parse', '--is-shallow-repository']).stdout.trim() !== 'false';

describe('what a citation manager saves agrees with the page', () => {
  it.each(reading.map((p) => [p.url, p] as const))('%s: the Zotero button (COinS) and every download name the same web page, with no access date', (url, p) => {
    const block = p.doc.querySelector('section.cite')!;
    const spans = p.doc.querySelectorAll('span.Z3988');
    expect(spans).toHaveLength(1);
    const coins = new URLSearchParams(spans[0]!.getAttribute('title')!);
    const modified = block.querySelector('time[data-modified]')!.getAttribute('datetime')!;
    expect(Object.fromEntries(coins)).toEqual({
      ctx_ver: 'Z39.88-2004',
      rft_val_fmt: 'info:ofi/fmt:kev:mtx:dc',
      rft_id: canonical(url),
      'rft.title': meta(p.doc, 'DC.title'),
      'rft.aucorp': site.editorialTeam,
      'rft.date': modified,
      'rft.source': site.name,
      'rft.language': langOf(p.doc),
      'rft.description': meta(p.doc, 'description'),
      'rft.rights': site.contentLicence.name,
    });
    const ris = readFileSync(citeFile(url, 'ris'), 'utf8');
    const bib = readFileSync(citeFile(url, 'bib'), 'utf8');
    const json = JSON.parse(readFileSync(citeFile(url, 'json'), 'utf8'));
    expect(ris).not.toMatch(/^Y2 {2}- /m);
    expect(bib).toMatch(/^@online\{/);
    expect(bib).not.toMatch(/urldate/);
    // English titles brace their capitalised words against sentence-casing (src/lib/cite/biblatex.ts).
    expect(/^ {2}title = \{(.*)\},$/m.exec(bib)?.[1]?.replace(/[{}]/g, '')).toBe(meta(p.doc, 'DC.title'));
    expect(json[0]).not.toHaveProperty('accessed');
    expect(json[0].language).toBe(langOf(p.doc));
    expect(ris).toMatch(new RegExp(`^LA {2}- ${langOf(p.doc)}$`, 'm'));
    expect(bib).toContain(`language = {${langOf(p.doc)}}`);
    if (langOf(p.doc) === 'pl') expect(block.text).toContain('[dostęp: wpisz datę]');
    expect(block.text).not.toMatch(/(dostęp|accessed|retrieved) \d{4}/i);
  });

  it.each(reading.map((p) => [p.url, p] as const))('%s: „Historia zmian” lists the file’s commits newest first, and the cite block links the cited version', (url, p) => {
    const history = p.doc.querySelector('section.page-history');
    expect(history?.querySelector('h2')?.text).toBe(dict(p.doc).history.heading);
    const file = contentFile(p.doc);
    const versionLink = p.doc.querySelector('section.cite a[data-version]');
    if (shallow) {
      expect(history!.text).toContain(dict(p.doc).history.unavailable.slice(0, 30));
      expect(versionLink).toBeNull();
      return;
    }
    const log = git(['log', '--format=%H %cs', '--no-renames', '--', file]).stdout.trim().split('\n').filter(Boolean).map((l) => l.split(' '));
    const shown = history!.querySelectorAll('li').map((li) => [/commit\/([0-9a-f]{40})/.exec(li.querySelector('a')!.getAttribute('href')!)![1], li.querySelector('time')!.getAttribute('datetime')]);
    expect(shown, url).toEqual(log);
    const edited = git(['status', '--porcelain', '--', file]).stdout.trim() !== '';
    if (edited || log.length === 0) {
      expect(versionLink, `${url}: an uncommitted page names no commit`).toBeNull();
    } else {
      expect(versionLink!.getAttribute('href')).toBe(`${site.repository}/blob/${log[0]![0]}/${file}`);
      expect(versionLink!.text).toContain(log[0]![0]!.slice(0, 7));
    }
  });

  it('the home page and the search page carry no date, so none can contradict them', () => {
    for (const url of ['/', '/szukaj/', '/en/', '/en/search/']) {
      const p = pages.find((x) => x.url === url)!;
      expect(meta(p.doc, 'DC.date'), url).toBeUndefined();
      expect(meta(p.doc, 'article:modified_time'), url).toBeUndefined();
      expect(jsonLd(p.doc).dateModified, url).toBeUndefined();
    }
  });
});

describe('metadata agrees with what the page shows', () => {
  it.each(reading.map((p) => [p.url, p] as const))('%s: title, date of last change and language', (url, p) => {
    const { doc } = p;
    const title = plain(doc.querySelector('h1')!.text);
    const lang = doc.querySelector('html')!.getAttribute('lang');
    const modified = doc.querySelector('.cite time[data-modified]')!.getAttribute('datetime');
    const ld = jsonLd(doc);
    // Title
    expect(plain(meta(doc, 'DC.title'))).toBe(title);
    expect(plain(meta(doc, 'og:title'))).toBe(title);
    expect(plain(ld.headline)).toBe(title);
    expect(plain(doc.querySelector('title')!.text)!.startsWith(title!)).toBe(true);
    // Date of last change, shown in the citation block
    expect(modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta(doc, 'DC.date')).toBe(modified);
    expect(meta(doc, 'article:modified_time')).toBe(modified);
    expect(ld.dateModified).toBe(modified);
    const reviewed = doc.querySelector('.meta time[datetime]')!.getAttribute('datetime')!;
    expect(modified! >= reviewed, 'last change is not before the review').toBe(true);
    // Language
    expect(lang).toBe(url.startsWith('/en/') ? 'en' : 'pl');
    expect(meta(doc, 'DC.language')).toBe(lang);
    expect(ld.inLanguage).toBe(lang);
    expect(meta(doc, 'og:locale')).toMatch(new RegExp(`^${lang}_`));
    // Web page of the site, no personal author, nothing that makes Zotero save a journal article
    expect(meta(doc, 'og:site_name')).toBe(site.name);
    expect(meta(doc, 'og:url')).toBe(canonical(url));
    expect(doc.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(canonical(url));
    expect(doc.querySelectorAll('meta[name^="citation_"]'), 'no Highwire tags').toHaveLength(0);
    expect(meta(doc, 'DC.creator'), 'no DC.creator (Zotero would split the corporate author)').toBeUndefined();
    expect(meta(doc, 'DC.type'), 'no DC.type (Zotero would make it the „Website Type”, printed by APA)').toBeUndefined();
    expect(ld).toMatchObject({ '@type': 'Article', isPartOf: { name: site.name, url: site.url }, publisher: { name: site.editorialTeam } });
  });
});

describe('anchors', () => {
  it('every heading, timeline event, glossary term and bibliography entry links to itself; ids are unique; no link inside a link', () => {
    for (const p of pages) {
      const ids = p.doc.querySelectorAll('[id]').map((e) => e.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), `${p.url}: duplicate ids`).toEqual([]);
      expect(p.doc.querySelectorAll('a a'), `${p.url}: nested links`).toHaveLength(0);
      for (const h of p.doc.querySelectorAll('main :is(h2, h3, h4, h5, h6)[id]')) {
        const wrapper = h.parentNode!;
        const link = wrapper.querySelector(':scope > a.self');
        expect(wrapper.classList.contains('heading'), `${p.url} #${h.id}`).toBe(true);
        expect(link?.getAttribute('href'), `${p.url} #${h.id}`).toBe(`#${h.id}`);
        expect(link?.getAttribute('aria-label')!.startsWith(`${dict(p.doc).selfLink.section}: `), `${p.url} #${h.id}`).toBe(true);
      }
      for (const el of p.doc.querySelectorAll('.timeline li[id], .bibliography li[id]')) {
        expect(el.querySelector(':scope > a.self')?.getAttribute('href'), `${p.url} #${el.id}`).toBe(`#${el.id}`);
      }
      for (const dfn of p.doc.querySelectorAll('dfn[id]')) {
        expect(dfn.parentNode!.querySelector(':scope > a.self')?.getAttribute('href'), `${p.url} #${dfn.id}`).toBe(`#${dfn.id}`);
      }
    }
  });

  it('the listings have anchors to check', () => {
    const all = pages.map((p) => p.doc);
    expect(all.flatMap((d) => d.querySelectorAll('.timeline li[id]')).length).toBeGreaterThan(0);
    expect(all.flatMap((d) => d.querySelectorAll('dfn[id]')).length).toBeGreaterThan(0);
    expect(all.flatMap((d) => d.querySelectorAll('.bibliography li[id]')).length).toBeGreaterThan(0);
  });
});

describe('/zrodla/', () => {
  const doc = pages.find((p) => p.url === '/zrodla/')!.doc;
  it('is the bibliography in PN-ISO 690, grouped by kind, each entry linking to the pages that cite it', () => {
    const groups = doc.querySelectorAll('section > .heading > h2').map((h) => h.id).filter((id) => Object.values(SOURCE_GROUP_IDS).includes(id));
    expect(groups.length).toBeGreaterThanOrEqual(2);
    const entries = doc.querySelectorAll('.bibliography li[id]');
    expect(entries.length).toBeGreaterThan(5);
    for (const li of entries) expect(li.text, li.id).toMatch(/\.( |$)/);
    expect(doc.querySelectorAll('.bibliography li[id] a[href$="/"]').length).toBeGreaterThan(0);
    const web = entries.filter((li) => li.text.includes('Dostępny w:'));
    expect(web.length).toBeGreaterThan(0);
    for (const li of web) expect(li.text, li.id).toContain('[online]');
  });

  it('every footnote citation on a page links to its entry', () => {
    const onZrodla = new Set(doc.querySelectorAll('.bibliography li[id]').map((li) => li.id));
    for (const p of reading) {
      for (const a of p.doc.querySelectorAll('section[data-footnotes] a[href^="/zrodla/#"]')) {
        expect(onZrodla.has(a.getAttribute('href')!.slice('/zrodla/#'.length)), `${p.url} ${a.getAttribute('href')}`).toBe(true);
      }
    }
  });
});
