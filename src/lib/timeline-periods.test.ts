import { describe, expect, it } from 'vitest';
import { groupByPeriod, periodOf } from './timeline-periods';

describe('periodOf', () => {
  it('puts dates before 1945 in the beginnings and boundary years in the later period', () => {
    expect(periodOf('1879-05-02')).toBe('poczatki');
    expect(periodOf('1944')).toBe('poczatki');
    expect(periodOf('1945')).toBe('prl');
    expect(periodOf('1988-12-31')).toBe('prl');
    expect(periodOf('1989-11-20')).toBe('transformacja');
    expect(periodOf('2003')).toBe('transformacja');
    expect(periodOf('2004-03-12')).toBe('po-2004');
    expect(periodOf('2023-11')).toBe('po-2004');
  });
  it('rejects a date that is not a date', () => {
    expect(() => periodOf('21.11.1989')).toThrow(/RRRR/);
  });
});

describe('groupByPeriod', () => {
  it('keeps period order and item order, and leaves out empty periods', () => {
    const items = [{ d: '1907' }, { d: '1989-11-20' }, { d: '1925' }, { d: '2021' }];
    expect(groupByPeriod(items, (i) => i.d)).toEqual([
      { period: 'poczatki', items: [{ d: '1907' }, { d: '1925' }] },
      { period: 'transformacja', items: [{ d: '1989-11-20' }] },
      { period: 'po-2004', items: [{ d: '2021' }] },
    ]);
  });
});
