/**
 * Page citations through templates: every page of the site is the same kind of item (a web page by the
 * editorial team, in the site), so citeproc formats it once per style, format and pair of dates, with
 * placeholders where the page's title and address go, and each page's own title and URL are put in.
 * citeproc took about 20 ms a page for the four styles (most of a 1000-page build's time); this takes
 * microseconds. A title or URL that citeproc might change (quotes, markup, punctuation at the end, case)
 * is never put into a template: such a page is formatted by citeproc itself, so the output is the same.
 */
import { formatEntries, type CslStyle } from '../../lib/cite/engine';
import type { CslItem } from '../../lib/cite/csl-item';

type Format = 'text' | 'html';

/** Letters only, so that no style's punctuation, quotes or case rules touch them, and no page says them. */
export const TITLE_MARK = 'Kpszzpagezztitle';
export const URL_MARK = 'https://kps.invalid/kpszzpagezzurl/';
const ABSTRACT_MARK = 'Kpszzpagezzabstract';

/**
 * A title citeproc prints as written: it begins with a capital or a digit, ends with a letter or digit, and has
 * only letters, digits, single spaces and punctuation that CSL styles neither add to nor quote.
 */
const SAFE_TITLE = /^[\p{Lu}\p{N}](?:[\p{L}\p{N},.:;()\-–—/%+]| (?! ))*[\p{L}\p{N}]$/u;
/** A URL of plain path characters: nothing that HTML or citeproc would escape. */
const SAFE_URL = /^https:\/\/[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~-]+)*\/?$/;

export function canTemplate(item: CslItem): boolean {
  // English styles change a title's case (Chicago and MLA title-case it): English pages always go through citeproc.
  if (item.language === 'en') return false;
  return SAFE_TITLE.test(item.title) && SAFE_URL.test(item.URL ?? '') && !item.title.includes(TITLE_MARK);
}

/** The item with placeholders: everything that is the same for all pages with these dates stays. */
function markedItem(item: CslItem): CslItem {
  return { ...item, id: 'kps_template', 'citation-key': 'kps_template', title: TITLE_MARK, URL: URL_MARK, abstract: ABSTRACT_MARK };
}

/** The key of what the template depends on: the item without its own title, URL, key and abstract. */
function templateKey(item: CslItem, style: CslStyle, format: Format): string {
  const { id: _i, 'citation-key': _k, title: _t, URL: _u, abstract: _a, ...shared } = item;
  return JSON.stringify([style, format, shared]);
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** A template, or undefined where the style prints the placeholders other than once each (then citeproc does the page). */
async function makeTemplate(item: CslItem, style: CslStyle, format: Format): Promise<string | undefined> {
  const [out] = await formatEntries([markedItem(item)], style, format);
  const ok = occurrences(out!, TITLE_MARK) === 1 && occurrences(out!, URL_MARK) === 1 && !out!.includes(ABSTRACT_MARK);
  return ok ? out : undefined;
}

const templates = new Map<string, Promise<string | undefined>>();

/** The template for pages like this item (same dates, site and team), made once; undefined where the style can't have one. */
export function templateFor(item: CslItem, style: CslStyle, format: Format): Promise<string | undefined> {
  const key = templateKey(item, style, format);
  let template = templates.get(key);
  if (!template) templates.set(key, (template = makeTemplate(item, style, format)));
  return template;
}

/** The page's entry in a style: from the template where the title and URL allow, else from citeproc. */
export async function pageEntry(item: CslItem, style: CslStyle, format: Format): Promise<string> {
  const t = canTemplate(item) ? await templateFor(item, style, format) : undefined;
  if (t !== undefined) return t.replace(TITLE_MARK, () => item.title).replace(URL_MARK, () => item.URL!);
  return (await formatEntries([item], style, format))[0]!;
}
