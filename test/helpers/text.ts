import type { HTMLElement } from 'node-html-parser';

/**
 * The prose of a built page in its language (Polish, or English on `/en/`), as a reader reads it: the main column
 * without code, scripts, passages marked as another language, web addresses, and the titles of cited works
 * (bibliographic titles are names, in whatever language they were published).
 */
export function proseOf(doc: HTMLElement, tagSeparator = ' ', lang: 'pl' | 'en' = 'pl'): string {
  const main = doc.querySelector('main')?.clone() as HTMLElement | undefined;
  if (!main) return '';
  const drop = `code, pre, script, style, svg, [lang]:not([lang=${lang}]), a[href^="/zrodla/"], .page-sources, .bibliography, .cite`;
  for (const el of main.querySelectorAll(drop)) el.remove();
  return main.innerHTML
    .replace(/<[^>]+>/g, tagSeparator)
    .replace(/&nbsp;|&#160;/g, ' ')
    .replace(/&[a-z]+;|&#x[0-9a-f]+;|&#\d+;/gi, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    // Domain names („krakow.pl”, „miastokobiet.city”): a word, a dot and a lower-case ending.
    .replace(/[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,}(?![\p{L}])\S*/gu, ' ');
}

/** The language of a built page: its `<html lang>`. */
export const langOfPage = (doc: HTMLElement): 'pl' | 'en' => (doc.querySelector('html')?.getAttribute('lang') === 'en' ? 'en' : 'pl');

/** Words of a text: letters, with inner hyphens kept („Staręga-Piasek”). */
export function wordsOf(text: string): string[] {
  return text.match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
}
