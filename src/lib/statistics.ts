import { NBSP } from './typography';

/** „2014”, or „rok nieznany” when the source does not date its figures. */
export function statisticYearLabel(year: number | 'nieznany'): string {
  return year === 'nieznany' ? 'rok nieznany' : String(year);
}

/** A figure in Polish notation with the source's qualifier: „około 8000” → „około 8 000”. */
export function formatValue(value: number, qualifier?: string): string {
  const n = new Intl.NumberFormat('pl-PL', { useGrouping: true }).format(value).replace(/\s/g, NBSP);
  return qualifier ? `${qualifier} ${n}` : n;
}
