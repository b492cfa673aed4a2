/**
 * The cached expansion of the Polish Hunspell dictionary (`dictionary-pl`): every dictionary entry
 * with all the word forms its affix rules produce. Expanding all 300,676 entries takes ~25 s,
 * so it is done once (`npm run lemmas:build`, or by the build when the file is missing) and kept
 * outside git in `node_modules/.cache/kps-lemmas/`.
 *
 * Format: gzip text, one dictionary entry a line: `lemma<TAB>form form form…`, lower case,
 * only the forms that differ from the lemma; entries with no other forms are left out.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, gzipSync } from 'node:zlib';

const FORMAT = 2;
function dictionaryDir(): string {
  return dirname(fileURLToPath(import.meta.resolve('dictionary-pl')));
}

/** Where the cache lives: `KPS_LEMMA_CACHE`, else `node_modules/.cache/kps-lemmas/`, named by dictionary version. */
export function lemmaCachePath(root = process.cwd()): string {
  const version = (JSON.parse(readFileSync(join(dictionaryDir(), 'package.json'), 'utf8')) as { version: string }).version;
  const dir = process.env.KPS_LEMMA_CACHE ?? resolve(root, 'node_modules/.cache/kps-lemmas');
  return join(dir, `pl-v${FORMAT}-dictionary-pl-${version}.tsv.gz`);
}

/** Expands the whole dictionary and writes the cache file (atomically). Returns counts for the log. */
export async function buildLemmaCache(path: string): Promise<{ entries: number; forms: number; bytes: number; ms: number }> {
  const started = Date.now();
  const { HunspellReader } = await import('hunspell-reader');
  const dir = dictionaryDir();
  const reader = await HunspellReader.createFromFiles(join(dir, 'index.aff'), join(dir, 'index.dic'));
  const lines: string[] = [];
  let forms = 0;
  for (const group of reader.seqTransformDictionaryEntries()) {
    // The entry's own word, as written in the .dic file (the first generated form may carry a prefix: niespołeczna).
    const lemma = group[0]?.dic.split('/')[0]?.toLowerCase();
    if (!lemma) continue;
    const others = new Set<string>();
    for (const w of group) {
      const form = w.word.toLowerCase();
      if (form !== lemma) others.add(form);
    }
    if (!others.size) continue;
    forms += others.size;
    lines.push(`${lemma}\t${[...others].join(' ')}`);
  }
  const data = gzipSync(lines.join('\n'), { level: 9 });
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  return { entries: lines.length, forms, bytes: data.length, ms: Date.now() - started };
}

/**
 * The cache file, built first if it is missing. The expansion runs in a child process
 * (`scripts/build-lemmas.mjs`): it needs ~700 MB and plain Node, not the bundler the build runs in.
 */
export async function ensureLemmaCache(log: (msg: string) => void = () => {}): Promise<string> {
  const path = lemmaCachePath();
  if (!existsSync(path)) {
    log(`słownik form: brak ${path}, rozwijam dictionary-pl (ok. 25–60 s)…`);
    const script = fileURLToPath(new URL('../../../scripts/build-lemmas.mjs', import.meta.url));
    const r = spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', script], { encoding: 'utf8', env: process.env });
    if (r.status !== 0 || !existsSync(path)) throw new Error(`słownik form: ${script} nie zbudował ${path}:\n${r.stderr || r.stdout}`);
    log(`słownik form: ${r.stdout.trim().split('\n').pop()}`);
  }
  return path;
}

/**
 * Reads the cache and keeps only the entries that concern `words`: an entry whose lemma
 * or any form is among them. Yields each kept entry as its lemma and all its forms.
 */
export async function* readLemmaEntries(path: string, words: ReadonlySet<string>): AsyncGenerator<{ lemma: string; forms: string[] }> {
  const gunzip = createGunzip();
  const lines = createInterface({ input: createReadStream(path).pipe(gunzip), crlfDelay: Infinity });
  const damaged = (why: string) => new Error(`${path}: damaged cache of word forms (${why}); delete the file or run \`npm run lemmas:build\``);
  // A truncated or damaged file fails in the gunzip stream; make it end the reading with the file named.
  let failure: Error | undefined;
  gunzip.on('error', (e) => { failure = e; lines.close(); });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      const tab = line.indexOf('\t');
      if (tab < 1) throw damaged(`line ${n}: expected „lemma<TAB>forms”`);
      const lemma = line.slice(0, tab);
      const forms = line.slice(tab + 1).split(' ');
      if (words.has(lemma) || forms.some((f) => words.has(f))) yield { lemma, forms };
    }
  } catch (e) {
    throw (e as Error).message.startsWith(path) ? e : damaged((e as Error).message);
  }
  if (failure) throw damaged(failure.message);
}
