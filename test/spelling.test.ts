/**
 * A Polish spell check of all built text, with the Hunspell dictionary (dictionary-pl, through nspell)
 * and the project's own word list for names and terms (content/slowa.txt): no unknown word may remain.
 */
import dictionary from 'dictionary-pl';
import nspell from 'nspell';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';
import { builtPages } from './helpers/dist';
import { proseOf, wordsOf } from './helpers/text';

const projectWords = readFileSync(resolve(ROOT, 'content/slowa.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);

describe('Polish spelling of the built site', () => {
  it('has no unknown words', () => {
    const spell = nspell(dictionary);
    for (const w of projectWords) spell.add(w);
    const unknown = new Map<string, Set<string>>();
    for (const page of builtPages()) {
      for (const word of wordsOf(proseOf(page.doc))) {
        // Acronyms (MOPS, ŚDS) are checked against the glossary, not the dictionary.
        if (/^\p{Lu}{2,}$/u.test(word)) continue;
        if (spell.correct(word) || word.split('-').every((part) => spell.correct(part))) continue;
        unknown.set(word, (unknown.get(word) ?? new Set()).add(page.url));
      }
    }
    const report = [...unknown].map(([w, pages]) => `${w} (${[...pages].slice(0, 3).join(', ')})`);
    expect(report).toEqual([]);
  }, 120_000);
});
