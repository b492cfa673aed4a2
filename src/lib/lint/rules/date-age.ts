import { keyLine } from '../text.ts';
import type { LintMessage, Rule } from '../types.ts';

/** The date `months` calendar months before `now`. */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** The `YYYY-MM-DD` an editor wrote (YAML may have read it as a date); undefined for anything else. */
function day(raw: unknown): string | undefined {
  const d = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : undefined;
  return d && !Number.isNaN(d.getTime()) ? d.toISOString().slice(0, 10) : undefined;
}

/**
 * A rule that warns when a date field of a file is more than `months` old. Compared by calendar day:
 * a date exactly `months` before today is still fine.
 */
export function dateAgeRule(o: { id: string; field: string; months: number; description: string; message: (day: string) => string }): Rule {
  return {
    id: o.id,
    description: o.description,
    check({ files, now }) {
      const limit = monthsBefore(now, o.months).toISOString().slice(0, 10);
      const out: LintMessage[] = [];
      for (const f of files) {
        const d = day(f.data[o.field]);
        if (d === undefined || d >= limit) continue;
        out.push({ file: f.path, line: keyLine(f, o.field), rule: o.id, severity: 'warning', message: o.message(d) });
      }
      return out;
    },
  };
}
