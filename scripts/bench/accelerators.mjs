// npm run bench:accelerators [-- --pages N] [--runs R] [--only a,b]: what each build accelerator saves
// (src/integrations/accelerators/). One copy of the project with N generated pages (1000 by default) is built R
// times (2 by default) in each configuration, round-robin so that the machine's load falls on all alike: every
// accelerator on, each speed or memory accelerator turned off alone (KPS_ACCELERATORS_OFF), and all off
// (KPS_PLAIN_BUILD=1). Each build starts from an empty cache. Prints the median build time and peak RSS of each,
// and what the accelerator saves: the difference to the normal build, in seconds, MiB and per cent.
import { rmSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { build, prepare } from './project.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const pages = option('--pages', 1000);
const runs = option('--runs', 2);
const keep = args.includes('--keep');

// The switchable accelerators, as src/integrations/accelerators/registry.ts lists them (kept in step by its test).
export const SWITCHABLE = ['markdown-workers', 'data-store', 'collect-garbage', 'citation-templates'];

// `--only a,b`: the normal build and these accelerators turned off (no plain build), for a closer look at a few.
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const configs = [
  { name: 'normal', env: {} },
  ...SWITCHABLE.filter((id) => !only || only.includes(id)).map((id) => ({ name: `without ${id}`, id, env: { KPS_ACCELERATORS_OFF: id } })),
  ...(only ? [] : [{ name: 'plain (all off)', env: { KPS_PLAIN_BUILD: '1' } }]),
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

if (import.meta.main ?? process.argv[1]?.endsWith('accelerators.mjs')) {
  const dir = prepare(pages);
  const results = new Map(configs.map((c) => [c.name, []]));
  for (let r = 0; r < runs; r++) {
    for (const [i, c] of configs.entries()) {
      const out = `dist-${i}`;
      const cache = `.cache-${i}`;
      rmSync(`${dir}/${cache}`, { recursive: true, force: true });
      const b = await build(dir, c.env, out, cache);
      results.get(c.name).push(b);
      console.error(`run ${r + 1}/${runs} ${c.name}: ${fmt(b.seconds)} s, ${fmt(b.rssMiB, 0)} MiB`);
      rmSync(`${dir}/${out}`, { recursive: true, force: true });
    }
  }
  const normal = results.get('normal');
  const base = { s: median(normal.map((b) => b.seconds)), mib: median(normal.map((b) => b.rssMiB)) };
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${pages} generated pages, ${runs} runs each, medians`);
  console.log('| build | time s (runs) | peak RSS MiB (runs) | accelerator saves: time | memory |');
  console.log('|---|---|---|---|---|');
  for (const c of configs) {
    const bs = results.get(c.name);
    const s = median(bs.map((b) => b.seconds));
    const mib = median(bs.map((b) => b.rssMiB));
    const runsS = bs.map((b) => fmt(b.seconds)).join(', ');
    const runsM = bs.map((b) => fmt(b.rssMiB, 0)).join(', ');
    const saves = c.name === 'normal' ? ['–', '–'] : [`${fmt(s - base.s)} s (${fmt(((s - base.s) / s) * 100)}%)`, `${fmt(mib - base.mib, 0)} MiB (${fmt(((mib - base.mib) / mib) * 100)}%)`];
    console.log(`| ${c.name} | ${fmt(s)} (${runsS}) | ${fmt(mib, 0)} (${runsM}) | ${saves[0]} | ${saves[1]} |`);
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
