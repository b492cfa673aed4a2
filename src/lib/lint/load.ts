import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { ContentFile } from './types.ts';

function walk(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** One content file, read: frontmatter or YAML data, and the Markdown body with the line it starts on. */
export function readContentFile(path: string, text: string): ContentFile {
  const [collection = '', ...rest] = path.split('/');
  const id = rest.join('/').replace(/\.(md|mdx|ya?ml)$/, '');
  if (/\.ya?ml$/.test(path)) {
    return { path, collection, id, text, data: (parse(text) as Record<string, unknown> | null) ?? {}, body: '', bodyLine: 1, dataLine: 1 };
  }
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { path, collection, id, text, data: {}, body: text, bodyLine: 1, dataLine: 1 };
  const data = (parse(m[1]!) as Record<string, unknown> | null) ?? {};
  const bodyLine = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0) + 1;
  return { path, collection, id, text, data, body: text.slice(m[0].length), bodyLine, dataLine: 2 };
}

/** Every Markdown, MDX and YAML file under the content folder. */
export function loadContent(dir: string): ContentFile[] {
  return walk(dir)
    .filter((f) => /\.(md|mdx|ya?ml)$/.test(f))
    .map((f) => readContentFile(relative(dir, f).replace(/\\/g, '/'), readFileSync(f, 'utf8')));
}
