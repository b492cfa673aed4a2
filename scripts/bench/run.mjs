// npm run bench [-- --pages N[,M…]]: build cost and search cost as the knowledge base grows.
// For each N: generate N synthetic pages into a temporary copy of the project, build it with the
// real pipeline (Astro, every plugin, the Pagefind index and the lemma tables), serve it, and
// measure search in Chromium. Prints one table row per N and a one-line summary.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { build, dirBytes, prepare } from './project.mjs';
import { searchCost } from './search-cost.mjs';

const args = process.argv.slice(2);
const at = args.indexOf('--pages');
const sizes = at >= 0 ? args[at + 1].split(',').map(Number) : [100, 1000];
const keep = args.includes('--keep');

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
