// The benchmark's project: a copy of this one with N generated pages, and its build, timed, with its peak RSS.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { page, random, vocabulary } from './generate.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

export function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, n) => {
    const p = join(dir, n);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirBytes(p) : s.size);
  }, 0);
}

/** A copy of the project with N extra pages; node_modules is linked, not copied. */
export function prepare(n) {
  const dir = `/tmp/kps-bench-${n}`;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  for (const name of readdirSync(ROOT)) {
    if (['node_modules', 'dist', '.git', '.astro', 'test'].includes(name)) continue;
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const vocab = vocabulary(join(ROOT, 'content'));
  const rand = random(n);
  mkdirSync(join(dir, 'content/articles/bench'), { recursive: true });
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, `content/articles/bench/procedura-${i}.md`), page(i, vocab, rand));
  return dir;
}

/**
 * `astro build` of the copy, under GNU time when it exists (peak RSS of the largest process), else RSS n/a.
 * `env` adds to the environment (e.g. KPS_ACCELERATORS_OFF); `outName` and `cacheName` are folders inside `dir`.
 */
export function build(dir, env = {}, outName = 'dist', cacheName = '.cache') {
  return new Promise((done, fail) => {
    const astro = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const timed = existsSync('/usr/bin/time');
    const [cmd, argv] = timed ? ['/usr/bin/time', ['-f', 'KPS_MAXRSS_KB=%M', process.execPath, ...astro]] : [process.execPath, astro];
    const child = spawn(cmd, argv, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KPS_OUT_DIR: join(dir, outName), KPS_CACHE_DIR: join(dir, cacheName), ...env } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const t0 = performance.now();
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      writeFileSync(join(dir, outName === 'dist' ? 'build.log' : `${outName}.log`), out);
      if (code !== 0) return fail(new Error(`build of ${dir} failed:\n${out.slice(-3000)}`));
      const rss = /KPS_MAXRSS_KB=(\d+)/.exec(out);
      const index = /\[kps:pagefind\] Pagefind: .*razem (\d+(?:\.\d+)?) s\)/.exec(out);
      done({ seconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, indexSeconds: index ? Number(index[1]) : NaN });
    });
  });
}

