import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gunzipSync, gzip as gzipCallback } from 'node:zlib';
import { rechunk, SIGNATURE } from './rechunk';
import { mapLimit } from '../../../lib/map-limit';
import { uniquePrefixLength } from './short-names';

/** Files compressed at once: enough to keep libuv's threads busy, few enough to hold little in memory. */
const AT_ONCE = 32;

/** Raw CBOR bytes per index chunk: about 3 KiB once gzip-compressed. */
export const CHUNK_BYTES = 6_000;

/** gzip -9 on libuv's threads, so that compressing hundreds of files runs beside the main thread's work. */
const gzip9 = (data: Uint8Array | string) => promisify(gzipCallback)(data, { level: 9 });

const hash = (bytes: Uint8Array | string, length = 64) => createHash('sha256').update(bytes).digest('hex').slice(0, length);

/** Names for files of one language from their contents: `pl_` and as few hex digits (5 at least) as tell them apart. */
function shortNames(lang: string, contents: ReadonlyArray<Uint8Array | string>): string[] {
  const hexes = contents.map((c) => hash(c));
  const length = uniquePrefixLength(hexes, 5);
  return hexes.map((h) => `${lang}_${h.slice(0, length)}`);
}

/** Pagefind's bundle in memory (`index.getFiles()`): path inside the bundle folder → bytes. */
export type BundleFiles = Map<string, Uint8Array>;

/**
 * Rewrites the Pagefind index in `files` (the bundle, in memory) with smaller word chunks, for each language:
 * new chunk files, a new metadata file listing them, and `pagefind-entry.json` pointing at it. Returns the chunk
 * sizes (gzip bytes) before and after, for the build log.
 */
export async function rechunkPagefind(files: BundleFiles, pageNames?: ReadonlyMap<string, string>): Promise<{ before: number[]; after: number[] }> {
  const entryFile = 'pagefind-entry.json';
  const entry = JSON.parse(Buffer.from(need(files, entryFile)).toString('utf8')) as { languages: Record<string, { hash: string }> };
  const before: number[] = [];
  const after: number[] = [];
  for (const [lang, info] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${info.hash}.pf_meta`;
    const names = [...files.keys()].filter((f) => f.startsWith(`index/${lang}_`) && f.endsWith('.pf_index'));
    const chunks = new Map(names.map((f) => {
      const gz = files.get(f)!;
      before.push(gz.length);
      return [f.slice('index/'.length).replace(/\.pf_index$/, ''), gunzipSync(gz)] as const;
    }));
    const out = rechunk(gunzipSync(need(files, metaFile)), chunks, CHUNK_BYTES, (cs) => shortNames(lang, cs), metaFile, pageNames);
    for (const f of names) files.delete(f);
    const written = await mapLimit([...out.chunks], AT_ONCE, async ([h, bytes]) => {
      const gz = await gzip9(bytes);
      files.set(`index/${h}.pf_index`, gz);
      return gz.length;
    });
    after.push(...written);
    const metaHash = `${lang}_${hash(out.meta, 10)}`;
    files.delete(metaFile);
    files.set(`pagefind.${metaHash}.pf_meta`, await gzip9(out.meta));
    info.hash = metaHash;
  }
  files.set(entryFile, Buffer.from(JSON.stringify(entry)));
  return { before, after };
}

/** A file of the bundle that must be there. */
function need(files: BundleFiles, path: string): Uint8Array {
  const bytes = files.get(path);
  if (!bytes) throw new Error(`Pagefind: w indeksie brak pliku ${path}`);
  return bytes;
}

/** What Pagefind's browser code reads of an anchor: sub-results come from headings and from anchors with a title. */
interface Anchor { element?: string; title?: string; text?: string }
const usedAnchor = (a: Anchor) => /^h\d$/i.test(a.element ?? '') || Boolean(a.title?.trim());

/**
 * Slims every page fragment (`fragment/…` in the bundle `files`), the file a result shown costs:
 * - drops the metadata `fields`: the extra search words are needed in the index only, never shown,
 *   and would add about 1 KiB to each result fetched;
 * - drops the anchors no sub-result is made from: Pagefind lists every element with an id (each footnote
 *   call, about 0.3 KiB gzip a page), but makes sub-results only from headings and titled anchors;
 * - names each by its new contents, as short as telling them apart allows (see short-names.ts).
 * Returns the fragment bytes (gzip) before and after, and the new names by old, for the metadata's list of pages.
 */
export async function slimFragments(files: BundleFiles, fields: readonly string[]): Promise<{ before: number; after: number; names: Map<string, string> }> {
  let before = 0;
  const paths = [...files.keys()].filter((f) => f.startsWith('fragment/') && f.endsWith('.pf_fragment'));
  const fragments = paths.map((p) => p.slice('fragment/'.length).replace(/\.pf_fragment$/, ''));
  const slimmed = paths.map((p, i) => {
    const gz = files.get(p)!;
    before += gz.length;
    const raw = gunzipSync(gz).toString('utf8');
    if (!raw.startsWith(SIGNATURE)) throw new Error(`${fragments[i]}.pf_fragment: not a Pagefind fragment (no ${SIGNATURE} signature)`);
    const data = JSON.parse(raw.slice(SIGNATURE.length)) as { meta?: Record<string, string>; anchors?: Anchor[] };
    if (data.meta) for (const field of fields) delete data.meta[field];
    if (Array.isArray(data.anchors)) data.anchors = data.anchors.filter(usedAnchor);
    return SIGNATURE + JSON.stringify(data);
  });
  // Renamed per language (`pl_…`), by their new contents.
  const names = new Map<string, string>();
  const byLang = Map.groupBy(fragments.map((f, i) => ({ f, i })), ({ f }) => f.slice(0, f.indexOf('_')));
  for (const [lang, group] of byLang) {
    const short = shortNames(lang, group.map(({ i }) => slimmed[i]!));
    group.forEach(({ f }, k) => names.set(f, short[k]!));
  }
  // All old files go first: a new name may be another fragment's old one.
  for (const p of paths) files.delete(p);
  const sizes = await mapLimit(fragments, AT_ONCE, async (f, i) => {
    const out = await gzip9(slimmed[i]!);
    files.set(`fragment/${names.get(f)}.pf_fragment`, out);
    return out.length;
  });
  return { before, after: sizes.reduce((a, b) => a + b, 0), names };
}
