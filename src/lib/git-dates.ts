/**
 * The history of each content file, from git: one `git log` for the whole content tree, read once per build.
 * It dates every page (its last change), lists its „Historia zmian”, and names the version a citation cites.
 *
 * The history is only trusted when it is complete: in a shallow clone every file seems to have changed in the one
 * commit there is, and a copy without git has none. Then pages fall back to their `reviewed` date and say that
 * their history is not available, instead of showing a wrong date.
 */
import { execFileSync } from 'node:child_process';
import { contentDir } from './content-dir.ts';
import { pluralPl } from './plural.ts';

const SEPARATOR = '\u0000';
const FIELD = '\u001f';

/** One commit that changed a file. */
export interface FileChange {
  /** The full commit hash. */
  hash: string;
  /** The committer's calendar day, `YYYY-MM-DD`, as written in the commit's ISO date. */
  day: string;
  /**
   * For readers, in Polish: the commit's `Zmiana:` trailer where it has one; else what it did to the file
   * („Pierwsza wersja strony”, „Zmiana treści: dodano 12 wierszy, usunięto 3 wiersze”). Commit subjects are the
   * developers' English, so they are not shown.
   */
  description: string;
  /** The same for readers of the English edition: the commit's `Change:` trailer, else what it did, in English. */
  english: string;
}

export interface ContentHistory {
  /** False in a shallow clone or without git: then no date or list may be read from `changes`. */
  complete: boolean;
  /** File path (relative to the working directory) → its commits, newest first. */
  changes: Map<string, FileChange[]>;
  /** Files whose text differs from their last commit (edited, or not committed yet): no commit is their version. */
  uncommitted: Set<string>;
}

/** Paths named by `git status --porcelain -z` (both sides of a rename). */
export function parseGitStatus(output: string): Set<string> {
  return new Set(output.split('\0').map((e) => e.replace(/^.{3}/, '')).filter(Boolean));
}

/** The `git log` format `parseGitLog` reads: hash, ISO date, the `Zmiana:` and `Change:` trailers, then (`--numstat`) the files. */
export const GIT_LOG_FORMAT = `%x00%H%x1f%cI%x1f%(trailers:key=Zmiana,valueonly,separator=%x20)%x1f%(trailers:key=Change,valueonly,separator=%x20)`;

const lines = (n: number) => `${n} ${pluralPl(n, ['wiersz', 'wiersze', 'wierszy'])}`;

/** What a commit did to a file, said for readers. */
export function describeChange(added: number, deleted: number, first: boolean): string {
  if (first) return 'Pierwsza wersja strony';
  const parts = [added ? `dodano ${lines(added)}` : '', deleted ? `usunięto ${lines(deleted)}` : ''].filter(Boolean);
  return `Zmiana treści${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

const linesEn = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;

/** What a commit did to a file, said for readers of the English edition. */
export function describeChangeEn(added: number, deleted: number, first: boolean): string {
  if (first) return 'First version of the page';
  const parts = [added ? `${linesEn(added)} added` : '', deleted ? `${linesEn(deleted)} removed` : ''].filter(Boolean);
  return `Content changed${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** Reads `git log --format=GIT_LOG_FORMAT --numstat` output (newest commit first) into file → its commits. */
export function parseGitLog(output: string): Map<string, FileChange[]> {
  const found = new Map<string, Array<{ hash: string; day: string; trailer: string; trailerEn: string; added: number; deleted: number }>>();
  for (const chunk of output.split(SEPARATOR)) {
    const [head = '', ...files] = chunk.split('\n');
    const [hash, date, trailer = '', trailerEn = ''] = head.split(FIELD);
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(date?.trim() ?? '')?.[1];
    if (!hash || !day) continue;
    for (const line of files) {
      const m = /^(\d+|-)\t(\d+|-)\t(.+)$/.exec(line.trim());
      if (!m) continue;
      const list = found.get(m[3]!) ?? [];
      list.push({ hash: hash.trim(), day, trailer: trailer.trim(), trailerEn: trailerEn.trim(), added: Number(m[1]) || 0, deleted: Number(m[2]) || 0 });
      found.set(m[3]!, list);
    }
  }
  return new Map([...found].map(([file, list]) => [file, list.map((c, i) => ({
    hash: c.hash,
    day: c.day,
    description: c.trailer || describeChange(c.added, c.deleted, i === list.length - 1),
    english: c.trailerEn || describeChangeEn(c.added, c.deleted, i === list.length - 1),
  }))]));
}

const git = (args: string[], cwd: string) =>
  execFileSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });

const cache = new Map<string, ContentHistory>();

/** The history of every file under `dir`, paths relative to the working directory. Cached for the build. */
export function contentHistory(dir = '.', cwd = process.cwd(), cached = true): ContentHistory {
  const key = `${cwd}${SEPARATOR}${dir}`;
  const known = cached ? cache.get(key) : undefined;
  if (known) return known;
  let history: ContentHistory = { complete: false, changes: new Map(), uncommitted: new Set() };
  try {
    // A shallow clone cuts the history: what is left would date every page to the clone's one commit.
    if (git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'false') {
      // `git log --relative` names files from `cwd`; `git status --porcelain` from the repository's root.
      const prefix = git(['rev-parse', '--show-prefix'], cwd).trim();
      const status = parseGitStatus(git(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--no-renames', '--', dir], cwd));
      history = {
        complete: true,
        changes: parseGitLog(git(['log', `--format=${GIT_LOG_FORMAT}`, '--numstat', '--relative', '--no-renames', '--', dir], cwd)),
        uncommitted: new Set([...status].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))),
      };
    }
  } catch {
    // No git or no repository (e.g. a tarball of the site): the history stays unknown.
  }
  cache.set(key, history);
  return history;
}

/** A content file's path as git names it: `./content/a.md` → `content/a.md`. */
export const repoPath = (file: string) => file.replace(/^\.\//, '');

/** The commit whose text of the file the build shows: its latest, unless the file was changed since (then none). */
export function citedVersion(file: string | undefined, history: ContentHistory = contentHistory(contentDir())): FileChange | undefined {
  if (!file || history.uncommitted.has(repoPath(file))) return undefined;
  return fileChanges(file, history)?.[0];
}

/** The commits of one content file, newest first; undefined when the history is not complete. */
export function fileChanges(file: string | undefined, history: ContentHistory = contentHistory(contentDir())): FileChange[] | undefined {
  if (!history.complete) return undefined;
  return file ? (history.changes.get(repoPath(file)) ?? []) : [];
}

/**
 * The page's last change: its content file's latest commit, or `reviewed` when git has none (or the history is cut).
 * If `reviewed` is later (an editor checked the page in a change not yet committed), that is the later change.
 */
export function lastChange(file: string | undefined, reviewed: Date, history: ContentHistory = contentHistory(contentDir())): Date {
  const day = fileChanges(file, history)?.[0]?.day;
  const fromGit = day ? new Date(`${day}T00:00:00Z`) : undefined;
  return fromGit && fromGit > reviewed ? fromGit : reviewed;
}
