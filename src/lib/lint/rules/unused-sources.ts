import type { ContentFile, LintMessage, Rule } from '../types.ts';

/**
 * Every source id a file cites: `sources` and `source` fields, a glossary term's `english.source` (the work its English
 * equivalent comes from), and `[@id]` citations in its text.
 */
export function citedSources(f: ContentFile): string[] {
  const ids: string[] = [];
  const d = f.data as { sources?: unknown; source?: unknown; english?: { source?: unknown } };
  if (Array.isArray(d.sources)) ids.push(...d.sources.filter((s): s is string => typeof s === 'string'));
  if (typeof d.source === 'string') ids.push(d.source);
  if (typeof d.english?.source === 'string') ids.push(d.english.source);
  for (const m of f.text.matchAll(/\[@([^\]\s,;]+)/g)) ids.push(m[1]!);
  return ids;
}

/** A source that nothing cites: no page, footnote, data entry or statistic refers to it. */
export const unusedSources: Rule = {
  id: 'unused-source',
  description: 'źródło, którego nic nie cytuje',
  check({ files }) {
    const cited = new Set(files.filter((f) => f.collection !== 'sources').flatMap(citedSources));
    return files
      .filter((f) => f.collection === 'sources' && !cited.has(f.id))
      .map((f): LintMessage => ({ file: f.path, line: 1, rule: this.id, severity: 'error', message: `źródła „${f.id}” nic nie cytuje – zacytuj je albo usuń plik` }));
  },
};
