import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, formatDateRange, isoDate, parsePartialDate } from './dates';

describe('dates', () => {
  it('formats a day range within one month', () => {
    expect(formatDateRange('1989-11-20', '1989-11-22')).toBe('20–22 listopada 1989');
  });
  it('formats single dates at their precision', () => {
    expect(formatDateRange('2004-03-12')).toBe('12 marca 2004');
    expect(formatDateRange('1989-11')).toBe('listopad 1989');
    expect(formatDateRange('1925')).toBe('1925');
  });
  it('formats year ranges and mixed ranges', () => {
    expect(formatDateRange('1935', '1939')).toBe('1935–1939');
    expect(formatDateRange('1989-09-12', '1991-01-12')).toBe('12 września 1989 – 12 stycznia 1991');
  });
  it('rejects malformed dates with the value in the message', () => {
    expect(() => parsePartialDate('1989-13')).toThrow(/1989-13/);
    expect(() => parsePartialDate('21.11.1989')).toThrow(/21\.11\.1989/);
  });
  it('formats Date objects', () => {
    const d = new Date('2026-11-23T00:00:00Z');
    expect(formatDate(d)).toBe('23 listopada 2026');
    expect(isoDate(d)).toBe('2026-11-23');
  });
  it('sorts partial dates chronologically', () => {
    expect(['1989-11-20', '1989', '1987-09-17'].sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))).toEqual(['1987-09-17', '1989', '1989-11-20']);
  });
});

describe('dates in English', () => {
  it('writes days, months, ranges and Date values in English', () => {
    expect(formatDateRange('1989-11-20', '1989-11-22', 'en')).toBe('20–22 November 1989');
    expect(formatDateRange('1989-11', undefined, 'en')).toBe('November 1989');
    expect(formatDateRange('2004-03-12', undefined, 'en')).toBe('12 March 2004');
    expect(formatDate(new Date('2026-12-03T00:00:00Z'), 'en')).toBe('3 December 2026');
    expect(formatDate(new Date('2026-12-03T00:00:00Z'))).toBe('3 grudnia 2026');
  });
});
