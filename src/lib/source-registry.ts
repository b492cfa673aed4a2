import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the Markdown pipeline needs to know about a source before Astro's collections exist. */
export interface SourceStub {
  id: string;
  title: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: string;
}

/**
 * Reads `content/sources/*.yaml` so that Markdown plugins can resolve `[@id]` citations.
 * The schema validation proper happens in `content.config.ts`; this only needs ids and titles.
 */
export function loadSourceStubs(sourcesDir: string): Map<string, SourceStub> {
  const stubs = new Map<string, SourceStub>();
  let files: string[] = [];
  try {
    files = readdirSync(sourcesDir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return stubs;
  }
  for (const file of files) {
    const id = file.replace(/\.yaml$/, '');
    const data = parse(readFileSync(join(sourcesDir, file), 'utf8')) ?? {};
    stubs.set(id, { id, title: String(data.title ?? id), author: data.author, issued: data.issued });
  }
  return stubs;
}
