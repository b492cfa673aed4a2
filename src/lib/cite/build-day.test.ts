import { expect, it } from 'vitest';
import { buildDay } from './build-day';

const today = () => new Date('2027-01-02T10:00:00Z');

it('is SOURCE_DATE_EPOCH when set, else the latest commit’s day, else today', () => {
  expect(buildDay({ SOURCE_DATE_EPOCH: '1795392000' }, () => '2026-01-01', today)).toBe('2026-11-23');
  expect(buildDay({}, () => '2026-11-20', today)).toBe('2026-11-20');
  expect(buildDay({ SOURCE_DATE_EPOCH: 'jutro' }, () => undefined, today)).toBe('2027-01-02');
});

it('reads the latest commit of this repository', () => {
  expect(buildDay({}, undefined, () => new Date(0))).toMatch(/^20\d\d-\d\d-\d\d$/);
});
