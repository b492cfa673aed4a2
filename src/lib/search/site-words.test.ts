import { describe, expect, it } from 'vitest';
import { Lexicon } from './lexicon';
import { commonLemmas, queryShards, sitePage, siteWords, vocabularyShards } from './site-words';
import { COMMON } from './query';

const lexicon = new Lexicon([
  { lemma: 'pomoc', forms: ['pomocy', 'pomocą'] },
  { lemma: 'ośrodek', forms: ['ośrodka', 'ośrodku'] },
]);
const pages = (n: number, common: string, rare: string) => Array.from({ length: n }, (_, i) => sitePage(`/p${i}/`, `${common} ${i % 10 === 0 ? rare : `słowo${i}`}`));

describe('words on nearly every page', () => {
  it('are the lemmas on at least 90% of pages, any form counting, on a site of 20 pages or more', () => {
    expect([...commonLemmas(pages(20, 'pomocy', 'ośrodka'), lexicon)]).toEqual([['pomoc', 1]]);
    expect(commonLemmas(pages(19, 'pomocy', 'ośrodka'), lexicon).size).toBe(0);
  });

  it('map every form to COMMON in the query table, so the browser drops them', () => {
    const ps = pages(20, 'pomocy', 'ośrodka');
    const shards = queryShards(siteWords(ps), lexicon, [], commonLemmas(ps, lexicon));
    const table = Object.assign({}, ...shards.values()) as Record<string, string>;
    expect(table.pomocy).toBe(`${COMMON}100pomoc`);
    expect(table.pomoca).toBe(`${COMMON}100pomoc`);
    expect(table.osrodka).toBe('ośrodek');
  });
});

describe('the vocabulary for spelling suggestions', () => {
  it('files words of three letters or more, without digits, by first letter, with their page counts', () => {
    const v = vocabularyShards(new Map([['ośrodek', 3], ['ul', 9], ['1989', 4], ['pomoc', 7], ['oko', 1]]));
    expect(Object.fromEntries(v)).toEqual({ o: { oko: 1, ośrodek: 3 }, p: { pomoc: 7 } });
  });
});
