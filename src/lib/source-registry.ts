import { readYamlDir, type YamlFile } from './yaml-dir';

const stubsCache = new WeakMap<YamlFile[], Map<string, SourceStub>>();

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
/** YAML reads an unquoted 2004-03-12 as a date and 2004 as a number; the pipeline wants the text. */
function issuedText(v: unknown): string | undefined {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v === undefined || v === null ? undefined : String(v);
}

export function loadSourceStubs(sourcesDir: string): Map<string, SourceStub> {
  const files = readYamlDir(sourcesDir);
  const hit = stubsCache.get(files);
  if (hit) return hit;
  const stubs = new Map<string, SourceStub>();
  for (const { id, data } of files) {
    stubs.set(id, { id, title: String(data.title ?? id), author: data.author as SourceStub['author'], issued: issuedText(data.issued) });
  }
  stubsCache.set(files, stubs);
  return stubs;
}
