// npm run bench [-- --pages N[,M…]]: build cost and search cost as the knowledge base grows.
// For each N: generate N synthetic pages into a temporary copy of the project, build it with the
// real pipeline (Astro, every plugin, the Pagefind index and the lemma tables), serve it, and
// measure search in Chromium. Prints one table row per N and a one-line summary.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { page, random, vocabulary } from './generate.mjs';
import { searchCost } from './search-cost.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const sizes = at >= 0 ? args[at + 1].split(',').map(Number) : [100, 1000];
const keep = args.includes('--keep');

function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, n) => {
    const p = join(dir, n);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirBytes(p) : s.size);
  }, 0);
}

/** A copy of the project with N extra pages; node_modules is linked, not copied. */
function prepare(n) {
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

/** Runs `astro build` under GNU time when it exists (peak RSS of the largest process), else reports RSS as n/a. */
function build(dir) {
  return new Promise((done, fail) => {
    const astro = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'];
    const timed = existsSync('/usr/bin/time');
    const [cmd, argv] = timed ? ['/usr/bin/time', ['-f', 'KPS_MAXRSS_KB=%M', process.execPath, ...astro]] : [process.execPath, astro];
    const child = spawn(cmd, argv, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', KPS_OUT_DIR: join(dir, 'dist'), KPS_CACHE_DIR: join(dir, '.cache') } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const t0 = performance.now();
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      writeFileSync(join(dir, 'build.log'), out);
      if (code !== 0) return fail(new Error(`build of ${dir} failed:\n${out.slice(-3000)}`));
      const rss = /KPS_MAXRSS_KB=(\d+)/.exec(out);
      const index = /\[kps:pagefind\] Pagefind: .*razem (\d+(?:\.\d+)?) s\)/.exec(out);
      done({ seconds, rssMiB: rss ? Number(rss[1]) / 1024 : NaN, indexSeconds: index ? Number(index[1]) : NaN });
    });
  });
}

function htmlPages(dir) {
  return readdirSync(dir).reduce((sum, n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' ? sum : sum + htmlPages(p);
    return sum + (n.endsWith('.html') ? 1 : 0);
  }, 0);
}

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
const header = '| pages built | build s | astro s | index s | ms/page | peak RSS MiB | dist MiB | index MiB | 1st query KiB | later query KiB | median latency ms |';
console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(header);
console.log(header.replace(/[^|]/g, '-'));
const rows = [];
for (const n of sizes) {
  const dir = prepare(n);
  const b = await build(dir);
  const dist = join(dir, 'dist');
  const pages = htmlPages(dist);
  const search = await searchCost(dist);
  const row = {
    n: pages, ...b, astroSeconds: b.seconds - (b.indexSeconds || 0),
    msPerPage: (b.seconds * 1000) / pages, distMiB: dirBytes(dist) / 2 ** 20, indexMiB: dirBytes(join(dist, 'pagefind')) / 2 ** 20, ...search,
  };
  rows.push(row);
  console.log(`| ${row.n} | ${fmt(row.seconds)} | ${fmt(row.astroSeconds)} | ${fmt(row.indexSeconds)} | ${fmt(row.msPerPage)} | ${fmt(row.rssMiB, 0)} | ${fmt(row.distMiB)} | ${fmt(row.indexMiB)} | ${fmt(row.firstKiB)} | ${fmt(row.laterKiB)} | ${fmt(row.medianMs, 0)} |`);
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
const last = rows[rows.length - 1];
console.log(`Summary: ${last.n} pages (${sizes[sizes.length - 1]} generated) built in ${fmt(last.seconds)} s (${fmt(last.msPerPage)} ms/page, peak ${fmt(last.rssMiB, 0)} MiB); first query ${fmt(last.firstKiB)} KiB, later ${fmt(last.laterKiB)} KiB, median search latency ${fmt(last.medianMs, 0)} ms.`);
