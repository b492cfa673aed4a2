import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { contentDir } from '../lib/content-dir';
import { readYamlDir } from '../lib/yaml-dir';
import { slimFragments, rechunkPagefind, type BundleFiles } from './accelerators/pagefind-rechunk/index';
import { writeFiles } from '../lib/write-files';
import { collectGarbageBetweenSteps } from './accelerators/collect-garbage';
import { fellBack } from './accelerators/registry';
import { mapLimit } from '../lib/map-limit';
import { acronymsFrom, type GlossaryTerm } from '../lib/search/acronyms';
import { words } from '../lib/search/fold';
import { ensureLemmaCache, readLemmaEntries } from '../lib/search/lemma-cache';
import { Lexicon, type LexiconEntry } from '../lib/search/lexicon';
import { excludedSelectors, indexedText, isIndexed, pagefindInput, withoutUrls, withSearchWords } from '../lib/search/page-html';
import { commonLemmas, queryShards, searchWordsByPage, sitePage, siteWords, vocabularyShards, type SitePage } from '../lib/search/site-words';
import { suppletive } from '../lib/search/suppletive';
import { definedTermWords, headingTexts, titleWords } from '../lib/search/defined-terms';

/** A page of the English edition, by its `<html lang>`. */
const ENGLISH_PAGE = /<html[^>]*\blang="en"/;

/** Where the browser's query table goes, inside the built site. */
export const QUERY_TABLE_DIR = 'pagefind/formy';
/** Where the site's vocabulary for spelling suggestions goes, one file a first letter (fetched only when nothing is found). */
export const VOCABULARY_DIR = 'pagefind/slowa';
/** The Pagefind metadata field that carries each page's extra search words. */
export const SEARCH_WORDS_FIELD = 'formy';
/** The Pagefind metadata field that carries the words of the glossary terms a page defines (src/lib/search/defined-terms.ts). */
export const DEFINED_TERMS_FIELD = 'pojecia';
/** The Pagefind metadata field that carries the words of a page's title and their lemmas. */
export const TITLE_WORDS_FIELD = 'tytul';

function htmlFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return relative(root, p) === 'pagefind' ? [] : htmlFiles(p, root);
    return p.endsWith('.html') ? [p] : [];
  });
}

