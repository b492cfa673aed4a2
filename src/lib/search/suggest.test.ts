import { describe, expect, it } from 'vitest';
import { closeTerms, closestWord, editDistance, suggestQuery, vocabularyKey } from './suggest';

const vocabulary = new Map([
  ['superwizja', 5],
  ['superwizji', 4],
  ['kontrakt', 7],
  ['socjalny', 30],
  ['socjalna', 28],
  ['wywiad', 20],
  ['środowiskowy', 12],
]);

describe('spelling suggestions from the site’s words', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('kontrakt', 'kontrakt')).toBe(0);
    expect(editDistance('kotnrakt', 'kontrakt')).toBe(1);
    expect(editDistance('kontakt', 'kontrakt')).toBe(1);
    expect(editDistance('abc', 'xyzabc', 1)).toBe(2);
  });

  it('finds the closest site word, more pages winning a tie, and nothing for a known or a far word', () => {
    expect(closestWord('superwizia', vocabulary)).toBe('superwizja');
    expect(closestWord('kotnrakt', vocabulary)).toBe('kontrakt');
    expect(closestWord('srodowiskowy', vocabulary)).toBeUndefined();
    expect(closestWord('qwxzyk', vocabulary)).toBeUndefined();
  });

  it('rewrites only the words it can correct', () => {
    expect(suggestQuery('kotnrakt socjalny', vocabulary)).toBe('kontrakt socjalny');
    expect(suggestQuery('kontrakt socjalny', vocabulary)).toBeUndefined();
    expect(suggestQuery('qwxzyk', vocabulary)).toBeUndefined();
  });

  it('files words by their first letter without diacritics', () => {
    expect(vocabularyKey('Środowiskowy')).toBe('s');
    expect(vocabularyKey('łódź')).toBe('l');
  });
});

describe('glossary entries close to a query', () => {
  const terms = [
    { id: 'dps', term: 'DPS', expansion: 'dom pomocy społecznej' },
    { id: 'superwizja', term: 'superwizja' },
    { id: 'kontrakt-socjalny', term: 'kontrakt socjalny' },
  ];
  it('matches a word typed with a mistake or cut short, best first', () => {
    expect(closeTerms('superwizia', terms).map((t) => t.id)).toEqual(['superwizja']);
    expect(closeTerms('kontr', terms).map((t) => t.id)).toEqual(['kontrakt-socjalny']);
    expect(closeTerms('dom spokojnej starości', terms).map((t) => t.id)).toEqual(['dps']);
  });
  it('offers nothing for short or unrelated words', () => {
    expect(closeTerms('xy', terms)).toEqual([]);
    expect(closeTerms('qwxzyk', terms)).toEqual([]);
  });
});
