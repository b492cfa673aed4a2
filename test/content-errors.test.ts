/**
 * Bad content stops the build with a message naming the file, the field and the problem.
 * Each case copies the minimal fixture tree, breaks one thing, and builds it.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './helpers/astro';

const TMP = resolve(ROOT, 'test/.tmp/content-errors');
const FIXTURE = resolve(ROOT, 'test/fixtures/minimal');

function buildWith(name: string, files: Record<string, string>) {
  const dir = join(TMP, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, 'content', path), text);
  return astroBuild({
    KPS_CONTENT_DIR: `test/.tmp/content-errors/${name}/content`,
    KPS_OUT_DIR: join(dir, 'dist'),
    KPS_CACHE_DIR: join(dir, 'cache'),
  });
}

const article = (front: string, body = 'Tekst.[^1]\n\n[^1]: [@krakow].\n') =>
  `---\n${front}\ndescription: Opis strony testowej, wystarczająco długi, by spełnić wymagania schematu treści.\nsection: historia\nsources: [krakow]\nreviewed: 2026-11-23\n---\n\n${body}`;

afterAll(() => rmSync(TMP, { recursive: true, force: true }));

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
    const r = buildWith('dangling', { 'glossary/mops.yaml': 'term: MOPS\ndefinition: Miejski ośrodek pomocy społecznej w mieście.\nseeAlso: [nie-ma-takiego]\nsources: [krakow]\n' });
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

  it('citation of an unknown source: names the file and the source id', () => {
    const r = buildWith('citation', { 'articles/cytat.md': article('title: Złe źródło', 'Zdanie.[^1]\n\n[^1]: [@nie-istnieje].\n') });
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('articles/cytat.md');
    expect(r.output).toContain('nie-istnieje');
  });
});
