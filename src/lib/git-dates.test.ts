import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedVersion, contentHistory, fileChanges, lastChange, parseGitLog, parseGitStatus, type ContentHistory } from './git-dates';

const commit = (hash: string, date: string, trailer: string, files: string[], trailerEn = '') => `${hash}\u001f${date}\u001f${trailer}\u001f${trailerEn}\n\n${files.join('\n')}\n`;
const LOG = [
  '',
  commit('c'.repeat(40), '2026-11-24T08:00:00+00:00', '', ['12\t3\tcontent/articles/a.md']),
  commit('b'.repeat(40), '2026-11-23T19:30:00+01:00', 'Poprawiono rok śmierci', ['1\t1\tcontent/articles/a.md', '4\t0\tcontent/roles/r.md'], 'Corrected the year of death'),
  commit('a'.repeat(40), '2026-11-01T10:00:00+00:00', '', ['40\t0\tcontent/articles/a.md', '22\t0\tcontent/articles/b.md']),
].join('\u0000');
const history = (complete = true, uncommitted: string[] = []): ContentHistory => ({ complete, changes: parseGitLog(LOG), uncommitted: new Set(uncommitted) });

describe('git history of content files', () => {
  it('lists each file’s commits newest first, with the committer’s day and the Zmiana (Change) trailer, else what changed, in Polish and English', () => {
    const h = parseGitLog(LOG);
    expect(h.get('content/articles/a.md')).toEqual([
      { hash: 'c'.repeat(40), day: '2026-11-24', description: 'Zmiana treści: dodano 12 wierszy, usunięto 3 wiersze', english: 'Content changed: 12 lines added, 3 lines removed' },
      { hash: 'b'.repeat(40), day: '2026-11-23', description: 'Poprawiono rok śmierci', english: 'Corrected the year of death' },
      { hash: 'a'.repeat(40), day: '2026-11-01', description: 'Pierwsza wersja strony', english: 'First version of the page' },
    ]);
    expect(h.get('content/articles/b.md')).toHaveLength(1);
    expect(h.get('content/roles/r.md')?.[0]?.day).toBe('2026-11-23');
    expect(h.size).toBe(3);
  });

  it('dates a page by its latest commit, falls back to reviewed for a file git does not know, and takes the later of the two', () => {
    const reviewed = new Date('2026-11-10T00:00:00Z');
    expect(lastChange('content/articles/nowy.md', reviewed, history())).toEqual(reviewed);
    expect(lastChange(undefined, reviewed, history())).toEqual(reviewed);
    expect(lastChange('content/articles/a.md', reviewed, history()).toISOString().slice(0, 10)).toBe('2026-11-24');
    expect(lastChange('./content/articles/b.md', reviewed, history())).toEqual(reviewed);
  });

  it('trusts no date and no list from a cut history (shallow clone, no git)', () => {
    const reviewed = new Date('2026-11-10T00:00:00Z');
    expect(fileChanges('content/articles/a.md', history(false))).toBeUndefined();
    expect(lastChange('content/articles/a.md', reviewed, history(false))).toEqual(reviewed);
    expect(fileChanges('content/articles/nowy.md', history())).toEqual([]);
  });

  it('cites the latest commit of a file, and no commit for a file changed since or a cut history', () => {
    expect(citedVersion('content/articles/a.md', history())?.hash).toBe('c'.repeat(40));
    expect(citedVersion('content/articles/a.md', history(true, ['content/articles/a.md']))).toBeUndefined();
    expect(citedVersion('content/articles/a.md', history(false))).toBeUndefined();
    expect(citedVersion('content/articles/nowy.md', history())).toBeUndefined();
    expect([...parseGitStatus(' M content/articles/a.md\0?? content/articles/nowy.md\0')]).toEqual(['content/articles/a.md', 'content/articles/nowy.md']);
  });

  it('reads this repository with one git call; a shallow clone and a folder without git give an incomplete history', () => {
    const here = contentHistory('src/lib');
    if (here.complete) expect(here.changes.get('src/lib/dates.ts')?.[0]?.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const dir = mkdtempSync(join(tmpdir(), 'kps-git-'));
    try {
      const run = (args: string[], cwd = dir) => execFileSync('git', args, { cwd, stdio: 'ignore', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
      run(['init', '-q', 'full']);
      for (const n of [1, 2]) {
        writeFileSync(join(dir, 'full', `f${n}.md`), `${n}`);
        run(['add', '.'], join(dir, 'full'));
        run(['commit', '-q', '-m', `commit ${n}`, '-m', `Zmiana: zmiana numer ${n}`], join(dir, 'full'));
      }
      const full = contentHistory('.', join(dir, 'full'));
      expect(full.complete).toBe(true);
      expect(full.changes.get('f1.md')?.map((c) => c.description)).toEqual(['zmiana numer 1']);
      expect(full.changes.get('f2.md')?.map((c) => c.description)).toEqual(['zmiana numer 2']);
      expect(full.uncommitted.size).toBe(0);
      writeFileSync(join(dir, 'full', 'f2.md'), 'edited');
      expect([...contentHistory('.', join(dir, 'full'), false).uncommitted]).toEqual(['f2.md']);
      run(['clone', '-q', '--depth', '1', `file://${join(dir, 'full')}`, 'shallow']);
      expect(contentHistory('.', join(dir, 'shallow')).complete).toBe(false);
      expect(contentHistory('.', tmpdir()).complete).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