function urlOf(outDir: string, file: string): string {
  const rel = relative(outDir, file).replace(/\\/g, '/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

function glossaryTerms(): GlossaryTerm[] {
  return readYamlDir(`${contentDir()}/glossary`).map((f) => f.data as unknown as GlossaryTerm);
}

/** The browser's query table as files (one JSON file a shard), and how large it comes out. */
function queryTableFiles(shards: ReturnType<typeof queryShards>) {
  const files = [...shards].map(([key, shard]) => ({ name: `${key}.json`, json: JSON.stringify(shard), entries: Object.keys(shard).length }));
  const gzipped = files.map((f) => gzipSync(f.json).length);
  const size = {
    entries: files.reduce((n, f) => n + f.entries, 0),
    files: files.length,
    raw: files.reduce((n, f) => n + Buffer.byteLength(f.json), 0),
    gzip: gzipped.reduce((a, b) => a + b, 0),
    largest: Math.max(0, ...gzipped),
  };
  return { files, size };
}

/** How many pages are on their way to Pagefind at once: it indexes one while the next is read and sent. */
const IN_FLIGHT = 16;

/** Milliseconds per step, for the build log: where the index's time goes. */
function stopwatch() {
  const steps: string[] = [];
  let last = Date.now();
  const started = last;
  return {
    lap(name: string) { const now = Date.now(); steps.push(`${name} ${((now - last) / 1000).toFixed(1)} s`); last = now; },
    summary: () => `${steps.join(', ')}; razem ${((Date.now() - started) / 1000).toFixed(1)} s`,
  };
}

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of `astro build`, so that the build
 * alone produces a searchable site. Only elements marked `data-pagefind-body` are indexed; the
 * language comes from `<html lang>`. Before indexing, each page gets the lemmas of its word forms
 * and its acronym/expansion links as metadata (see src/lib/search/), and the browser's query
 * table is written next to the index. Pages are read twice (for their words, then for Pagefind)
 * rather than all kept in memory: at 1000 pages their HTML is about 40 MB.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kps:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        // The generated pages' garbage goes before this step's allocations, not after (accelerators/collect-garbage.ts).
        const warn = (m: string) => logger.warn(m);
        collectGarbageBetweenSteps(warn);
        const time = stopwatch();
        const indexed: Array<{ file: string; page: SitePage; headings: string[] }> = [];
        // The English edition gets Pagefind's English index (stemming by <html lang="en">) and none of the Polish word
        // forms, lemmas or vocabulary: those are made from the Polish pages only.
        const english: Array<{ file: string; url: string }> = [];
        for (const file of htmlFiles(outDir)) {
          const html = readFileSync(file, 'utf8');
          if (!isIndexed(html)) continue;
          if (ENGLISH_PAGE.test(html)) english.push({ file, url: urlOf(outDir, file) });
          else indexed.push({ file, page: sitePage(urlOf(outDir, file), withoutUrls(indexedText(html))), headings: headingTexts(pagefindInput(html)) });
        }
        const pages = indexed.map((p) => p.page);
        const counts = siteWords(pages);
        time.lap('słowa stron');

        const cache = await ensureLemmaCache((m) => logger.info(m));
        const terms = glossaryTerms();
        const wanted = new Set([...counts.keys(), ...Object.keys(suppletive), ...terms.flatMap((t) => words(`${t.expansion ?? ''} ${(t.aliases ?? []).join(' ')}`))]);
        const entries: LexiconEntry[] = [];
        for await (const e of readLemmaEntries(cache, wanted)) entries.push(e);
        const lexicon = new Lexicon(entries, suppletive);
        time.lap('słownik form');
        const acronyms = acronymsFrom(terms);
        const extra = searchWordsByPage(pages, lexicon, acronyms);
        const defined = new Map(indexed.map(({ page, headings }) => [page.url, definedTermWords(headings, terms, lexicon)]));
        const titles = new Map(indexed.map(({ page, headings }) => [page.url, titleWords(headings[0] ?? '', lexicon)]));
        time.lap('lematy i skróty');

        const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludedSelectors });
        if (!index) throw new Error(`Pagefind: nie udało się utworzyć indeksu: ${errors.join('; ')}`);
        // Each page's extra search words, by metadata field: indexed, weighted in the browser, never shipped in fragments.
        const fields: Record<string, Map<string, string[]>> = { [SEARCH_WORDS_FIELD]: extra, [DEFINED_TERMS_FIELD]: defined, [TITLE_WORDS_FIELD]: titles };
        const add = async ({ file, page }: (typeof indexed)[number]) => {
          const content = Object.entries(fields).reduce((html, [field, byUrl]) => withSearchWords(html, field, byUrl.get(page.url) ?? []), pagefindInput(readFileSync(file, 'utf8')));
          const added = await index.addHTMLFile({ url: page.url, content });
          if (added.errors.length) throw new Error(`Pagefind (${page.url}): ${added.errors.join('; ')}`);
        };
        await mapLimit(indexed, IN_FLIGHT, add);
        await mapLimit(english, IN_FLIGHT, async ({ file, url }) => {
          const added = await index.addHTMLFile({ url, content: pagefindInput(readFileSync(file, 'utf8')) });
          if (added.errors.length) throw new Error(`Pagefind (${url}): ${added.errors.join('; ')}`);
        });
        time.lap('Pagefind: strony');
        // The bundle comes back in memory: it is re-split before any of it is written (Pagefind writing ~1100 files
        // that were read back, deleted and written again cost 2–3 s at 1000 pages on this machine's disk).
        const bundling = index.getFiles();
        // The query table needs nothing of Pagefind's: it is made while Pagefind builds its index (in its own process).
        const table = queryTableFiles(queryShards(counts, lexicon, acronyms, commonLemmas(pages, lexicon)));
        const vocabulary = [...vocabularyShards(counts)].map(([key, shard]) => [`${VOCABULARY_DIR}/${key}.json`, JSON.stringify(shard)] as const);
        time.lap('tablica zapytań');
        const bundle = await bundling;
        if (bundle.errors.length) throw new Error(`Pagefind: ${bundle.errors.join('; ')}`);
        await pagefind.close();
        let files: BundleFiles = new Map(bundle.files.map((f) => [f.path, f.content]));
        // Its transfer (the bundle as base64 in JSON in base64, ~40 MB of strings at 1000 pages) is garbage now.
        collectGarbageBetweenSteps(warn);
        time.lap('Pagefind: indeks (reszta)');
        // The accelerator „pagefind-rechunk” (accelerators/pagefind-rechunk/) works on a copy of the bundle: a format
        // it does not know leaves Pagefind's own files whole (larger downloads, same results).
        let chunks = { before: [] as number[], after: [] as number[] };
        let fragments = { before: 0, after: 0 };
        try {
          const work: BundleFiles = new Map(files);
          const slim = await slimFragments(work, Object.keys(fields));
          chunks = await rechunkPagefind(work, slim.names);
          fragments = slim;
          files = work;
        } catch (err) {
          fellBack('pagefind-rechunk', (err as Error).message, warn);
        }
        time.lap('podział indeksu i fragmenty');
        // Written here, on the main thread, which has nothing else to do: a writer thread cost 50–70 MiB of peak RSS.
        writeFiles(outDir, [...[...files].map(([path, bytes]) => [`pagefind/${path}`, bytes] as const), ...table.files.map((f) => [`${QUERY_TABLE_DIR}/${f.name}`, f.json] as const), ...vocabulary]);
        time.lap(`zapis ${files.size + table.files.length + vocabulary.length} plików`);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        if (chunks.before.length) logger.info(`indeks słów: ${chunks.before.length} części (${sum(chunks.before)} B gzip, największa ${Math.max(...chunks.before)} B) podzielone na ${chunks.after.length} (największa ${Math.max(...chunks.after)} B); fragmenty ${fragments.before} → ${fragments.after} B gzip`);

        const addedWords = [...extra.values()].reduce((n, ws) => n + ws.length, 0);
        const { size } = table;
        logger.info(`tablica zapytań: ${size.entries} form w ${size.files} plikach, ${size.raw} B (gzip ${size.gzip} B, największy ${size.largest} B)`);
        logger.info(`Pagefind: zindeksowano ${pages.length} stron polskich i ${english.length} angielskich; dodano ${addedWords} form podstawowych i skrótów (${time.summary()})`);
      },
    },
  };
}
