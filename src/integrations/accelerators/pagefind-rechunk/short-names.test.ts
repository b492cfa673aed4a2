import { describe, expect, it } from 'vitest';
import { uniquePrefixLength } from './short-names';

describe('uniquePrefixLength', () => {
  it('is the shortest length, from the minimum up, at which the hashes differ', () => {
    expect(uniquePrefixLength(['abc123', 'abd456', 'ffff00'], 2)).toBe(3);
    expect(uniquePrefixLength(['a1', 'b2'], 5)).toBe(5);
    expect(uniquePrefixLength(['abcdef1', 'abcdef2'], 5)).toBe(7);
    expect(uniquePrefixLength([], 5)).toBe(5);
  });
  it('does not count one hash given twice (the same file) as a clash', () => {
    expect(uniquePrefixLength(['abc1', 'abc1', 'abd2'], 2)).toBe(3);
  });
});
