/**
 * The date each content file last changed, from git: one `git log` for the whole content tree, read once per build.
 * A file git does not know (new, uncommitted, or no repository at all) falls back to its `reviewed` date.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir';

const SEPARATOR = '\u0000';

/**
 * Reads `git log --format=%x00%cI --name-only` output (newest commit first) into file → `YYYY-MM-DD` of its latest commit.
 * The day is the committer's calendar day, as written in the ISO date.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const chunk of output.split(SEPARATOR)) {
    const [head, ...files] = chunk.split('\n');
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(head?.trim() ?? '')?.[1];
    if (!day) continue;
    for (const file of files) {
      const f = file.trim();
      if (f && !dates.has(f)) dates.set(f, day);
    }
  }
  return dates;
}

const cache = new Map<string, Map<string, string>>();

/** Latest commit day of every file under `dir`, paths relative to the working directory. Cached for the build. */
export function gitDates(dir = '.', cwd = process.cwd()): Map<string, string> {
  const key = `${cwd}\u0000${dir}`;
  const known = cache.get(key);
  if (known) return known;
  let dates = new Map<string, string>();
  try {
    const out = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames', '--', dir], {
      cwd,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    dates = parseGitLog(out);
  } catch {
    // No git or no repository (e.g. a tarball of the site): every page falls back to its reviewed date.
  }
  cache.set(key, dates);
  return dates;
}

/**
 * The page's last change: its content file's latest commit, or `reviewed` when git has none.
 * If `reviewed` is later (an editor checked the page in a change not yet committed), that is the later change.
 */
export function lastChange(file: string | undefined, reviewed: Date, dates: Map<string, string> = gitDates(contentDir())): Date {
  const day = file ? dates.get(file.replace(/^\.\//, '')) : undefined;
  const fromGit = day ? new Date(`${day}T00:00:00Z`) : undefined;
  return fromGit && fromGit > reviewed ? fromGit : reviewed;
}

/** The day of the repository's latest commit (`YYYY-MM-DD`), or undefined without git. */
export function headCommitDay(cwd = process.cwd()): string | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /^(\d{4}-\d{2}-\d{2})T/.exec(out.trim())?.[1];
  } catch {
    return undefined;
  }
}
