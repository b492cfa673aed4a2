import type { AstroIntegration } from 'astro';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { contentDir } from '../lib/content-dir';
import { slimFragments, rechunkPagefind } from './pagefind-rechunk';
import { acronymsFrom, type GlossaryTerm } from '../lib/search/acronyms';
import { words } from '../lib/search/fold';
import { ensureLemmaCache, readLemmaEntries } from '../lib/search/lemma-cache';
import { Lexicon, type LexiconEntry } from '../lib/search/lexicon';
import { excludedSelectors, indexedText, isIndexed, withoutUrls, withSearchWords } from '../lib/search/page-html';
import { queryShards, searchWordsByPage, siteWords, type SitePage } from '../lib/search/site-words';
import { suppletive } from '../lib/search/suppletive';

/** Where the browser's query table goes, inside the built site. */
export const QUERY_TABLE_DIR = 'pagefind/formy';
/** The Pagefind metadata field that carries each page's extra search words. */
export const SEARCH_WORDS_FIELD = 'formy';

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
  const dir = `${contentDir()}/glossary`;
  let files: string[] = [];
  try { files = readdirSync(dir).filter((f) => f.endsWith('.yaml')); } catch { return []; }
  return files.map((f) => parse(readFileSync(join(dir, f), 'utf8')) as GlossaryTerm);
}

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of `astro build`, so that the build
 * alone produces a searchable site. Only elements marked `data-pagefind-body` are indexed; the
 * language comes from `<html lang>`. Before indexing, each page gets the lemmas of its word forms
 * and its acronym/expansion links as metadata (see src/lib/search/), and the browser's query
 * table is written next to the index.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kps:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const files = htmlFiles(outDir).map((file) => ({ file, html: readFileSync(file, 'utf8') })).filter((f) => isIndexed(f.html));
        const pages: Array<SitePage & { html: string }> = files.map((f) => ({ url: urlOf(outDir, f.file), html: f.html, text: withoutUrls(indexedText(f.html)) }));

        const started = Date.now();
        const cache = await ensureLemmaCache((m) => logger.info(m));
        const terms = glossaryTerms();
        const wanted = new Set([...siteWords(pages).keys(), ...Object.keys(suppletive), ...terms.flatMap((t) => words(`${t.expansion ?? ''} ${(t.aliases ?? []).join(' ')}`))]);
        const entries: LexiconEntry[] = [];
        for await (const e of readLemmaEntries(cache, wanted)) entries.push(e);
        const lexicon = new Lexicon(entries, suppletive);
        const acronyms = acronymsFrom(terms);
        const extra = searchWordsByPage(pages, lexicon, acronyms);

        const { index, errors } = await pagefind.createIndex({ excludeSelectors: excludedSelectors });
        if (!index) throw new Error(`Pagefind: nie udało się utworzyć indeksu: ${errors.join('; ')}`);
        for (const p of pages) {
          const added = await index.addHTMLFile({ url: p.url, content: withSearchWords(p.html, SEARCH_WORDS_FIELD, extra.get(p.url) ?? []) });
          if (added.errors.length) throw new Error(`Pagefind (${p.url}): ${added.errors.join('; ')}`);
        }
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        const chunks = rechunkPagefind(`${outDir}/pagefind`);
        const fragments = slimFragments(`${outDir}/pagefind`, SEARCH_WORDS_FIELD);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        logger.info(`indeks słów: ${chunks.before.length} części (${sum(chunks.before)} B gzip, największa ${Math.max(...chunks.before)} B) podzielone na ${chunks.after.length} (największa ${Math.max(...chunks.after)} B); fragmenty ${fragments.before} → ${fragments.after} B gzip`);

        const shards = queryShards(pages, lexicon, acronyms);
        mkdirSync(join(outDir, QUERY_TABLE_DIR), { recursive: true });
        let raw = 0, gz = 0, entriesCount = 0, largest = 0;
        for (const [key, shard] of shards) {
          const json = JSON.stringify(shard);
          writeFileSync(join(outDir, QUERY_TABLE_DIR, `${key}.json`), json);
          const g = gzipSync(json).length;
          raw += Buffer.byteLength(json); gz += g; largest = Math.max(largest, g); entriesCount += Object.keys(shard).length;
        }
        const added = [...extra.values()].reduce((n, ws) => n + ws.length, 0);
        logger.info(`Pagefind: zindeksowano ${pages.length} stron; dodano ${added} form podstawowych i skrótów (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        logger.info(`tablica zapytań: ${entriesCount} form w ${shards.size} plikach, ${raw} B (gzip ${gz} B, największy ${largest} B)`);
      },
    },
  };
}
