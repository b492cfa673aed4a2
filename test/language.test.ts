/** Polish typography and sourcing, checked on the built pages. */
import { describe, expect, it } from 'vitest';
import { builtPages, isReadingPage } from './helpers/dist';
import { proseOf } from './helpers/text';

// Polish typography on Polish pages only: the English edition has its own (test/english.test.ts).
const pages = builtPages().filter((p) => !p.url.startsWith('/en/'));
const reading = pages.filter(isReadingPage);

describe('Polish typography in the built text', () => {
  it('leaves no one-letter word at the end of a line (a non-breaking space follows it)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      // Tags become „|”, so a letter that ends one block and a word that starts the next are not taken for a pair.
      const text = proseOf(p.doc, '|').replace(/\s+/g, (s) => (s.includes('\u00a0') ? '\u00a0' : ' '));
      for (const m of text.matchAll(/(?<![\p{L}\d.,])([aiouwzAIOUWZ]) (?=[\p{L}\d„(])/gu)) {
        bad.push(`${p.url}: „…${text.slice(Math.max(0, m.index - 20), m.index + 20).trim()}…”`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('binds numbers to their units („400 zł”, „1989 r.”)', () => {
    const bad: string[] = [];
    for (const p of pages) {
      const text = proseOf(p.doc);
      for (const m of text.matchAll(/\d (zł|tys\.|r\.)/g)) bad.push(`${p.url}: ${text.slice(m.index - 10, m.index + 10)}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });

  it('uses Polish quotation marks, not straight ones', () => {
    for (const p of pages) expect(proseOf(p.doc), p.url).not.toMatch(/"/);
  });
});

describe('sourcing', () => {
  it('every reading page has at least one footnote that cites a source', () => {
    for (const p of reading) {
      const cited = p.doc.querySelectorAll('section[data-footnotes] li a[href^="/zrodla/#"]').length
        + p.doc.querySelectorAll('.entry-src a[href^="/zrodla/#"]').length;
      expect(cited, `${p.url} has no footnote citing a source`).toBeGreaterThan(0);
    }
  });
});
