/**
 * Bad content stops the build with a message naming the file, the field and the problem.
 * Each case copies the minimal fixture tree, breaks one thing, and builds it.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';
import { buildFixture, fixtureArticle as article } from './helpers/fixture-build';

const buildWith = (name: string, files: Record<string, string>) => buildFixture('content-errors', name, files);
/** A page in the section `praktyka` with the given extra frontmatter lines (e.g. its legal state). */
const legalPage = (extra: string) =>
  `---\ntitle: Strona o procedurze\ndescription: Opis strony testowej, wystarczająco długi, by spełnić wymagania schematu treści.\nsection: praktyka\nsources: [krakow]\nreviewed: 2026-11-23\n${extra}---\n\nTekst.[^1]\n\n[^1]: [@krakow].\n`;
/** An English page with the given extra frontmatter lines. */
const englishPage = (extra: string) =>
  `---\ntitle: English page\ndescription: A page for build tests, long enough to meet the requirements of the schema.\n${extra}sources: [krakow]\nreviewed: 2026-12-03\n---\n\nText.[^1]\n\n[^1]: [@krakow].\n`;
/** For the guided-reading cases: an article whose frontmatter is just a title. */
const titled = (title: string) => article(`title: ${title}`);

afterAll(() => rmSync(resolve(ROOT, 'test/.tmp/content-errors'), { recursive: true, force: true }));

