import { describe, expect, it } from 'vitest';
import { gitDates, lastChange, parseGitLog } from './git-dates';

const LOG = [
  '',
  '2026-11-23T19:30:00+01:00\n\ncontent/articles/a.md\ncontent/roles/r.md\n',
  '2026-11-01T10:00:00+00:00\n\ncontent/articles/a.md\ncontent/articles/b.md\n',
].join('\u0000');

describe('git dates', () => {
  it('keeps the newest commit day of each file, as the committer wrote it', () => {
    const d = parseGitLog(LOG);
    expect(d.get('content/articles/a.md')).toBe('2026-11-23');
    expect(d.get('content/articles/b.md')).toBe('2026-11-01');
    expect(d.get('content/roles/r.md')).toBe('2026-11-23');
    expect(d.size).toBe(3);
  });

  it('falls back to reviewed for a file git does not know, and takes the later of the two', () => {
    const d = parseGitLog(LOG);
    const reviewed = new Date('2026-11-10T00:00:00Z');
    expect(lastChange('content/articles/nowy.md', reviewed, d)).toEqual(reviewed);
    expect(lastChange(undefined, reviewed, d)).toEqual(reviewed);
    expect(lastChange('content/articles/a.md', reviewed, d).toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(lastChange('./content/articles/b.md', reviewed, d)).toEqual(reviewed);
  });

  it('reads this repository with one git call', () => {
    const d = gitDates('src/lib');
    expect(d.get('src/lib/dates.ts')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
