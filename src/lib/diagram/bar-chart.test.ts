import { describe, expect, it } from 'vitest';
import { BAR_CHART, barChart } from './bar-chart';

const rows = [
  { label: 'niepełnosprawność', value: 9000, valueText: 'ponad 9 000' },
  { label: 'ubóstwo', value: 8000, valueText: 'około 8 000' },
  { label: 'bezrobocie', value: 4000, valueText: 'ponad 4 000' },
  { label: 'nic', value: 0, valueText: '0' },
];

describe('barChart', () => {
  const c = barChart(rows);
  it('makes bar lengths proportional to the values, the largest the full length', () => {
    expect(c.bars[0]!.bar.width).toBe(BAR_CHART.barMax);
    for (const b of c.bars) expect(b.bar.width / BAR_CHART.barMax).toBeCloseTo(b.value / 9000, 2);
    expect(c.bars[3]!.bar.width).toBe(0);
  });

  it('stacks rows top to bottom without overlap and fits them in the picture', () => {
    for (let i = 1; i < c.bars.length; i++) expect(c.bars[i]!.labelLines[0]!.y).toBeGreaterThan(c.bars[i - 1]!.bar.y + BAR_CHART.barHeight);
    const last = c.bars.at(-1)!;
    expect(last.bar.y + last.bar.height).toBeLessThanOrEqual(c.height);
    for (const b of c.bars) expect(b.bar.y).toBeGreaterThan(b.labelLines.at(-1)!.y);
  });

  it('wraps long labels onto more lines', () => {
    const long = barChart([{ label: 'osoby pracujące w krakowskim systemie pomocy społecznej, w tym w organizacjach pozarządowych', value: 1, valueText: '1' }]);
    expect(long.bars[0]!.labelLines.length).toBe(2);
  });

  it('refuses a negative or missing value, naming the row', () => {
    expect(() => barChart([{ label: 'zła', value: -1, valueText: '-1' }])).toThrow(/„zła”/);
    expect(() => barChart([{ label: 'pusta', value: Number.NaN, valueText: '' }])).toThrow(/„pusta”/);
  });
});
