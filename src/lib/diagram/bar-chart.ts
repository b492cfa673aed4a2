/**
 * Geometry of a horizontal bar chart: each row is its label on one or more lines, then its bar with the value
 * at the end. A bar's length is proportional to its value (the longest bar is the largest value). Pure.
 */
import { round, wrapText } from './wrap';

export interface BarRow {
  label: string;
  value: number;
  /** The value as the reader sees it, e.g. „około 8 000”. */
  valueText: string;
}

export interface Bar extends BarRow {
  labelLines: Array<{ text: string; y: number }>;
  bar: { x: number; y: number; width: number; height: number };
  valueAt: { x: number; y: number };
}

export const BAR_CHART = { width: 420, barMax: 300, barHeight: 20, lineHeight: 17, gap: 14, wrapAt: 52, padding: 2 };

/** Lays out the rows top to bottom in the order given. Values must be zero or more. */
export function barChart(rows: BarRow[], o = BAR_CHART): { width: number; height: number; bars: Bar[] } {
  const bad = rows.find((r) => !Number.isFinite(r.value) || r.value < 0);
  if (bad) throw new Error(`wykres: wartość „${bad.label}” musi być liczbą nieujemną (jest ${bad.value})`);
  const max = Math.max(...rows.map((r) => r.value), 0);
  let y = o.padding;
  const bars = rows.map((row) => {
    const lines = wrapText(row.label, o.wrapAt);
    const labelLines = lines.map((text, i) => ({ text, y: round(y + (i + 1) * o.lineHeight - 4) }));
    y += lines.length * o.lineHeight + 2;
    const width = max > 0 ? round((row.value / max) * o.barMax) : 0;
    const bar = { x: 0, y: round(y), width, height: o.barHeight };
    y += o.barHeight + o.gap;
    return { ...row, labelLines, bar, valueAt: { x: round(width + 6), y: round(bar.y + o.barHeight * 0.75) } };
  });
  return { width: o.width, height: round(y - o.gap + o.padding), bars };
}
