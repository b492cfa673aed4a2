/**
 * Links that never die. Every URL in `test/published-urls.txt` still resolves in the build (a page, or an Astro redirect
 * whose target resolves), every page of the sitemap is on that list, and every external link is a well-formed https URL.
 * Internal hrefs and #anchors are checked in built-site.test.ts.
 *
 * http:// is allowed in one place only: the `url` of a source in `content/sources/` whose document is itself served over
 * plain HTTP (an old page that has no https address); its link on the site then carries that same http:// URL.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../src/lib/content-dir';
import { parseUrlList, resolvesTo } from '../src/lib/published-urls';
import { ROOT } from './helpers/astro';
import { builtPages, DIST } from './helpers/dist';
import { sitemapPaths } from './helpers/sitemap';

const published = parseUrlList(readFileSync(resolve(ROOT, 'test/published-urls.txt'), 'utf8'));
const pages = builtPages();

/** The HTML a static host serves for a path, as it finds it in the build; undefined if none. */
function readBuilt(path: string): string | undefined {
  const file = join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
}
const resolves = (path: string) => resolvesTo(path, readBuilt);

/** Why an external URL is not acceptable, or undefined if it is. */
function externalProblem(href: string, httpAllowed: Set<string>): string | undefined {
  if (/\s/.test(href)) return 'contains whitespace';
  let url: URL;
  try { url = new URL(href); } catch { return 'not a URL'; }
  if (url.protocol === 'http:' && !httpAllowed.has(href)) return 'http:// (only a source whose document is served over http may use it)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `protocol ${url.protocol}`;
  if (url.username || url.password) return 'carries credentials';
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname) || /localhost|^\d+(\.\d+){3}$/.test(url.hostname)) return `host ${url.hostname}`;
  return undefined;
}

/** The `url` fields of all sources (the only place http:// may appear). */
function sourceUrls(): string[] {
  const dir = resolve(ROOT, contentDir(), 'sources');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => (parseYaml(readFileSync(join(dir, f), 'utf8')) as { url?: string } | null)?.url).filter((u): u is string => Boolean(u));
}

describe('published URLs never die', () => {
  it('the list holds the site’s pages', () => {
    expect(published).toContain('/');
    expect(published.length).toBeGreaterThanOrEqual(10);
  });

  it('every published URL still resolves (a page or a redirect to one)', () => {
    const dead = published.filter((p) => !resolves(p));
    expect(dead, 'A published URL stopped resolving: add a redirect in astro.config.mjs `redirects`.').toEqual([]);
  });

  it('every page of the sitemap is on the list (run `npm run urls:update` after adding pages)', () => {
    const listed = new Set(published);
    expect(sitemapPaths().filter((p) => !listed.has(p))).toEqual([]);
  });

  it('the check can fail: an unknown path does not resolve', () => {
    expect(resolves('/nie-ma-takiej-strony-1989/')).toBe(false);
  });
});

describe('external URLs', () => {
  const httpAllowed = new Set(sourceUrls().filter((u) => u.startsWith('http://')));

  it('every external link on the site is well-formed https', () => {
    const bad: string[] = [];
    for (const p of pages) {
      for (const a of p.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('mailto:')) continue;
        const problem = externalProblem(href, httpAllowed);
        if (problem) bad.push(`${p.url} → ${href}: ${problem}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every source URL is well-formed, http:// only where the document itself is on http', () => {
    const bad = sourceUrls().map((u) => [u, externalProblem(u, httpAllowed)] as const).filter(([, p]) => p).map(([u, p]) => `${u}: ${p}`);
    expect(bad).toEqual([]);
  });

  it('rejects what it should', () => {
    const none = new Set<string>();
    expect(externalProblem('http://example.pl/', none)).toMatch(/http/);
    expect(externalProblem('https://exa mple.pl/', none)).toMatch(/whitespace/);
    expect(externalProblem('https://localhost/', none)).toMatch(/host/);
    expect(externalProblem('ftp://example.pl/', none)).toMatch(/protocol/);
    expect(externalProblem('https://example.pl/a?b=1#c', none)).toBeUndefined();
  });
});
