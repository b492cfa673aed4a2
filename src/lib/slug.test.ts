import { describe, expect, it } from 'vitest';
import { asciiSlug, createSlugger, foldDiacritics } from './slug';

describe('slugs', () => {
  it('folds every Polish diacritic', () => {
    expect(foldDiacritics('zażółć gęślą jaźń ŁÓDŹ')).toBe('zazolc gesla jazn LODZ');
  });
  it('makes lower-case ASCII slugs', () => {
    expect(asciiSlug('Co się wydarzyło w Charzykowach?')).toBe('co-sie-wydarzylo-w-charzykowach');
  });
  it('keeps ids unique on a page', () => {
    const slug = createSlugger();
    expect([slug('Źródła'), slug('Źródła')]).toEqual(['zrodla', 'zrodla-1']);
  });
});
