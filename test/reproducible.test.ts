/**
 * Reproducible build: two builds of the same sources give a byte-identical `dist/`, apart from the files listed in
 * REPRODUCIBLE_EXCEPTIONS; and a plain build (`KPS_PLAIN_BUILD=1`, every speed and memory accelerator of
 * src/integrations/accelerators/ off) gives the same `dist/` as the normal one, with no exception at all. The sources
 * are snapshotted first (every file git tracks or would track), so that edits made to the working tree while the test
 * runs can't make the builds differ; each build gets its own cache folder.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';

/**
 * Files allowed to differ between two builds, and why. Empty today: Astro names its assets by content hash,
 * the sitemap has no dates, the pages carry only dates from content (`reviewed`, git history), and Pagefind
 * writes its index deterministically. Add a pattern here only with the reason.
 */
export const REPRODUCIBLE_EXCEPTIONS: Array<{ pattern: RegExp; why: string }> = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p).map((f) => join(name, f)) : [name];
  });
}

/** The relative paths that differ between two folders: missing on one side or with other bytes. */
export function differingFiles(a: string, b: string): string[] {
  const fa = new Set(files(a));
  const fb = new Set(files(b));
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => !fa.has(f) || !fb.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
}

/** A copy of the sources as git sees them (tracked and untracked, not ignored), sharing node_modules and .git. */
function snapshot(into: string): string {
  const src = join(into, 'src-snapshot');
  const list = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
  if (list.status !== 0) throw new Error(`git ls-files failed: ${list.stderr}`);
  for (const f of list.stdout.split('\0').filter(Boolean)) {
    try {
      mkdirSync(dirname(join(src, f)), { recursive: true });
      cpSync(join(ROOT, f), join(src, f));
    } catch (e) {
      // A file deleted since `git ls-files` ran is simply not part of the snapshot.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
  symlinkSync(join(ROOT, 'node_modules'), join(src, 'node_modules'), 'dir');
  // The repository itself, for the dates the build reads from git history.
  symlinkSync(join(ROOT, '.git'), join(src, '.git'), 'dir');
  return src;
}

function build(cwd: string, out: string, cache: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [join(cwd, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KPS_OUT_DIR: out, KPS_CACHE_DIR: cache, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`astro build failed:\n${`${r.stdout}\n${r.stderr}`.slice(-3000)}`);
  return `${r.stdout}\n${r.stderr}`;
}

describe('reproducible build', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'kps-repro-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('compares folders byte by byte', () => {
    const a = join(tmp, 'cmp-a');
    const b = join(tmp, 'cmp-b');
    for (const [d, text] of [[a, 'x'], [b, 'y']] as const) {
      mkdirSync(join(d, 'sub'), { recursive: true });
      cpSync(join(ROOT, 'package.json'), join(d, 'same.json'));
      cpSync(join(ROOT, 'package.json'), join(d, 'sub', `only-${text}.json`));
      spawnSync('sh', ['-c', `printf ${text} > ${join(d, 'differs.txt')}`]);
    }
    expect(differingFiles(a, b)).toEqual(['differs.txt', join('sub', 'only-x.json'), join('sub', 'only-y.json')]);
  });

  let src = '';
  let log = '';

  it('two builds of the same sources give the same dist/, apart from the listed exceptions', () => {
    src = snapshot(tmp);
    log = build(src, join(tmp, 'dist-1'), join(tmp, 'cache-1'));
    build(src, join(tmp, 'dist-2'), join(tmp, 'cache-2'));
    const differing = differingFiles(join(tmp, 'dist-1'), join(tmp, 'dist-2'));
    const unexpected = differing.filter((f) => !REPRODUCIBLE_EXCEPTIONS.some((e) => e.pattern.test(f.replace(/\\/g, '/'))));
    expect(unexpected).toEqual([]);
    expect(files(join(tmp, 'dist-1')).length).toBeGreaterThan(20);
    // The search index is part of what is compared.
    expect(existsSync(join(tmp, 'dist-1', 'pagefind', 'pagefind-entry.json'))).toBe(true);
  }, 600_000);

  it('a plain build, every speed and memory accelerator off (KPS_PLAIN_BUILD=1), gives the same dist/ as the normal build', () => {
    expect(src, 'the normal build above ran').not.toBe('');
    // The normal build used its accelerators: Markdown on threads (the plain one renders on the main thread).
    expect(log).toMatch(/Markdown: \d+ stron\S* wyrenderowan\S* poza głównym wątkiem/);
    const plain = build(src, join(tmp, 'dist-plain'), join(tmp, 'cache-plain'), { KPS_PLAIN_BUILD: '1' });
    expect(plain).not.toMatch(/poza głównym wątkiem/);
    expect(differingFiles(join(tmp, 'dist-1'), join(tmp, 'dist-plain'))).toEqual([]);
  }, 600_000);
});
