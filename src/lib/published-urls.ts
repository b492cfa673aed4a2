/**
 * The list of published URLs (`test/published-urls.txt`): every path the site has ever published.
 * A path is never removed from it; a page that moves keeps its old path alive with a redirect
 * (`redirects` in `astro.config.mjs`).
 */

/** The `<loc>` paths of a sitemap, e.g. `/historia/charzykowy-1989/`. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!.trim()).pathname);
}

/** The paths of a list file: one per line; blank lines and `#` comments are ignored. */
export function parseUrlList(text: string): string[] {
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The list after a build: everything already published plus what is new, sorted, without duplicates. */
export function mergeUrlList(published: string[], built: string[]): string[] {
  return [...new Set([...published, ...built])].sort();
}

export const URL_LIST_HEADER = [
  '# Every URL this site has published. A URL on this list must keep resolving (a page or a redirect in astro.config.mjs):',
  '# test/urls.test.ts checks it. Add new pages with `npm run urls:update` after a build; never delete a line.',
];

export function formatUrlList(paths: string[]): string {
  return `${[...URL_LIST_HEADER, ...paths].join('\n')}\n`;
}

/** Where a redirect page sends the reader: Astro's static redirects are pages with `<meta http-equiv="refresh">`. */
export function redirectTarget(html: string): string | undefined {
  return /<meta http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(html)?.[1];
}

/**
 * Whether a path resolves: `readPage` finds a page for it, and if that page is a redirect, its target resolves
 * too (at most 5 hops, so a redirect loop does not count).
 */
export function resolvesTo(path: string, readPage: (path: string) => string | undefined, hops = 0): boolean {
  const html = readPage(path);
  if (html === undefined || hops > 5) return false;
  const target = redirectTarget(html);
  return target ? resolvesTo(new URL(target, `https://x${path}`).pathname, readPage, hops + 1) : true;
}
