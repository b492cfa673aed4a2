/**
 * Periods of the timeline. A period begins in its `from` year; a boundary year belongs to the later period
 * (Charzykowy, November 1989, opens the transformation; the 2004 act opens the period after 2004).
 */
export const periods = [
  { id: 'poczatki', from: -Infinity },
  { id: 'prl', from: 1945 },
  { id: 'transformacja', from: 1989 },
  { id: 'po-2004', from: 2004 },
] as const;

export type PeriodId = (typeof periods)[number]['id'];

/** The period a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date falls in. */
export function periodOf(date: string): PeriodId {
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}/.test(date)) throw new Error(`niepoprawna data „${date}” (oczekiwano RRRR, RRRR-MM lub RRRR-MM-DD)`);
  let found: PeriodId = periods[0].id;
  for (const p of periods) if (year >= p.from) found = p.id;
  return found;
}

/** Groups items by period, in the periods' order, keeping the items' order; empty periods are left out. */
export function groupByPeriod<T>(items: T[], dateOf: (item: T) => string): Array<{ period: PeriodId; items: T[] }> {
  return periods
    .map((p) => ({ period: p.id, items: items.filter((i) => periodOf(dateOf(i)) === p.id) }))
    .filter((g) => g.items.length > 0);
}
