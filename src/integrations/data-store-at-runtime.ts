import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { collectGarbage } from '../lib/collect-garbage';

/** Astro's virtual module with the content layer's data (Astro 7: `\0astro:data-layer-content`). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The Vite plugin of Astro's that loads it. */
export const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';
/** Astro's single-file data store, in `cacheDir` (and in `.astro/` for `astro dev`). */
export const DATA_STORE_FILE = 'data-store.json';

/** Where `astro build` leaves the synced store's collections for the prerender, which runs in the same process. */
export const LIVE_STORE = Symbol.for('kps:content-store');

/**
 * The module's code: the collections the content sync left in memory (`LIVE_STORE`), else the data store file,
 * read and parsed by the prerender itself. Astro's runtime takes a `Map` as it is and unflattens an array.
 */
export function runtimeRead(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `const live = globalThis[Symbol.for(${JSON.stringify(LIVE_STORE.description)})];`,
    `export default live instanceof Map ? live : JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    '',
  ].join('\n');
}

type Collections = Map<string, Map<string, unknown>>;

/** The collections in the order of the data store file (Astro's writer sorts both levels): pages list the same. */
export function sortedLikeFile(collections: Collections): Collections {
  const byKey = <V>(m: Map<string, V>) => new Map([...m].sort(([a], [b]) => a.localeCompare(b)));
  return new Map([...byKey(collections)].map(([name, entries]) => [name, byKey(entries)]));
}

interface StoreClass { fromFile: (file: unknown) => Promise<{ _collections?: unknown }> }

const REMEMBERED = Symbol('kps:remembered-store');

/**
 * Makes Astro's `MutableDataStore.fromFile`, which the content sync calls for its store, remember that store.
 * Returns how to get it, or undefined when Astro's class is not of the shape this knows.
 */
export function rememberSyncedStore(store: StoreClass): (() => Collections | undefined) | undefined {
  if (typeof store?.fromFile !== 'function') return undefined;
  const known = (store.fromFile as { [REMEMBERED]?: () => Collections | undefined })[REMEMBERED];
  if (known) return known;
  const original = store.fromFile;
  let synced: { _collections?: unknown } | undefined;
  const remembered = () => (synced?._collections instanceof Map ? (synced._collections as Collections) : undefined);
  store.fromFile = Object.assign(
    async function (this: unknown, file: unknown) {
      synced = await original.call(this, file);
      return synced;
    },
    { [REMEMBERED]: remembered },
  );
  return remembered;
}

/**
 * Astro's own `MutableDataStore` class: the module its build loaded, by Node's own loader (the same file, so the
 * same module instance; the config's Vite module runner would make a copy, and is closed when hooks run).
 */
function astroStoreClass(): StoreClass | undefined {
  try {
    const file = fileURLToPath(new URL('./content/mutable-data-store.js', import.meta.resolve('astro')));
    return (createRequire(import.meta.url)(file) as { MutableDataStore?: StoreClass }).MutableDataStore;
  } catch {
    return undefined;
  }
}

type LoadHandler = (this: unknown, id: string, ...rest: unknown[]) => unknown;

/**
 * Wraps the `load` of Astro's content plugin so that the data store module is `runtimeRead(file)` instead of
 * `export default JSON.parse("…")` with the whole store as one string literal. The store holds every page's
 * rendered HTML (about 29 MB at 1000 pages): as a literal it went through every bundler plugin, was parsed and
 * written by the bundler (5 of Vite's 6 s at 1000 pages) and compiled by Node again. Returns false, leaving
 * Astro's plugin as it is, when the plugin or its hook is not of the shape this knows.
 */
export function wrapAstroLoad(plugins: readonly Plugin[], file: string): boolean {
  const astro = plugins.find((p) => p.name === ASTRO_CONTENT_PLUGIN);
  const load = astro?.load as { handler?: LoadHandler } | undefined;
  if (!load || typeof load !== 'object' || typeof load.handler !== 'function') return false;
  const original = load.handler;
  load.handler = function (id, ...rest) {
    if (id === DATA_STORE_MODULE && existsSync(file)) return { code: runtimeRead(file), map: { mappings: '' } };
    return original.call(this, id, ...rest);
  };
  return true;
}

/**
 * In `astro build`, the prerender takes the content data store from memory, where the content sync left it, or
 * else reads it from its file; never from a bundled copy. The store from memory saves parsing the file and a
 * second copy of every page's HTML in memory while the pages are generated.
 * Only with Astro's default single-file store (`experimental.collectionStorage` unset).
 */
export default function dataStoreAtRuntime(): AstroIntegration {
  let wrapped = false;
  let syncedStore: (() => Collections | undefined) | undefined;
  return {
    name: 'kps:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const plugin: Plugin = {
          name: 'kps:data-store-at-runtime',
          apply: 'build',
          configResolved(resolved) { wrapped = wrapAstroLoad(resolved.plugins, file) || wrapped; },
        };
        updateConfig({ vite: { plugins: [plugin] } });
        const store = astroStoreClass();
        syncedStore = store && rememberSyncedStore(store);
      },
      // The content has synced; the prerender, in this process, starts after this.
      'astro:build:start': ({ logger }) => {
        const collections = syncedStore?.();
        if (collections) (globalThis as Record<symbol, unknown>)[LIVE_STORE] = sortedLikeFile(collections);
        else if (syncedStore || wrapped) logger.warn('nie znaleziono danych kolekcji w pamięci: prerender czyta je z pliku (wolniej, więcej pamięci)');
        // Writing the store left ~200 MiB of garbage (330 of 450 MiB heap at 1000 pages, 119 after a GC of 93 ms):
        // collected now, before the bundler and the prerender grow the process on top of it (peak RSS 995 → 925 MiB).
        collectGarbage();
      },
      'astro:build:done': ({ logger }) => {
        delete (globalThis as Record<symbol, unknown>)[LIVE_STORE];
        if (!wrapped) logger.warn(`dane kolekcji wbudowane w pakiet (nie znaleziono wtyczki ${ASTRO_CONTENT_PLUGIN} Astro): build działa, ale wolniej`);
      },
    },
  };
}
