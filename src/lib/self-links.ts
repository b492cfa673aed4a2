/**
 * A visible „¶” link to itself beside every heading that has an id, so any passage can be cited by its URL.
 * Applied to the finished HTML of every page (src/middleware.ts), so headings from Markdown and from components alike get one.
 * The link is a sibling of the heading, not a child: the heading's text, its accessible name, the table of contents
 * and the search index stay free of it. The „¶” itself is drawn by CSS (`.self::before`), so copied text has none.
 */

const HEADING = /<(h[2-6])\b([^>]*?)\bid="([^"]+)"([^>]*)>([\s\S]*?)<\/\1>/g;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The text of an HTML fragment: tags dropped, whitespace collapsed (entities stay as written, valid in an attribute). */
function textOf(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
}

/** The markup of one self-link. `label` is the accessible name, e.g. „Link do tej sekcji: Przebieg”. */
export function selfLinkHtml(id: string, label: string): string {
  return `<a class="self" href="#${escapeAttr(id)}" aria-label="${escapeAttr(label)}"></a>`;
}

/** Wraps each `<hN id>` (N = 2…6) as `<div class="heading"><hN id>…</hN><a class="self" href="#id">` once. */
export function addHeadingSelfLinks(html: string, label: string): string {
  return html.replace(HEADING, (heading: string, _tag: string, _a: string, id: string, _b: string, inner: string) =>
    `<div class="heading">${heading}${selfLinkHtml(id, `${label}: ${textOf(inner)}`)}</div>`,
  );
}
