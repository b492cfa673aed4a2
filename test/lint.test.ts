/**
 * The content lint (`npm run lint:content`): each rule against its fixture in test/fixtures/lint/<rule>/,
 * the command's output and exit code, and the real content/, which must have no errors (warnings are allowed).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir } from '../src/lib/content-dir';
import { formatMessage, lintContent, rules, type Rule } from '../src/lib/lint/index';
import { ROOT } from './helpers/astro';

const fixture = (name: string) => resolve(ROOT, 'test/fixtures/lint', name);
const NOW = new Date('2026-11-23T12:00:00Z');
const rule = (id: string): Rule => rules.find((r) => r.id === id)!;
/** `file:line severity` of what one rule finds in its fixture. */
const found = (id: string, dir = id) => lintContent(fixture(dir), { now: NOW, only: [rule(id)] }).map((m) => `${m.file}:${m.line} ${m.severity}`);

describe('content lint rules, on fixtures', () => {
  it('ascii-quotes: straight quotes in prose and YAML text, not in code, tags, URLs or YAML’s own quotes', () => {
    expect(found('ascii-quotes')).toEqual([
      'articles/strona.md:3 error',
      'articles/strona.md:11 error',
      'sources/zrodlo.yaml:2 error',
      'sources/zrodlo.yaml:6 error',
    ]);
  });

  it('statistic-year: a statistic with no year, „nieznany” without a note, a figure in prose without a year', () => {
    expect(found('statistic-year')).toEqual([
      'articles/liczby.md:6 warning',
      'statistics/bez-roku.yaml:1 error',
      'statistics/rok-nieznany.yaml:2 error',
    ]);
  });

  it('page-sources: a reading page with no sources, or with no footnote citing one', () => {
    expect(found('page-sources')).toEqual([
      'articles/bez-pola.md:2 error',
      'articles/bez-przypisow.md:6 warning',
      'articles/pusta-lista.md:3 error',
    ]);
  });

  it('unused-source: cited by a page, a footnote, a data entry, a statistic or a glossary term’s English equivalent, or else reported', () => {
    expect(found('unused-source', 'unused-sources')).toEqual(['sources/nieuzywane.yaml:1 error']);
  });

  it('unused-glossary-term: used in text (any listed form), linked, seen-also or named by an institution, or else reported', () => {
    expect(found('unused-glossary-term', 'unused-glossary')).toEqual(['glossary/nieuzywane.yaml:2 error']);
  });

  it('reviewed-age: a warning once `reviewed` is more than 18 months old', () => {
    expect(found('reviewed-age')).toEqual(['articles/stara.md:4 warning', 'roles/tuz-za-granica.md:4 warning']);
  });

  it('legal-state-age: a warning once `legalState` is more than 12 months old', () => {
    expect(found('legal-state-age')).toEqual(['articles/stary-stan.md:5 warning']);
  });

  it('translation-outdated: an English page whose Polish page changed after its revision (warning), a revision that never changed it (error)', () => {
    // A real repository: the rule reads the content folder's git history.
    const dir = mkdtempSync(join(tmpdir(), 'kps-lint-translation-'));
    try {
      const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
      const write = (path: string, text: string) => { mkdirSync(dirname(join(dir, path)), { recursive: true }); writeFileSync(join(dir, path), text); };
      git('init', '-q');
      git('config', 'user.email', 'test@example.org');
      git('config', 'user.name', 'Test');
      write('articles/historia/a.md', '---\ntitle: A\n---\nTekst.\n');
      write('roles/b.md', '---\nname: b\n---\nTekst.\n');
      git('add', '.');
      git('commit', '-q', '-m', 'Polish pages');
      const first = git('rev-parse', 'HEAD');
      const page = (of: string, rev: string) => `---\ntitle: T\ntranslationOf: ${of}\ntranslatedRevision: ${rev}\n---\nText.\n`;
      write('en/a.md', page('/historia/a/', first));
      write('en/b.md', page('/role/b/', first));
      write('en/wrong.md', page('/historia/a/', 'deadbeef'));
      write('en/missing.md', page('/historia/nie-ma/', first));
      write('articles/historia/a.md', '---\ntitle: A\n---\nTekst zmieniony.\n');
      git('add', '.');
      git('commit', '-q', '-m', 'The Polish page changed', '--date', '2026-12-05T10:00:00Z');
      const messages = lintContent(dir, { now: NOW, only: [rule('translation-outdated')] });
      expect(messages.map((m) => `${m.file}:${m.line} ${m.severity}`)).toEqual(['en/a.md:4 warning', 'en/missing.md:3 error', 'en/wrong.md:4 error']);
      expect(messages[0]!.message).toContain('articles/historia/a.md');
      // An edit of a Polish page not committed yet counts as a change (the lint runs inside the content folder).
      write('roles/b.md', '---\nname: b\n---\nTekst poprawiony.\n');
      expect(lintContent(dir, { now: NOW, only: [rule('translation-outdated')] }).map((m) => `${m.file} ${m.severity}`)).toContain('en/b.md warning');
      // Without the history (no git) nothing can be said.
      rmSync(join(dir, '.git'), { recursive: true, force: true });
      expect(lintContent(dir, { now: NOW, only: [rule('translation-outdated')] })).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('every rule has a fixture test above', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(['ascii-quotes', 'legal-state-age', 'page-sources', 'reviewed-age', 'statistic-year', 'translation-outdated', 'unused-glossary-term', 'unused-source']);
  });
});

describe('npm run lint:content', () => {
  const run = (dir: string) => spawnSync(process.execPath, ['--experimental-strip-types', 'scripts/lint-content.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KPS_CONTENT_DIR: dir } });

  it('prints file:line messages and fails on errors', () => {
    const r = run('test/fixtures/lint/ascii-quotes');
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('test/fixtures/lint/ascii-quotes/articles/strona.md:11 error ascii-quotes: ');
    expect(r.stdout).toMatch(/lint:content: 4 error\(s\), \d+ warning\(s\)/);
  });

  it('passes with warnings only', () => {
    const r = run('test/fixtures/lint/reviewed-age');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('reviewed-age');
  });
});

describe('the content of the site', () => {
  it('has no lint errors (warnings are printed, not failed)', () => {
    const messages = lintContent(resolve(ROOT, contentDir()));
    const warnings = messages.filter((m) => m.severity === 'warning');
    if (warnings.length) console.warn(warnings.map((m) => formatMessage(m, contentDir())).join('\n'));
    expect(messages.filter((m) => m.severity === 'error').map((m) => formatMessage(m, contentDir()))).toEqual([]);
  });
});
