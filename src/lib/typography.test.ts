import { describe, expect, it } from 'vitest';
import { NBSP, englishTypography, polishTypography } from './typography';

describe('polishTypography', () => {
  it('binds one-letter words to the next word', () => {
    expect(polishTypography('spotkanie w Charzykowach i w Krakowie')).toBe(`spotkanie w${NBSP}Charzykowach i${NBSP}w${NBSP}Krakowie`);
  });
  it('binds a one-letter word at the start and after a quote or bracket', () => {
    expect(polishTypography('W roku (a potem „z sensem')).toBe(`W${NBSP}roku (a${NBSP}potem „z${NBSP}sensem`);
  });
  it('does not touch one letter inside a word', () => {
    expect(polishTypography('Kuroń a Staręga')).toBe(`Kuroń a${NBSP}Staręga`);
    expect(polishTypography('tak a')).toBe('tak a');
  });
  it('binds numbers to units and legal abbreviations to numbers', () => {
    expect(polishTypography('dodatek 400 zł, art. 121 ust. 4, w 1989 r.')).toBe(
      `dodatek 400${NBSP}zł, art.${NBSP}121 ust.${NBSP}4, w${NBSP}1989${NBSP}r.`,
    );
    expect(polishTypography('około 20 tys. rodzin')).toBe(`około 20${NBSP}tys. rodzin`);
  });
  it('turns straight quotes into Polish ones and a spaced hyphen into an en dash', () => {
    expect(polishTypography('konferencja "Praca socjalna" - w Krakowie')).toBe(`konferencja „Praca socjalna” – w${NBSP}Krakowie`);
  });
});

describe('English typography', () => {
  it('gives curly quotes and en dashes, keeps numbers with their units, and leaves one-letter words alone', () => {
    expect(englishTypography('a "symbolic event" - in 1989, PLN 400 and 400 zł under Art. 121')).toBe('a “symbolic event” – in 1989, PLN\u00a0400 and 400\u00a0zł under Art.\u00a0121');
    expect(englishTypography('a social worker in a gmina')).toBe('a social worker in a gmina');
  });
});
