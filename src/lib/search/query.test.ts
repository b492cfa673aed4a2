import { describe, expect, it } from 'vitest';
import { highlightTerms, planQuery, relaxations, shardsFor, topicWords } from './query';

const table: Record<string, string> = { osrodka: 'ośrodek', spolecznej: 'społeczny', dzieci: 'dziecko', gops: 'ops', kuron: 'kuroń' };
const lookup = (w: string) => table[w];

describe('topicWords', () => {
  it('drops question and function words, unless nothing else is left', () => {
    expect(topicWords('jakie studia')).toEqual(['studia']);
    expect(topicWords('Kto to był Jacek Kuroń?')).toEqual(['jacek', 'kuroń']);
    expect(topicWords('co to jest')).toEqual(['co', 'to', 'jest']);
  });
});

describe('planQuery', () => {
  it('maps forms to lemmas, restores diacritics and rewrites acronym variants', () => {
    expect(planQuery('ośrodka pomocy spolecznej', lookup).mapped).toEqual(['ośrodek', 'pomocy', 'społeczny']);
    expect(planQuery('Kuron', lookup).mapped).toEqual(['kuroń']);
    expect(planQuery('GOPS', lookup).mapped).toEqual(['ops']);
  });

  it('leaves a last word that may still grow as typed', () => {
    expect(planQuery('dzieci', lookup, false).mapped).toEqual(['dzieci']);
    expect(planQuery('dzieci', lookup, true).mapped).toEqual(['dziecko']);
  });

  it('highlights both what was typed and what it was mapped to', () => {
    expect(highlightTerms(planQuery('dzieci', lookup))).toBe('dzieci dziecko');
  });
});

describe('shardsFor', () => {
  it('names each needed shard once', () => {
    expect(shardsFor(['dzieci', 'dzieci'])).toHaveLength(1);
  });
});

describe('words on nearly every page', () => {
  const common: Record<string, string> = { ...table, pomocy: '~100pomoc', pomoc: '~100pomoc', spolecznej: '~100społeczny', osrodka: '~95ośrodek' };
  const look = (w: string) => common[w];
  it('are dropped from the query, which keeps its other words', () => {
    expect(planQuery('dzieci pomocy społecznej', look)).toEqual({ typed: ['dzieci'], mapped: ['dziecko'] });
  });
  it('when every word is common, those on the most pages go, unless all are on equally many; searched by lemma', () => {
    expect(planQuery('ośrodka pomocy społecznej', look)).toEqual({ typed: ['ośrodka'], mapped: ['ośrodek'] });
    expect(planQuery('pomocy spolecznej', look)).toEqual({ typed: ['pomocy', 'spolecznej'], mapped: ['pomoc', 'społeczny'] });
  });
});

describe('relaxations', () => {
  it('tries the smaller sets of words, largest first, the later words before the earlier', () => {
    expect(relaxations(['zrobić', 'podejrzewać', 'przemoc'])).toEqual([
      ['podejrzewać', 'przemoc'], ['zrobić', 'przemoc'], ['zrobić', 'podejrzewać'],
      ['przemoc'], ['podejrzewać'], ['zrobić'],
    ]);
    expect(relaxations(['dps'])).toEqual([]);
    expect(relaxations(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']).every((set) => !set.includes('a') && !set.includes('b'))).toBe(true);
  });
});
