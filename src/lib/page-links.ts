/** Links between reading pages: which pages a text links to, and which pages link to a page. Pure. */

/** A site path without its query and #anchor, with a trailing slash: `/slownik/#ops` → `/slownik/`. */
export function pagePath(href: string): string | undefined {
  if (!href.startsWith('/') || href.startsWith('//')) return undefined;
  const path = href.replace(/[?#].*$/, '');
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

const INLINE = /\]\(\s*<?(\/[^)\s>]*)/g;
const DEFINITION = /^ {0,3}\[[^\]^]+\]:\s*<?(\/\S*?)>?(?:\s|$)/gm;
const HTML = /\bhref=["'](\/[^"']*)["']/g;

/** The site paths a Markdown text links to (inline links, reference definitions, raw HTML), once each, in order. */
export function markdownLinks(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```|`[^`\n]*`/g, '');
  const found = [INLINE, DEFINITION, HTML].flatMap((re) => Array.from(text.matchAll(re), (m) => ({ at: m.index, path: pagePath(m[1]!) })));
  return [...new Set(found.sort((a, b) => a.at - b.at).flatMap((f) => (f.path ? [f.path] : [])))];
}

/** Inverts „page → pages it links to” into „page → pages linking to it”, without self-links, in the pages' order. */
export function backlinks(outgoing: Map<string, string[]>): Map<string, string[]> {
  const incoming = new Map<string, string[]>();
  for (const [from, targets] of outgoing) {
    for (const to of new Set(targets)) {
      if (to === from) continue;
      incoming.set(to, [...(incoming.get(to) ?? []), from]);
    }
  }
  return incoming;
}
