import { describe, expect, it } from 'vitest';
import { Lexicon, pageLemmas, queryTable } from './lexicon';
import { suppletive } from './suppletive';

const lexicon = new Lexicon(
  [
    { lemma: 'ośrodek', forms: ['ośrodka', 'ośrodku', 'ośrodki', 'ośrodków'] },
    { lemma: 'wniosek', forms: ['wnioski', 'wniosku'] },
    { lemma: 'dziecko', forms: ['dziecka', 'dzieckiem'] },
    { lemma: 'człowiek', forms: ['człowieka'] },
    { lemma: 'ludzie', forms: ['ludzi', 'ludźmi'] },
    { lemma: 'społeczny', forms: ['społecznej', 'społeczna', 'niespołeczna'] },
    { lemma: 'studia', forms: ['studiów'] },
    { lemma: 'studium', forms: ['studia', 'studiów'] },
  ],
  suppletive,
);

describe('Lexicon', () => {
  it('knows the lemmas of alternating and suppletive forms', () => {
    expect(lexicon.lemmasOf('ośrodka')).toEqual(['ośrodek']);
    expect(lexicon.lemmasOf('wnioski')).toEqual(['wniosek']);
    expect(lexicon.lemmasOf('dzieci')).toEqual(['dziecko']);
    expect(lexicon.lemmasOf('ludzie')).toEqual(expect.arrayContaining(['ludzie', 'człowiek']));
    expect(lexicon.lemmasOf('nieznane')).toEqual([]);
    expect(lexicon.isLemma('studia')).toBe(true);
    expect(lexicon.isLemma('ośrodka')).toBe(false);
  });
});

describe('pageLemmas', () => {
  it('adds the lemmas of a page’s forms, not the ones it already has', () => {
    expect(pageLemmas(new Set(['ośrodka', 'dzieci', 'wniosek', 'wnioski']), lexicon)).toEqual(['dziecko', 'ośrodek']);
  });
});

describe('queryTable', () => {
  const site = new Map([['ośrodka', 3], ['dzieci', 2], ['ludzie', 1], ['społecznej', 5], ['studia', 2], ['kuroń', 1]]);
  const table = queryTable(site, lexicon, suppletive);

  it('maps every form of a site lemma, also forms no page uses, with or without diacritics', () => {
    expect(table.get('osrodka')).toBe('ośrodek');
    expect(table.get('osrodkow')).toBe('ośrodek');
    expect(table.get('osrodek')).toBe('ośrodek');
    expect(table.get('spoleczna')).toBe('społeczny');
  });

  it('maps suppletive forms to their lemma', () => {
    expect(table.get('dzieci')).toBe('dziecko');
    expect(table.get('ludzie')).toBe('człowiek');
    expect(table.get('ludzmi')).toBe('człowiek');
  });

  it('restores the diacritics of site words the dictionary doesn’t know', () => {
    expect(table.get('kuron')).toBe('kuroń');
  });

  it('leaves a site word that is a lemma of its own as it is', () => {
    expect(table.has('studia')).toBe(false);
  });

  it('leaves out negated forms of other lemmas', () => {
    expect(table.has('niespoleczna')).toBe(false);
  });
});
