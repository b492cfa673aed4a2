/**
 * Finds references between content entries that point nowhere. Astro's content layer only logs these
 * and builds on; a knowledge base must not publish a link to nothing, so the build stops instead.
 */
export interface EntryLike {
  collection: string;
  id: string;
  filePath?: string;
  data: unknown;
}

export interface Problem {
  file: string;
  field: string;
  message: string;
}

function isReference(v: unknown): v is { collection: string; id: string } {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 2 && 'collection' in v && 'id' in v;
}

function walk(value: unknown, path: string, visit: (ref: { collection: string; id: string }, path: string) => void) {
  if (isReference(value)) return visit(value, path);
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, `${path}[${i}]`, visit));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, visit);
  }
}

export function findDanglingReferences(entries: EntryLike[]): Problem[] {
  const ids = new Map<string, Set<string>>();
  for (const e of entries) ids.set(e.collection, (ids.get(e.collection) ?? new Set()).add(e.id));
  const problems: Problem[] = [];
  for (const e of entries) {
    walk(e.data, '', (ref, field) => {
      if (!ids.get(ref.collection)?.has(ref.id)) {
        problems.push({
          file: e.filePath ?? `${e.collection}/${e.id}`,
          field,
          message: `odwołuje się do „${ref.id}” w kolekcji „${ref.collection}”, a takiego wpisu nie ma`,
        });
      }
    });
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n');
}
