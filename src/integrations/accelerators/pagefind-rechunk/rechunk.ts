/**
 * Splits Pagefind's word index into smaller chunks. Pagefind 1.6 cuts its index into chunks of
 * 20,000 word positions (~32 KiB gzip each) and a query loads one chunk per word: on this site a
 * three-word query fetched 95 KiB of index. Smaller chunks (a few KiB) make a query fetch only
 * the part of the index its words are in. Works on the decompressed files (`pagefind_dcd` + CBOR);
 * checks the layout it expects and throws, naming the file, if Pagefind's format has changed.
 *
 * Layout (Pagefind 1.6): meta = [version, pages, chunks: [from, to, hash][], filters, sorts, …];
 * chunk = [words: [word, pages, variants][]], sorted by word.
 */
import { decodeCbor, encodeCbor, encodeHead, readHead, skipCbor, type Cbor } from './cbor';

export const SIGNATURE = 'pagefind_dcd';
const SIG = new TextEncoder().encode(SIGNATURE);

export function unwrap(bytes: Uint8Array, file: string): Cbor {
  if (new TextDecoder().decode(bytes.subarray(0, SIG.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind data file (no ${SIGNATURE} signature)`);
  const { value, end } = decodeCbor(bytes, SIG.length);
  if (end !== bytes.length) throw new Error(`${file}: unexpected data after the index`);
  return value;
}

export function wrap(value: Cbor): Uint8Array {
  const body = encodeCbor(value);
  const out = new Uint8Array(SIG.length + body.length);
  out.set(SIG);
  out.set(body, SIG.length);
  return out;
}

type Chunk = [string, string, string];

function checkMeta(meta: Cbor, file: string): asserts meta is [string, Cbor, Chunk[], ...Cbor[]] {
  const ok = Array.isArray(meta) && typeof meta[0] === 'string' && /^1\.6\./.test(meta[0]) && Array.isArray(meta[2])
    && meta[2].every((c) => Array.isArray(c) && c.length === 3 && c.every((x) => typeof x === 'string'));
  if (!ok) throw new Error(`${file}: Pagefind metadata in an unknown layout (expected version 1.6.x with [from, to, hash] chunks); update src/lib/search/rechunk.ts for this Pagefind version`);
}

/** One word of a chunk: its text and the bytes of its whole entry, as Pagefind wrote them. */
interface WordBytes { word: string; bytes: Uint8Array }

/**
 * The words of a chunk (`[[word, pages, variants][]]`), each with its entry's bytes, read without decoding the
 * postings: at 10 000 pages the index is 80 MB of CBOR, and decoding and encoding it again took 40 s.
 */
function chunkWords(bytes: Uint8Array, file: string): WordBytes[] {
  const bad = (why: string) => new Error(`${file}: Pagefind index chunk in an unknown layout (expected [[word, …][]]: ${why})`);
  if (new TextDecoder().decode(bytes.subarray(0, SIG.length)) !== SIGNATURE) throw new Error(`${file}: not a Pagefind data file (no ${SIGNATURE} signature)`);
  const outer = readHead(bytes, SIG.length);
  if (outer.major !== 4 || outer.n !== 1) throw bad('not an array of one list');
  const list = readHead(bytes, outer.at);
  if (list.major !== 4) throw bad('no list of words');
  const words: WordBytes[] = [];
  let pos = list.at;
  for (let i = 0; i < list.n; i++) {
    const entry = readHead(bytes, pos);
    const key = entry.n > 0 ? readHead(bytes, entry.at) : undefined;
    if (entry.major !== 4 || !key || key.major !== 3) throw bad(`entry ${i} is not [word, …]`);
    const end = skipCbor(bytes, pos);
    words.push({ word: new TextDecoder().decode(bytes.subarray(key.at, key.at + key.n)), bytes: bytes.subarray(pos, end) });
    pos = end;
  }
  if (pos !== bytes.length) throw new Error(`${file}: unexpected data after the index`);
  return words;
}

/** A chunk file from whole word entries: the signature, `[[…words]]`. */
function chunkBytes(words: readonly WordBytes[]): Uint8Array {
  const parts = [SIG, encodeHead(4, 1), encodeHead(4, words.length), ...words.map((w) => w.bytes)];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

/**
 * The `from` name of a chunk that follows a chunk ending in `previous`: the shortest prefix of its first word that is
 * still after `previous`. A chunk ends with its last word in full: Pagefind looks a query word up in the chunk with
 * `from <= word <= to` and, when no chunk has it, loads every chunk whose shortened names match the word's first letters.
 * A shortened `to` (the last word „osrodek” as „osrode”) left the last word of every chunk outside its own chunk, so
 * „ośrodek” loaded the chunks „o” and „os” as well (10 KiB more); a one-word chunk („pomoc” as „pomo”) missed always.
 */
export function chunkFrom(previous: string, first: string): string {
  const pc = Array.from(previous);
  const fc = Array.from(first);
  let common = 0;
  while (common < pc.length && common < fc.length && pc[common] === fc[common]) common++;
  return fc.slice(0, common + 1).join('');
}

/** Gives the pages (`[hash, words, …]` in the metadata) their new fragment names. */
function renamePages(pages: Cbor, names: ReadonlyMap<string, string>, metaFile: string): void {
  if (!Array.isArray(pages)) throw new Error(`${metaFile}: Pagefind metadata without a list of pages`);
  for (const p of pages) {
    const name = Array.isArray(p) && typeof p[0] === 'string' ? names.get(p[0]) : undefined;
    if (!name) throw new Error(`${metaFile}: page ${JSON.stringify(Array.isArray(p) ? p[0] : p)} has no fragment among those written`);
    (p as Cbor[])[0] = name;
  }
}

export interface Rechunked {
  meta: Uint8Array;
  chunks: Map<string, Uint8Array>;
}

/**
 * Re-splits the index. `meta` and `chunks` (by hash) are decompressed files; `nameAll` names the new chunks from
 * their bytes (all at once, so that the names can be as short as telling them apart allows). Each new chunk holds
 * whole words, about `maxBytes` of CBOR at most. `pageNames` renames pages in the metadata (their fragment files).
 */
export function rechunk(
  meta: Uint8Array,
  chunks: ReadonlyMap<string, Uint8Array>,
  maxBytes: number,
  nameAll: (chunks: Uint8Array[]) => string[],
  metaFile = 'pf_meta',
  pageNames?: ReadonlyMap<string, string>,
): Rechunked {
  const m = unwrap(meta, metaFile);
  checkMeta(m, metaFile);
  const words: WordBytes[] = [];
  for (const [, , hash] of m[2]) {
    const bytes = chunks.get(hash);
    if (!bytes) throw new Error(`${metaFile}: index chunk ${hash} is listed but missing`);
    words.push(...chunkWords(bytes, `${hash}.pf_index`));
  }
  const groups: WordBytes[][] = [];
  let current: WordBytes[] = [];
  let size = 0;
  for (const w of words) {
    if (current.length && size + w.bytes.length > maxBytes) { groups.push(current); current = []; size = 0; }
    current.push(w);
    size += w.bytes.length;
  }
  if (current.length) groups.push(current);

  const out = new Map<string, Uint8Array>();
  const bytes = groups.map(chunkBytes);
  const names = nameAll(bytes);
  const list: Chunk[] = groups.map((g, i) => {
    out.set(names[i]!, bytes[i]!);
    return [g[0]!.word, g[g.length - 1]!.word, names[i]!];
  });
  if (pageNames) renamePages(m[1], pageNames, metaFile);
  for (let i = 1; i < list.length; i++) list[i]![0] = chunkFrom(list[i - 1]![1], list[i]![0]);
  m[2] = list;
  return { meta: wrap(m), chunks: out };
}
