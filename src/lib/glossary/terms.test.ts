import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSentence, loadGlossaryTerms, shortDefinition } from './terms';

describe('glossary terms for the Markdown pipeline', () => {
  it('takes the first sentence, not stopping at abbreviations', () => {
    expect(firstSentence('Święto obchodzone m.in. 21 listopada. Upamiętnia Charzykowy.')).toBe('Święto obchodzone m.in. 21 listopada.');
    expect(firstSentence('Przepis art. 121 ust. 4 ustawy. Drugie zdanie.')).toBe('Przepis art. 121 ust. 4 ustawy.');
    expect(firstSentence('Jedno zdanie bez kropki')).toBe('Jedno zdanie bez kropki');
  });

  it('writes the term, its expansion and the first sentence', () => {
    expect(shortDefinition({ term: 'OPS', expansion: 'ośrodek pomocy społecznej', definition: 'Gminna jednostka. Więcej.' })).toBe('OPS (ośrodek pomocy społecznej): Gminna jednostka.');
  });

  it('reads the YAML files, with ids from file names, and an empty list for a missing folder', () => {
    const terms = loadGlossaryTerms(resolve(import.meta.dirname, '../../../test/fixtures/minimal/glossary'));
    expect(terms.map((t) => t.id)).toEqual(['ops']);
    expect(terms[0]!.tip).toMatch(/^OPS/);
    expect(loadGlossaryTerms('/nie/ma/takiego/katalogu')).toEqual([]);
  });
});
