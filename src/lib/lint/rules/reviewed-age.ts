import { keyLine } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';

/** How old a `reviewed` date may get before the page should be checked against its sources again. */
export const REVIEW_MONTHS = 18;

/** The date `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** A `reviewed` date older than 18 months: a warning, the page needs another look. */
export const reviewedAge: Rule = {
  id: 'reviewed-age',
  description: `data „reviewed” starsza niż ${REVIEW_MONTHS} miesięcy`,
  check({ files, now }) {
    // Compared by calendar day: a page reviewed exactly 18 months ago is still fine.
    const limit = monthsBefore(now, REVIEW_MONTHS).toISOString().slice(0, 10);
    const out: LintMessage[] = [];
    for (const f of files) {
      const raw = f.data.reviewed;
      if (raw === undefined) continue;
      const date = raw instanceof Date ? raw : new Date(String(raw));
      if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) >= limit) continue;
      out.push({ file: f.path, line: keyLine(f, 'reviewed'), rule: this.id, severity: 'warning', message: `sprawdzono ${date.toISOString().slice(0, 10)}, ponad ${REVIEW_MONTHS} miesięcy temu – sprawdź stronę ze źródłami` });
    }
    return out;
  },
};