describe('bad content stops the build', () => {
  it('builds the minimal fixture (the cases below fail for their own reason only)', () => {
    const r = buildWith('ok', {});
    expect(r.output).not.toMatch(/\[ERROR\]|Error:/);
    expect(r.status).toBe(0);
  });

  it('missing frontmatter field: names the file and the field', () => {
    const r = buildWith('missing-title', { 'articles/zla.md': article('order: 1') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/zla.md');
    expect(r.output).toMatch(/title/);
  });

  it('invalid frontmatter value: names the file, the field and the expected form', () => {
    const r = buildWith('bad-date', { 'timeline/zla.yaml': 'date: 21.11.1989\ntitle: Zła data\nsummary: Data w złym formacie, tak jak pisze się ją w tekście.\nsources: [krakow]\n' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('timeline/zla.yaml');
    expect(r.output).toMatch(/date/);
    expect(r.output).toContain('RRRR-MM-DD');
  });

  it('reference to an entry that does not exist: names the file, the field and the missing id', () => {
    const r = buildWith('dangling', { 'glossary/mops.yaml': 'term: MOPS\ndefinition: Miejski ośrodek pomocy społecznej w mieście.\nseeAlso: [nie-ma-takiego]\nenglish:\n  terms: [municipal social assistance centre]\n  established: false\n  definition: A social assistance centre in a town or city.\nsources: [krakow]\n' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('glossary/mops.yaml');
    expect(r.output).toContain('seeAlso[0]');
    expect(r.output).toContain('nie-ma-takiego');
  });

  it('two entries with one id: names both files', () => {
    const r = buildWith('duplicate', { 'articles/strona.mdx': article('title: Druga strona o tym samym id') });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/strona\.md\b/);
    expect(r.output).toContain('strona.mdx');
  });

  it('footnote reference without a definition: names the file, the line and the footnote', () => {
    const r = buildWith('footnote', { 'articles/przypis.md': article('title: Brak przypisu', 'Zdanie z przypisem.[^brak]\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/przypis.md:9');
    expect(r.output).toContain('[^brak]');
  });

  it('a page on law or procedure without its legal state: names the file and the field legalState', () => {
    const r = buildWith('legal-state-missing', { 'articles/praktyka/bez-stanu.md': legalPage('') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/praktyka/bez-stanu.md');
    expect(r.output).toContain('legalState');
    expect(r.output).toContain('musi podać stan prawny');
  });

  it('a malformed legal state: names the file, the field and the expected form', () => {
    const r = buildWith('legal-state-malformed', { 'articles/praktyka/zly-stan.md': legalPage('legalState: 15.06.2024\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/praktyka/zly-stan.md');
    expect(r.output).toContain('legalState');
    expect(r.output).toContain('RRRR-MM-DD');
  });

  it('a self-check question pointing at no heading: names the file, the field and the anchor', () => {
    const r = buildWith('self-check-anchor', {
      'articles/pytania.md': article('title: Pytania\nselfCheck:\n  - question: Co jest w pierwszej części?\n    answer: Tekst.\n    anchor: nie-ma-takiego', '## Pierwsza część\n\nTekst.[^1]\n\n[^1]: [@krakow].\n'),
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/pytania.md');
    expect(r.output).toContain('selfCheck[0].anchor');
    expect(r.output).toContain('„nie-ma-takiego”');
  });

  it('a footnote whose id a second call of another footnote would take: names the file, the line and both', () => {
    const r = buildWith('footnote-ids', { 'articles/przypisy.md': article('title: Zderzenie przypisów', 'Raz.[^a] Dwa.[^a] Trzy.[^a-2]\n\n[^a]: [@krakow].\n[^a-2]: [@krakow].\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/przypisy.md:12');
    expect(r.output).toContain('[^a-2]');
    expect(r.output).toContain('[^a]');
  });

  it('an English page translating no Polish page: names the file, the field translationOf and the address', () => {
    const r = buildWith('translation-of-nothing', { 'en/zla.md': englishPage('translationOf: /nie-ma-takiej/\ntranslatedRevision: f4d2e60\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('en/zla.md');
    expect(r.output).toMatch(/translationOf: nie ma polskiej strony pod adresem \/nie-ma-takiej\//);
  });

  it('an English page naming its Polish page but not the revision it translates: names the file and translatedRevision', () => {
    const r = buildWith('translation-without-revision', { 'en/zla.md': englishPage('translationOf: /strona/\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('en/zla.md');
    expect(r.output).toContain('translatedRevision');
  });

  it('two English pages translating one Polish page: names the second file and the first page', () => {
    const r = buildWith('translation-twice', { 'en/druga.md': englishPage('translationOf: /strona/\ntranslatedRevision: f4d2e60\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/en\/(druga|strona)\.md: translationOf: stronę \/strona\/ tłumaczy już \/en\/(strona|druga)\//);
  });

  it('a glossary term without its English equivalent: names the file and the field english', () => {
    const r = buildWith('glossary-without-english', { 'glossary/mops.yaml': 'term: MOPS\ndefinition: Miejski ośrodek pomocy społecznej w mieście.\nsources: [krakow]\n' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('glossary/mops.yaml');
    expect(r.output).toMatch(/english/);
  });

  it('an English equivalent called established without its source: names the file and english.source', () => {
    const r = buildWith('established-without-source', { 'glossary/mops.yaml': 'term: MOPS\ndefinition: Miejski ośrodek pomocy społecznej w mieście.\nenglish:\n  terms: [municipal social assistance centre]\n  established: true\n  definition: A social assistance centre in a town or city.\nsources: [krakow]\n' });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('glossary/mops.yaml');
    expect(r.output).toMatch(/english\.source|source/);
    expect(r.output).toContain('established: true');
  });

  it('an English list of roles while a role has no English page: names the missing file and translationOf', () => {
    const role = '---\nname: doradca\ntitle: Pracownik socjalny jako doradca\nsummary: Rola wymieniona w komunikacie Krakowa o Dniu Pracownika Socjalnego.\norder: 2\ncompetencies: [mediacja]\nsources: [krakow]\nreviewed: 2026-11-23\n---\n\nTekst.[^1]\n\n[^1]: [@krakow].\n';
    const r = buildWith('role-without-english', { 'roles/doradca.md': role });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/en/roles/doradca.md');
    expect(r.output).toContain('translationOf');
  });

  it('citation of an unknown source: names the file and the source id', () => {
    const r = buildWith('citation', { 'articles/cytat.md': article('title: Złe źródło', 'Zdanie.[^1]\n\n[^1]: [@nie-istnieje].\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/cytat.md');
    expect(r.output).toContain('nie-istnieje');
  });
});

// Bad guided-reading and chart data (issue #6) – here too, so that fixture builds run one after another.
const steps = ['a1', 'a2', 'a3', 'a4', 'a5'];
const articles = Object.fromEntries(steps.map((s) => [`articles/${s}.md`, titled(`Strona ${s}`)]));

describe('bad guided-reading data stops the build', () => {
  it('a step repeated in a path: names the path file, the field and the page', () => {
    const r = buildWith('path-repeat', {
      ...articles,
      'paths/zla.yaml': `audience: studenci\ntitle: Ścieżka testowa\npage: strona\nsteps: [a1, a2, a3, a2, a5]\n`,
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('paths/zla.yaml');
    expect(r.output).toContain('steps[3]');
    expect(r.output).toContain('„a2”');
  });

  it('a negative figure in a chart: names the data file, the field and the row', () => {
    const r = buildWith('chart-negative', {
      'articles/liczby.md': titled('Liczby').replace('reviewed:', 'listing: statistics\nreviewed:'),
      'statistics/zle.yaml': 'title: Dane testowe z ujemną liczbą\nyear: 2014\nunit: osoby\nrows:\n  - label: dobra\n    value: 5\n  - label: ujemna\n    value: -3\nsource: krakow\n',
    });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('statistics/zle.yaml');
    expect(r.output).toContain('rows');
    expect(r.output).toContain('„ujemna”');
  });
});
