/** Dates for a reader (Polish or English), ISO dates for machines. Dates may be partial: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`. */

const MONTHS_GENITIVE = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const MONTHS_NOMINATIVE = ['styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec', 'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień'];

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The language a date is written in for a reader. */
export type DateLang = 'pl' | 'en';

/** Month names for a day („20 listopada”, „20 November”) and for a month alone („listopad 1989”, „November 1989”). */
const months = (lang: DateLang) => (lang === 'en' ? { day: MONTHS_EN, alone: MONTHS_EN } : { day: MONTHS_GENITIVE, alone: MONTHS_NOMINATIVE });

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

export function parsePartialDate(value: string): PartialDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) throw new Error(`niepoprawna data „${value}” (oczekiwano RRRR, RRRR-MM lub RRRR-MM-DD)`);
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
  if (month !== undefined && (month < 1 || month > 12)) throw new Error(`niepoprawny miesiąc w dacie „${value}”`);
  if (day !== undefined && (day < 1 || day > 31)) throw new Error(`niepoprawny dzień w dacie „${value}”`);
  return { year, month, day, precision: day ? 'day' : month ? 'month' : 'year' };
}

function formatOne(d: PartialDate, lang: DateLang): string {
  if (d.precision === 'day') return `${d.day} ${months(lang).day[d.month! - 1]} ${d.year}`;
  if (d.precision === 'month') return `${months(lang).alone[d.month! - 1]} ${d.year}`;
  return String(d.year);
}

/** „20–22 listopada 1989”, „12 marca 2004”, „1935–1939”, „listopad 1989”; in English „20–22 November 1989”. */
export function formatDateRange(start: string, end?: string, lang: DateLang = 'pl'): string {
  const a = parsePartialDate(start);
  if (!end) return formatOne(a, lang);
  const b = parsePartialDate(end);
  if (a.precision === 'day' && b.precision === 'day' && a.year === b.year && a.month === b.month) {
    return `${a.day}–${b.day} ${months(lang).day[a.month! - 1]} ${a.year}`;
  }
  if (a.precision === 'year' && b.precision === 'year') return `${a.year}–${b.year}`;
  return `${formatOne(a, lang)} – ${formatOne(b, lang)}`;
}

/** A `Date` as „23 listopada 2026” (in English „23 November 2026”). */
export function formatDate(date: Date, lang: DateLang = 'pl'): string {
  return `${date.getUTCDate()} ${months(lang).day[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** A `Date` as `2026-11-23`, for `<time datetime>` and metadata. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A sortable key for partial dates: earlier first, a year before its months. */
export function dateSortKey(value: string): string {
  const [y, m = '00', d = '00'] = value.split('-');
  return `${y}-${m}-${d}`;
}
