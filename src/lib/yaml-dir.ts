import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface YamlFile {
  /** The file name without `.yaml`: the entry's id. */
  id: string;
  data: Record<string, unknown>;
}

const cache = new Map<string, { signature: string; files: YamlFile[] }>();

/**
 * The parsed `*.yaml` files of a folder, for Markdown plugins that need content before Astro's collections exist.
 * Read once and kept while no file is added, removed or changed, since the plugins ask for every page
 * (re-reading the glossary and the sources for each page cost about 20 s in a 300-page build).
 */
export function readYamlDir(dir: string): YamlFile[] {
  const known = cache.get(dir);
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
  const signature = names.map((n) => {
    const s = statSync(join(dir, n));
    return `${n}:${s.size}:${s.mtimeMs}`;
  }).join('|');
  if (known?.signature === signature) return known.files;
  const files = names.map((n) => ({ id: n.replace(/\.yaml$/, ''), data: (parse(readFileSync(join(dir, n), 'utf8')) ?? {}) as Record<string, unknown> }));
  cache.set(dir, { signature, files });
  return files;
}
