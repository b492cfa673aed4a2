import { describe, expect, it } from 'vitest';
import { formatValue, statisticYearLabel } from './statistics';
import { NBSP } from './typography';

describe('statistics', () => {
  it('labels an unknown year honestly', () => {
    expect(statisticYearLabel('nieznany')).toBe('rok nieznany');
    expect(statisticYearLabel(2014)).toBe('2014');
  });
  it('formats values with qualifier and a non-breaking thousands separator', () => {
    expect(formatValue(37000, 'blisko')).toBe(`blisko 37${NBSP}000`);
    expect(formatValue(272)).toBe('272');
  });
});
