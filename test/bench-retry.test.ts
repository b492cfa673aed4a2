/** The benchmark's search step survives a Chromium crash: one more try, then a one-line report instead of a stack trace. */
import { describe, expect, it } from 'vitest';
import { isBrowserCrash, searchCost } from '../scripts/bench/search-cost.mjs';

const crash = new Error('page.goto: Target page, context or browser has been closed\nCall log: …');
const figures = { firstKiB: 100, laterKiB: 10, medianMs: 250 };

describe('bench search step', () => {
  it('tells a browser crash from other errors', () => {
    expect(isBrowserCrash(crash)).toBe(true);
    expect(isBrowserCrash(new Error('Timeout 30000ms exceeded waiting for selector'))).toBe(false);
  });

  it('retries once after a crash and reports it', async () => {
    const log: string[] = [];
    let calls = 0;
    const r = await searchCost('dist', { log: (m: string) => log.push(m), measure: async () => { if (++calls === 1) throw crash; return figures; } });
    expect(r).toEqual(figures);
    expect(calls).toBe(2);
    expect(log).toEqual(['bench: Chromium crashed during the search measurement (page.goto: Target page, context or browser has been closed); trying once more']);
  });

  it('after a second crash, or any other error, gives no figures and one line, without throwing', async () => {
    const log: string[] = [];
    const twice = await searchCost('dist', { log: (m: string) => log.push(m), measure: async () => { throw crash; } });
    expect(Number.isNaN(twice.firstKiB)).toBe(true);
    let calls = 0;
    const other = await searchCost('dist', { log: (m: string) => log.push(m), measure: async () => { calls++; throw new Error('no results shown'); } });
    expect(Number.isNaN(other.medianMs)).toBe(true);
    expect(calls).toBe(1);
    expect(log.slice(1)).toEqual(['bench: search not measured: Chromium crashed again (page.goto: Target page, context or browser has been closed)', 'bench: search not measured: error (no results shown)']);
  });
});
