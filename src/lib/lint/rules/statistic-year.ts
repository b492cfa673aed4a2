import { keyLine, proseLines } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';

/** A year from the 19th to the 21st century, or a year abbreviation („w 2014 r.”, „rok”). */
const YEAR = /\b(1[89]\d\d|20\d\d)\b|\brok(u|iem)?\b/;
/** A figure worth a year: a share, a large round figure, or a count qualified as approximate. */
const FIGURE = /\d\s?(%|proc\.|procent)|\d[\d\s,]*\s?(tys\.|mln|mld)|\b(około|ponad|blisko|prawie)\s+\d/;

/**
 * A statistic without a year. Errors: an entry of `content/statistics/` with no `year`, or `year: nieznany`
 * without a `yearNote`. Warnings: a sentence of prose with a share, a large or an approximate figure and no year in it.
 */
export const statisticYear: Rule = {
  id: 'statistic-year',
  description: 'dane liczbowe bez roku',
  check({ files }) {
    const out: LintMessage[] = [];
    for (const f of files) {
      if (f.collection === 'statistics') {
        const { year, yearNote } = f.data as { year?: unknown; yearNote?: unknown };
        if (year === undefined || year === null || year === '') {
          out.push({ file: f.path, line: f.dataLine, rule: this.id, severity: 'error', message: 'statystyka bez pola „year” – każda liczba ma swój rok' });
        } else if (year === 'nieznany' && !yearNote) {
          out.push({ file: f.path, line: keyLine(f, 'year'), rule: this.id, severity: 'error', message: 'rok „nieznany” bez „yearNote” – napisz, co wiadomo o roku' });
        }
      }
      for (const p of proseLines(f)) {
        for (const sentence of p.text.split(/(?<=[.!?])\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ„])/)) {
          if (FIGURE.test(sentence) && !YEAR.test(sentence)) {
            out.push({ file: f.path, line: p.line, rule: this.id, severity: 'warning', message: `liczba bez roku w zdaniu: „${sentence.trim().slice(0, 60)}…”` });
          }
        }
      }
    }
    return out;
  },
};
