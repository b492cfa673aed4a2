import { proseLines, yamlTextValues } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';

/** Keys whose values are not Polish prose. */
const NOT_PROSE = new Set(['url', 'URL', 'id', 'doi', 'DOI', 'isbn', 'ISBN']);

/**
 * Straight ASCII double quotes (") in Polish text, where „…” belong. Looks at the Markdown prose
 * (not code, URLs, HTML/JSX attributes or link targets) and at the string values of YAML data (not keys,
 * URLs, or the quotes YAML itself uses around a value).
 */
export const asciiQuotes: Rule = {
  id: 'ascii-quotes',
  description: 'proste cudzysłowy (") w polskim tekście zamiast „…”',
  check({ files }) {
    const out: LintMessage[] = [];
    const report = (file: string, line: number, where: string) =>
      out.push({ file, line, rule: this.id, severity: 'error', message: `proste cudzysłowy w ${where} – użyj „…”` });
    for (const f of files) {
      for (const v of yamlTextValues(f)) {
        if (NOT_PROSE.has(v.key) || /^https?:\/\//.test(v.value) || !v.value.includes('"')) continue;
        // Find the line of the first quote that belongs to the text, not to YAML's own "…" around the value.
        const inner = v.source.startsWith('"') ? v.source.slice(1, -1).replace(/\\"/g, '\u0000') : v.source;
        const at = inner.search(/\u0000|"/);
        const line = v.line + (at > 0 ? inner.slice(0, at).split('\n').length - 1 : 0);
        report(f.path, line, `polu „${v.key}”`);
      }
      for (const p of proseLines(f)) if (p.text.includes('"')) report(f.path, p.line, 'tekście');
    }
    return out;
  },
};
