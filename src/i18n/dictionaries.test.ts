import { describe, expect, it } from 'vitest';
import { dictionaries, langOf, ui } from './index';

/** Every key path of a dictionary with the kind of its value: `cite.styles.apa: string`, `search.resultsCount: function`. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'string' || typeof value === 'function') return [`${path}: ${typeof value}`];
  if (Array.isArray(value)) return [`${path}: list of ${value.length}`];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k));
  return [`${path}: ${typeof value}`];
}

describe('UI dictionaries', () => {
  it('the English dictionary has exactly the keys of the Polish one, with values of the same kind', () => {
    expect(shape(dictionaries.en).sort()).toEqual(shape(dictionaries.pl).sort());
  });

  it('a missing key is noticed', () => {
    const { toc: _, ...missing } = dictionaries.en;
    expect(shape(missing).sort()).not.toEqual(shape(dictionaries.pl).sort());
  });

  it('no English string is left empty or in Polish letters only Polish uses', () => {
    const english = shape(dictionaries.en).filter((s) => s.endsWith(': string'));
    expect(english.length).toBeGreaterThan(100);
    const strings: string[] = [];
    const walk = (v: unknown) => { if (typeof v === 'string') strings.push(v); else if (v && typeof v === 'object') Object.values(v).forEach(walk); };
    walk(dictionaries.en);
    expect(strings.filter((s) => !s.trim())).toEqual([]);
    // Polish words on English pages are names (Kompendium pracownika socjalnego, gmina, Charzykowy) or marked as Polish.
    const allowed = /Kompendium pracownika socjalnego|wywiad środowiskowy|gmina|powiat|województwo|„|”/;
    expect(strings.filter((s) => /[ąćęłńóśźż]/i.test(s) && !allowed.test(s))).toEqual([]);
  });

  it('picks the edition from the address', () => {
    expect(langOf('/')).toBe('pl');
    expect(langOf('/historia/charzykowy-1989/')).toBe('pl');
    expect(langOf('/en/')).toBe('en');
    expect(langOf('/en/roles/mediator/')).toBe('en');
    expect(langOf('/entry/')).toBe('pl');
    expect(ui(new URL('https://x.pl/en/history/')).lang).toBe('en');
  });
});
