import { describe, expect, it } from 'vitest';
import { phrasePatterns, wordForms } from './word-forms';

const finds = (phrases: string[], text: string) =>
  phrasePatterns(phrases).flatMap((re) => Array.from(text.matchAll(re), (m) => ({ i: m.index, s: m[0] }))).sort((a, b) => a.i - b.i).map((m) => m.s);

describe('Polish word forms', () => {
  it('matches case forms with a mobile e and consonant changes', () => {
    expect(finds(['ośrodek'], 'do ośrodka, w ośrodku, z ośrodkiem, ośrodków, ośrodek')).toEqual(['ośrodka', 'ośrodku', 'ośrodkiem', 'ośrodków', 'ośrodek']);
    expect(finds(['placówka'], 'w placówce i placówkach')).toEqual(['placówce', 'placówkach']);
    expect(finds(['wywiad środowiskowy'], 'w wywiadzie środowiskowym i wywiadu środowiskowego')).toEqual(['wywiadzie środowiskowym', 'wywiadu środowiskowego']);
    expect(finds(['pracownik socjalny'], 'Pracownicy socjalni i pracownikowi socjalnemu')).toEqual(['Pracownicy socjalni', 'pracownikowi socjalnemu']);
    expect(finds(['gmina'], 'w gminie, gminy, gminach')).toEqual(['gminie', 'gminy', 'gminach']);
  });

  it('matches whole words only, and not derived adjectives', () => {
    expect(finds(['gmina'], 'gminny ośrodek, podgmina')).toEqual([]);
    expect(finds(['powiat'], 'powiatowe centrum, powiatu')).toEqual(['powiatu']);
  });

  it('matches across a non-breaking space the typography inserted', () => {
    expect(finds(['placówka dla matek z dziećmi'], 'placówki dla matek z\u00a0dziećmi')).toHaveLength(1);
  });

  it('matches acronyms case-sensitively as whole words, with a hyphenated ending', () => {
    expect(finds(['DPS'], 'DPS, DPS-u, w DPS-ie; dps, DPSy, ADPS')).toEqual(['DPS', 'DPS-u', 'DPS-ie']);
    expect(finds(['OPS'], 'MOPS i OPS')).toEqual(['OPS']);
  });

  it('keeps acronyms case-sensitive and their spelled-out aliases case-free', () => {
    expect(finds(['DPS', 'dom pomocy społecznej'], 'Dom pomocy społecznej, dps, DPS')).toEqual(['Dom pomocy społecznej', 'DPS']);
  });

  it('keeps short words and words with digits exact', () => {
    expect(wordForms('dla')).toBe('dla');
    expect(wordForms('art.')).toBe('art\\.');
  });
});
