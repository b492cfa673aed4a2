import { describe, expect, it } from 'vitest';
import { definedTermWords, headingTexts, titleWords } from './defined-terms';
import { Lexicon } from './lexicon';

const lexicon = new Lexicon([
  { lemma: 'dom', forms: ['domu', 'domy', 'domów'] },
  { lemma: 'pomoc', forms: ['pomocy'] },
  { lemma: 'społeczny', forms: ['społecznej', 'społeczne'] },
  { lemma: 'skierowanie', forms: ['skierowania'] },
  { lemma: 'zarabiać', forms: ['zarabia'] },
]);
const dps = { term: 'DPS', expansion: 'dom pomocy społecznej', aliases: ['domy pomocy społecznej'] };
const ops = { term: 'OPS', expansion: 'ośrodek pomocy społecznej' };

describe('defined terms', () => {
  it('reads the h1–h3 headings of a page, without their markup', () => {
    expect(headingTexts('<h1>Tytuł</h1><p>x</p><h2 id="a">Skierowanie do <em>domu</em> pomocy</h2><h4>Niżej</h4>')).toEqual(['Tytuł', 'Skierowanie do  domu  pomocy']);
  });

  it('gives a page the words of each term named in a heading, in any form, with their lemmas', () => {
    expect(definedTermWords(['Świadczenia', 'Skierowanie do domu pomocy społecznej'], [dps, ops], lexicon)).toEqual(
      ['dom', 'domy', 'dps', 'pomoc', 'pomocy', 'społecznej', 'społeczny'],
    );
    expect(definedTermWords(['Kim jest DPS?'], [dps], lexicon)).toContain('dom');
  });

  it('gives nothing for a page whose headings only come close to a term', () => {
    expect(definedTermWords(['Pomoc w domu', 'Ośrodki'], [dps, ops], lexicon)).toEqual([]);
  });

  it('gives the title’s words and their lemmas', () => {
    expect(titleWords('Ile zarabia pracownik', lexicon)).toEqual(['ile', 'pracownik', 'zarabia', 'zarabiać']);
  });
});
