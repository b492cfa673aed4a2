/** The search index the build writes: smaller chunks, the form table, lemmas indexed but never shown. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fold, shardKey } from '../src/lib/search/fold';
import { builtPages, DIST, isReadingPage } from './helpers/dist';

const PF = join(DIST, 'pagefind');
const lookup = (word: string): string | undefined => {
  const f = fold(word);
  return (JSON.parse(readFileSync(join(PF, 'formy', `${shardKey(f)}.json`), 'utf8')) as Record<string, string>)[f];
};

describe('the search index', () => {
  it('is cut into chunks of a few KiB, all listed in the metadata the entry file names, in each language', () => {
    const entry = JSON.parse(readFileSync(join(PF, 'pagefind-entry.json'), 'utf8'));
    const chunks = readdirSync(join(PF, 'index'));
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'pl']);
    for (const lang of Object.keys(entry.languages)) {
      const meta = gunzipSync(readFileSync(join(PF, `pagefind.${entry.languages[lang].hash}.pf_meta`))).toString('latin1');
      const own = chunks.filter((c) => c.startsWith(`${lang}_`));
      expect(own.length, lang).toBeGreaterThan(lang === 'pl' ? 5 : 1);
      for (const c of own) {
        expect(statSync(join(PF, 'index', c)).size, c).toBeLessThanOrEqual(8 * 1024);
        expect(meta, c).toContain(c.replace('.pf_index', ''));
      }
    }
    expect(chunks.every((c) => /^(pl|en)_/.test(c))).toBe(true);
  });

  it('never ships the extra search words to the browser as page data', () => {
    for (const f of readdirSync(join(PF, 'fragment'))) {
      const data = JSON.parse(gunzipSync(readFileSync(join(PF, 'fragment', f))).toString('utf8').slice('pagefind_dcd'.length));
      expect(data.meta.formy, f).toBeUndefined();
      expect(data.meta.pojecia, f).toBeUndefined();
      expect(data.meta.tytul, f).toBeUndefined();
      expect(data.meta.title, f).toBeTruthy();
    }
  });

  it('keeps in each page fragment the heading anchors sub-results come from, and no others', () => {
    let headings = 0;
    for (const f of readdirSync(join(PF, 'fragment'))) {
      const data = JSON.parse(gunzipSync(readFileSync(join(PF, 'fragment', f))).toString('utf8').slice('pagefind_dcd'.length));
      for (const a of data.anchors) expect(a.element, `${f}: ${a.id}`).toMatch(/^h\d$/);
      headings += data.anchors.length;
    }
    expect(headings).toBeGreaterThan(20);
  });

  it('maps query words to lemmas: alternating, suppletive, without diacritics, acronym variants', () => {
    expect(lookup('ośrodka')).toBe('ośrodek');
    expect(lookup('osrodku')).toBe('ośrodek');
    expect(lookup('wnioski')).toBe('wniosek');
    expect(lookup('dzieci')).toBe('dziecko');
    expect(lookup('ludzie')).toBe('człowiek');
    expect(lookup('GOPS')).toBe('ops');
  });

  it('marks the words on nearly every page, so that a query drops them unless nothing else is left', () => {
    // „społecznej”, „pomocy” are on every page of this site: they tell no page from another.
    expect(lookup('spolecznej')).toMatch(/^~(9\d|100)społeczny$/);
    expect(lookup('pomocy')).toMatch(/^~(9\d|100)pomoc$/);
    expect(lookup('ośrodka')).toBe('ośrodek');
  });

  it('gives every article its audiences as a filter', () => {
    const reading = builtPages().filter(isReadingPage);
    const withAudience = reading.filter((p) => p.doc.querySelector('[data-pagefind-filter^="audience:"]'));
    expect(withAudience.length).toBeGreaterThan(reading.length / 2);
    for (const p of withAudience) {
      const audience = p.url.startsWith('/en/') ? /^audience:For (students|new social workers|teachers)$/ : /^audience:Dla (studentów|nowych pracowników|nauczycieli)$/;
      for (const el of p.doc.querySelectorAll('[data-pagefind-filter^="audience:"]')) expect(el.getAttribute('data-pagefind-filter'), p.url).toMatch(audience);
    }
  });
});
