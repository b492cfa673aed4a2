import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface YamlFile {
  /** The file name without `.yaml`: the entry's id. */
  id: string;
  data: Record<string, unknown>;
}

const cache = new Map<string, { signature: string; files: YamlFile[] }>();

/** Set for `astro build`, where no file changes while it runs: then a folder read once is not checked again. */
let frozen = false;

/**
 * From now on, trust what was read: checking the files' sizes and dates for every page cost about 1 s per 1000 pages.
 * `astro dev` never calls it, so an edited glossary is read again there.
 */
export function freezeYamlDirs(): void {
  frozen = true;
}

/** Whether `freezeYamlDirs` was called: a Markdown worker thread, with a module of its own, is told to do the same. */
export function yamlDirsFrozen(): boolean {
  return frozen;
}

/**
 * The parsed `*.yaml` files of a folder, for Markdown plugins that need content before Astro's collections exist.
 * Read once and kept while no file is added, removed or changed, since the plugins ask for every page
 * (re-reading the glossary and the sources for each page cost about 20 s in a 300-page build).
 */
export function readYamlDir(dir: string): YamlFile[] {
  const known = cache.get(dir);
  if (frozen && known) return known.files;
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
