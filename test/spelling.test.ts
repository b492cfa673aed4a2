/**
 * A spell check of all built text, in each page's language, with Hunspell dictionaries through nspell: Polish pages
 * with dictionary-pl and the project's word list for names and terms (content/slowa.txt); English pages with
 * dictionary-en-gb (British spelling, as the English pages use), the English word list (content/words.txt), and – for the Polish names English text keeps – the Polish
 * dictionary and word list. No unknown word may remain.
 */
import dictionaryPl from 'dictionary-pl';
import dictionaryEn from 'dictionary-en-gb';
import nspell from 'nspell';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';
import { builtPages } from './helpers/dist';
import { langOfPage, proseOf, wordsOf } from './helpers/text';

const wordList = (file: string) => readFileSync(resolve(ROOT, 'content', file), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);

function speller(dictionary: Parameters<typeof nspell>[0], ...lists: string[][]) {
  const spell = nspell(dictionary);
  for (const w of lists.flat()) spell.add(w);
  return spell;
}

describe('spelling of the built site', () => {
  it('has no unknown words, in Polish on Polish pages and in English on English pages', () => {
    const polish = speller(dictionaryPl, wordList('slowa.txt'));
    const english = speller(dictionaryEn, wordList('words.txt'));
    const known = (lang: 'pl' | 'en', word: string) => {
      const ok = (w: string) => polish.correct(w) || (lang === 'en' && english.correct(w));
      return ok(word) || word.split('-').every(ok);
    };
    const unknown = new Map<string, Set<string>>();
    for (const page of builtPages()) {
      const lang = langOfPage(page.doc);
      // English ordinals („19th century”) are numbers, not words.
      const prose = proseOf(page.doc, ' ', lang).replace(/\d+(st|nd|rd|th)\b/g, ' ');
      for (const word of wordsOf(prose)) {
        // Acronyms (MOPS, ŚDS) are checked against the glossary, not the dictionary.
        if (/^\p{Lu}{2,}$/u.test(word)) continue;
        if (known(lang, word)) continue;
        unknown.set(word, (unknown.get(word) ?? new Set()).add(page.url));
      }
    }
    const report = [...unknown].map(([w, pages]) => `${w} (${[...pages].slice(0, 3).join(', ')})`);
    expect(report).toEqual([]);
  }, 120_000);
});
