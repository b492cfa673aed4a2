import { describe, expect, it } from 'vitest';
import { fold, shardKey, SHARDS, words } from './fold';

describe('fold', () => {
  it('drops Polish diacritics, „ł” included, and lower-cases', () => {
    expect(fold('Społecznej')).toBe('spolecznej');
    expect(fold('Kuroń')).toBe('kuron');
    expect(fold('ŚDS')).toBe('sds');
    expect(fold('źdźbło żółw')).toBe('zdzblo zolw');
  });
});

describe('words', () => {
  it('splits on spaces, hyphens and punctuation, keeping digits', () => {
    expect(words('DPS-u, „Charzykowy” (1989)!')).toEqual(['dps', 'u', 'charzykowy', '1989']);
  });
});

describe('shardKey', () => {
  it('is a stable hex name within the shard count', () => {
    expect(shardKey('osrodka')).toBe(shardKey('osrodka'));
    expect(shardKey('osrodka')).toMatch(/^[0-9a-f]{3}$/);
    const keys = new Set(['a', 'b', 'pomoc', 'pracy', 'pracownik', 'dziecko'].map(shardKey));
    expect(keys.size).toBeGreaterThan(3);
    for (const k of keys) expect(parseInt(k, 16)).toBeLessThan(SHARDS);
  });
});
