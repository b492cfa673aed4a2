/**
 * The built HTML as the search index sees it: the indexed body's text, and the page with
 * extra searchable words added as Pagefind metadata (searched, but never shown in excerpts).
 */

/**
 * Parts of a page that are not indexed: footnotes and the source notes of listings (citations,
 * not text), the table of contents, which repeats the headings, and the entries of the bibliography
 * (works are found through the pages that cite them; indexed, /zrodla/ came up for any word of any
 * title, and its result cost a reader some 30 KiB to fetch).
 */
export const excludedSelectors = ['section[data-footnotes]', 'p.entry-src', 'nav.toc', 'ol.bibliography'];

const BODY = /<(\w+)\b[^>]*\sdata-pagefind-body\b[^>]*>/;

/** Whether Pagefind indexes this page (it has an element marked `data-pagefind-body`). */
export function isIndexed(html: string): boolean {
  return BODY.test(html);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' || e[1] === 'X' ? e.slice(2) : e.slice(1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (ENTITIES[e] ?? m),
  );
}

/** Where the indexed body's content begins and ends, and where its element opens and closes. */
function bodyRange(html: string): { open: number; start: number; end: number; close: number } | undefined {
  const m = BODY.exec(html);
  if (!m) return undefined;
  const closing = `</${m[1]!}>`;
  const start = m.index + m[0].length;
  const end = html.indexOf(closing, start) === -1 ? html.length : html.lastIndexOf(closing);
  return { open: m.index, start, end, close: Math.min(html.length, end + closing.length) };
}

/** The text of the indexed body, without the excluded parts, scripts and tags. */
export function indexedText(html: string): string {
  const r = bodyRange(html);
  if (!r) return '';
  return decode(
    html
      .slice(r.start, r.end)
      .replace(/<section\b[^>]*\bdata-footnotes\b[\s\S]*?<\/section>/g, ' ')
      .replace(/<nav\b[^>]*\bclass="toc"[\s\S]*?<\/nav>/g, ' ')
      .replace(/<p\b[^>]*\bclass="entry-src"[\s\S]*?<\/p>/g, ' ')
      .replace(/<ol\b[^>]*\bclass="bibliography"[\s\S]*?<\/ol>/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' '),
  );
}

/**
 * What Pagefind needs of a page: the `<html>` tag (its `lang`), the `<title>` and the element marked
 * `data-pagefind-body`, which holds the text, the filters and the metadata. Pagefind reads nothing outside that
 * element once one is marked, so it indexes the same; it parses half as much HTML (the header, navigation,
 * sources and citation block stay behind).
 */
export function pagefindInput(html: string): string {
  const r = bodyRange(html);
  if (!r) return html;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag}<head><meta charset="utf-8">${title}</head><body>${html.slice(r.open, r.close)}</body></html>`;
}

/** Text for finding words: without web addresses, whose parts („pomoc-spoleczna”) are not words. */
export function withoutUrls(text: string): string {
  return text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
}

/** The page with `words` added as the metadata field `name` of its indexed body. */
export function withSearchWords(html: string, name: string, words: readonly string[]): string {
  if (!words.length) return html;
  if (!/^\w+$/.test(name) || words.some((w) => /[^\p{L}\p{N}]/u.test(w))) throw new Error(`withSearchWords: bad field or word in ${name}`);
  return html.replace(BODY, (open) => `${open}<span data-pagefind-meta="${name}:${words.join(' ')}"></span>`);
}
