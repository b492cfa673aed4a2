import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { ROOT } from './astro';

/** The built site: `KPS_OUT_DIR` when set (as the build uses it), else `dist/`. */
export const DIST = resolve(ROOT, process.env.KPS_OUT_DIR ?? 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export interface BuiltPage {
  /** The URL path, e.g. `/historia/charzykowy-1989/`. */
  url: string;
  file: string;
  html: string;
  doc: HTMLElement;
}

/** Every HTML page of the built site except Pagefind's own files. */
export function builtPages(): BuiltPage[] {
  return walk(DIST)
    .filter((f) => f.endsWith('.html') && !relative(DIST, f).startsWith('pagefind'))
    .map((file) => {
      const rel = relative(DIST, file).replace(/\\/g, '/');
      const url = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      const html = readFileSync(file, 'utf8');
      return { url, file, html, doc: parse(html) };
    });
}

/** Pages a reader reads (articles and roles), as opposed to the home, search and 404 pages. */
export function isReadingPage(p: BuiltPage): boolean {
  return p.doc.querySelector('article[data-pagefind-body]') !== null;
}

/** Scripts that execute: anything but JSON data blocks. */
export function executableScripts(p: BuiltPage): HTMLElement[] {
  return p.doc.querySelectorAll('script').filter((s) => !/json/.test(s.getAttribute('type') ?? ''));
}
