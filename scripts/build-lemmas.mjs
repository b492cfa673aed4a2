#!/usr/bin/env node
/**
 * `npm run lemmas:build`: expands the Polish Hunspell dictionary into the cached form → lemma
 * list the search index uses (see src/lib/search/lemma-cache.ts). The build does this by itself
 * when the cache is missing; run this to rebuild it, e.g. after updating `dictionary-pl`.
 */
import { buildLemmaCache, lemmaCachePath } from '../src/lib/search/lemma-cache.ts';

const path = lemmaCachePath();
const r = await buildLemmaCache(path);
console.log(`${path}\n${r.entries} entries, ${r.forms} forms, ${r.bytes} bytes (gzip), ${(r.ms / 1000).toFixed(1)} s`);
