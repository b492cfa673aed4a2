/**
 * A page as a biblatex `@online` entry in UTF-8: what Zotero (and Better BibTeX, JabRef, biber) read as a web page
 * with every Polish letter intact. citation-js writes BibTeX `@misc` with letters as TeX commands ({\' c}), which
 * Zotero imports as a „Document”, with 12 of 35 titles garbled.
 */
import type { CslItem } from './csl-item';

/** TeX's special characters in a value, escaped; braces are kept only where they balance (they group). */
export function escapeTex(value: string): string {
  return value.replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}').replace(/[{}]/g, '');
}

/** `YYYY-MM-DD` (or shorter) from CSL date parts. */
const isoDate = (parts: number[]) => parts.map((n, i) => (i === 0 ? String(n) : String(n).padStart(2, '0'))).join('-');

/** biblatex's name of a language, for `langid` (hyphenation); Zotero takes `language` as written. */
const LANGID: Record<string, string> = { pl: 'polish', en: 'english' };

/**
 * The entry. A corporate author in double braces stays one name. `journaltitle` is not a field biblatex gives
 * `@online`, but it is what Zotero's import makes the website's title of (it reads nothing else for it);
 * `organization`, biblatex's own field for the site, goes with it. No `urldate`: the day a reader looked at the page
 * is theirs to fill in, and a static file can only know the day it was built.
 */
export function toBiblatex(item: CslItem): string {
  // English titles are sentence-cased by biblatex styles and by Better BibTeX's import („Social workers’ day – 21
  // november”): each capitalised word after the first is braced, so proper names keep their case. (Bracing the
  // whole title is not enough: the parser takes outer braces for mere grouping.)
  const keepCase = (v: string) => (item.language === 'en' ? v.replace(/(?<=\s)([^\s{}]*\p{Lu}[^\s{}]*)/gu, '{$1}') : v);
  const container = item['container-title'] && escapeTex(item['container-title']);
  const fields: Array<[string, string | undefined]> = [
    ['author', item.author?.map((a) => (a.literal ? `{${escapeTex(a.literal)}}` : `${escapeTex(a.family ?? '')}, ${escapeTex(a.given ?? '')}`)).join(' and ')],
    ['title', keepCase(escapeTex(item.title))],
    ['date', item.issued && isoDate(item.issued['date-parts'][0])],
    ['organization', container],
    ['journaltitle', container],
    ['url', item.URL],
    ['language', item.language],
    ['langid', item.language && LANGID[item.language]],
    ['abstract', item.abstract && escapeTex(item.abstract)],
  ];
  const body = fields.filter(([, v]) => v).map(([k, v]) => `  ${k} = {${v}},`).join('\n');
  return `@online{${item['citation-key'] ?? item.id},\n${body}\n}`;
}
