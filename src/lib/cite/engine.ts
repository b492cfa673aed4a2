/**
 * citation-js, set up once: the CSL plugin with APA (shipped with @citation-js/plugin-csl), Chicago author-date
 * and MLA 9 (shipped with rehype-citation), our PN-ISO 690 style, and a small Polish locale; the RIS plugin.
 * BibTeX is ours (biblatex.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import pnIso690 from './styles/pn-iso-690.csl?raw';
import plLocale from './locales/pl-PL.xml?raw';
import type { CslItem } from './csl-item';

export const LOCALE = 'pl-PL';
/** The locale for items in English (citation-js ships it): English pages are cited with English terms and dates. */
export const ENGLISH_LOCALE = 'en-US';

/** The CSL locale an item is formatted in: its language's. */
export const localeOf = (item: CslItem) => (item.language === 'en' ? ENGLISH_LOCALE : LOCALE);

/**
 * rehype-citation exports its styles folder with a trailing-slash pattern that Node no longer resolves,
 * so the files are found from the package's entry point (resolved from the project root, not from a bundled chunk).
 */
async function shippedStyle(name: 'chicago' | 'mla'): Promise<string> {
  const entry = createRequire(join(process.cwd(), 'package.json')).resolve('rehype-citation');
  const mod = await import(/* @vite-ignore */ pathToFileURL(join(dirname(entry), 'styles', `${name}.js`)).href);
  return mod.default as string;
}

let ready: Promise<void> | undefined;

/** Registers the styles and the locale; safe to call many times. */
export function setUp(): Promise<void> {
  ready ??= (async () => {
    const csl = plugins.config.get('@csl');
    csl.locales.add(LOCALE, plLocale);
    csl.styles.add('pn-iso-690', pnIso690);
    csl.styles.add('chicago-author-date', await shippedStyle('chicago'));
    csl.styles.add('mla9', await shippedStyle('mla'));
  })();
  return ready;
}

export type CslStyle = 'apa' | 'pn-iso-690' | 'chicago-author-date' | 'mla9';

/**
 * An English item as citeproc should see it: English styles title-case titles, but the website's name is a Polish
 * proper name („Kompendium pracownika socjalnego”, not „Kompendium Pracownika Socjalnego”), so it is marked `nocase`.
 */
function forCiteproc(item: CslItem): CslItem {
  const container = item['container-title'];
  return item.language === 'en' && container ? { ...item, 'container-title': `<span class="nocase">${container}</span>` } : item;
}

/** One bibliography entry per item, in the items' order, as plain text or as HTML (italics kept); in `locale`, else the item's language's. */
export async function formatEntries(items: CslItem[], style: CslStyle, format: 'text' | 'html', locale?: string): Promise<string[]> {
  await setUp();
  return items.map((item) => {
    const out = new Cite([forCiteproc(item)]).format('bibliography', { format, template: style, lang: locale ?? localeOf(item) });
    return format === 'html' ? innerEntry(out) : out.trim();
  });
}

/** The content of citeproc's `<div class="csl-entry">…</div>`. */
function innerEntry(html: string): string {
  const m = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/.exec(html);
  if (!m) throw new Error(`citeproc gave no entry: ${html.slice(0, 200)}`);
  return m[1]!.trim();
}

const RIS_TAG = /^[A-Z][A-Z0-9] {2}-( |$)/;

/** citation-js breaks every value after 70 characters (an old RIS limit); joined back, so URLs and titles stay whole. */
export function unwrapRis(ris: string): string {
  const lines: string[] = [];
  for (const line of ris.split('\n')) {
    if (RIS_TAG.test(line)) lines.push(line);
    else if (line && lines.length) lines[lines.length - 1] += line;
  }
  return `${lines.join('\n')}\n`;
}

/**
 * RIS, one value a line. citation-js writes no container for a web page (`ELEC`); Zotero's RIS import reads `T2`
 * as the website's title, so it is added after the title.
 */
export async function toRis(item: CslItem): Promise<string> {
  await setUp();
  const ris = unwrapRis(new Cite([item]).format('ris', { format: 'text' }));
  const container = item['container-title'];
  if (!container || /^T2 {2}- /m.test(ris)) return ris;
  return ris.replace(/^(TI {2}- .*)$/m, `$1\nT2  - ${container}`);
}

export function toCslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}
