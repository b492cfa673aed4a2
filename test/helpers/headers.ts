import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './astro.ts';

export interface HeaderRule {
  /** A path pattern as Netlify and Cloudflare Pages read it: `/*` matches everything below. */
  path: string;
  headers: Record<string, string>;
}

/** Parses a `_headers` file: a path on its own line, then indented `Name: value` lines; `#` starts a comment. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ path: line.trim(), headers: {} }); continue; }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rule.headers[m[1]!] = m[2]!.trim();
  }
  return rules;
}

function matches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

/** The headers a host sends for a path: every matching rule, later rules adding to earlier ones. */
export function headersFor(rules: HeaderRule[], pathname: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((r) => matches(r.path, pathname)).map((r) => r.headers));
}

/** The rules of the committed `public/_headers`. */
export function siteHeaderRules(): HeaderRule[] {
  return parseHeadersFile(readFileSync(resolve(ROOT, 'public/_headers'), 'utf8'));
}
