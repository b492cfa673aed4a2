/**
 * Polish typography for running text, applied by the build so writers don't have to:
 * - a non-breaking space after one-letter words (w, z, i, a, o, u), so none is left at the end of a line;
 * - a non-breaking space between a number and its unit („400 zł”, „20 tys.”, „1989 r.”)
 *   and between a legal abbreviation and its number („art. 121”, „poz. 593”);
 * - „Polish quotes” for straight double quotes, and an en dash for a spaced hyphen.
 */
export const NBSP = '\u00a0';

const ONE_LETTER = /(^|[\s\u00a0(„\[–—])([aiouwzAIOUWZ]) +/g;
const NUMBER_UNIT = /(\d) +(zł|tys\.|mln|mld|%|proc\.|r\.|h\b|godz\.|km|osób|rodzin|dni)/g;
const ABBR_NUMBER = /\b(art\.|ust\.|pkt|poz\.|nr|s\.|§|Dz\.U\.|t\.j\.) +(?=\d)/g;
const STRAIGHT_QUOTES = /"([^"\n]+)"/g;
const SPACED_HYPHEN = / - /g;

export function polishTypography(text: string): string {
  let out = text.replace(STRAIGHT_QUOTES, '„$1”').replace(SPACED_HYPHEN, ' – ');
  // Run twice: „a i w” has overlapping matches that one pass leaves half done.
  out = out.replace(ONE_LETTER, `$1$2${NBSP}`).replace(ONE_LETTER, `$1$2${NBSP}`);
  out = out.replace(NUMBER_UNIT, `$1${NBSP}$2`);
  out = out.replace(ABBR_NUMBER, `$1${NBSP}`);
  return out;
}

const ENGLISH_QUOTES = /"([^"\n]+)"/g;
const EN_NUMBER_UNIT = /(\d) +(PLN|zł|%|km|h\b)/g;
const EN_ABBR_NUMBER = /\b(Art\.|para\.|p\.|pp\.|No\.|PLN|§|Dz\.U\.) +(?=\d)/g;

/**
 * English typography for the English edition: “curly quotes” for straight ones, an en dash for a spaced hyphen,
 * and a non-breaking space between a number and its unit („PLN 400”, „400 zł”) and after „Art.”, „para.”, „p.”.
 * None of the Polish rules: a one-letter word may end an English line.
 */
export function englishTypography(text: string): string {
  return text.replace(ENGLISH_QUOTES, '“$1”').replace(SPACED_HYPHEN, ' – ').replace(EN_NUMBER_UNIT, `$1${NBSP}$2`).replace(EN_ABBR_NUMBER, `$1${NBSP}`);
}

/** The typography of an edition: Polish rules on Polish pages only. */
export const typographyFor = (lang: 'pl' | 'en') => (lang === 'en' ? englishTypography : polishTypography);
