import { keyLine } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';

/** Collections whose entries are pages a reader reads. */
export const READING_COLLECTIONS = new Set(['articles', 'roles']);

/** A reading page without sources: no `sources` in its frontmatter (error), or no `[@id]` footnote citation in its text (warning). */
export const pageSources: Rule = {
  id: 'page-sources',
  description: 'strona bez źródeł',
  check({ files }) {
    const out: LintMessage[] = [];
    for (const f of files.filter((x) => READING_COLLECTIONS.has(x.collection))) {
      const sources = f.data.sources;
      if (!Array.isArray(sources) || sources.length === 0) {
        out.push({ file: f.path, line: Array.isArray(sources) ? keyLine(f, 'sources') : f.dataLine, rule: this.id, severity: 'error', message: 'strona bez źródeł – dodaj pole „sources” z co najmniej jednym źródłem' });
      } else if (f.body.trim() && !/\[@[^\]\s]+\]/.test(f.body) && !f.data.listing) {
        const firstText = f.body.split('\n').findIndex((l) => l.trim());
        out.push({ file: f.path, line: f.bodyLine + Math.max(firstText, 0), rule: this.id, severity: 'warning', message: 'żaden przypis w tekście nie cytuje źródła ([@id])' });
      }
    }
    return out;
  },
};
