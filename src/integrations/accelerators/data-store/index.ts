import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { collectGarbageBetweenSteps } from '../collect-garbage';
import { devaluePieces, NotATreeError } from './devalue-pieces';
import { fellBack } from '../registry';

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

/** What this knows of Astro's `MutableDataStore`: its collections, and the method all its writes of the file go through. */
interface AstroStore { _collections?: unknown; writeToDisk?: () => Promise<void> }
interface StoreClass { fromFile: (file: unknown) => Promise<AstroStore> }

/** The store the content sync opened, as `rememberSyncedStore` keeps it. */
export interface SyncedStore {
  /** Its collections, once the sync has opened it. */
  collections(): Collections | undefined;
  /** Whether Astro has asked to write it to its file since; with `deferWrites`, that write is left to `writeByAstro`. */
  writeRequested(): boolean;
  /** Astro's own write of the file, as the sync would have made it. */
  writeByAstro(): Promise<void>;
}

const REMEMBERED = Symbol('kps:remembered-store');

/**
 * Makes Astro's `MutableDataStore.fromFile`, which the content sync calls for its store, remember that store.
 * With `deferWrites`, Astro's writes of the store's file (1.5–2 s at 1000 pages, at the end of the sync) are only
 * noted, for the caller to make later (src/lib/devalue-pieces.ts) or to hand back to Astro (`writeByAstro`).
 * Returns undefined when Astro's class is not of the shape this knows.
 */
export function rememberSyncedStore(store: StoreClass, deferWrites = false): SyncedStore | undefined {
  if (typeof store?.fromFile !== 'function') return undefined;
  const known = (store.fromFile as { [REMEMBERED]?: SyncedStore })[REMEMBERED];
  if (known) return known;
  const original = store.fromFile;
  let synced: AstroStore | undefined;
  let requested = false;
  let astroWrite: (() => Promise<void>) | undefined;
  const remembered: SyncedStore = {
    collections: () => (synced?._collections instanceof Map ? (synced._collections as Collections) : undefined),
    writeRequested: () => requested,
    writeByAstro: async () => { await astroWrite?.(); },
  };
  store.fromFile = Object.assign(
    async function (this: unknown, file: unknown) {
      const opened = await original.call(this, file);
      synced = opened;
      requested = false;
      const write = opened?.writeToDisk;
      astroWrite = typeof write === 'function' ? () => write.call(opened) : undefined;
      if (deferWrites && astroWrite) opened.writeToDisk = async () => { requested = true; };
      return opened;
    },
    { [REMEMBERED]: remembered },
  );
  return remembered;
}

/**
 * Writes the store's collections to `file` as Astro's data store (devalue's format, read by Astro's next build),
 * a piece at a time (src/lib/devalue-pieces.ts), each piece's disk write letting other work run; through a
 * temporary file, so that a build stopped midway leaves no half-written store. Values devaluePieces refuses are
 * written by Astro itself (and `refused` is told why).
 */
export async function writeStoreFile(file: string, collections: Collections, byAstro: () => Promise<void>, refused: (why: string) => void = () => {}): Promise<void> {
  const temporary = `${file}.kps-tmp`;
  const handle = await open(temporary, 'w');
  try {
    for (const piece of devaluePieces(collections)) await handle.write(piece);
  } catch (err) {
    await handle.close();
    await rm(temporary, { force: true });
    if (err instanceof NotATreeError) {
      refused(err.message);
      return byAstro();
    }
    throw err;
  }
  await handle.close();
  await rename(temporary, file);
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

const liveStore = () => {
  const live = (globalThis as Record<symbol, unknown>)[LIVE_STORE];
  return live instanceof Map ? (live as Collections) : undefined;
};

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
    if (id === DATA_STORE_MODULE && (liveStore() || existsSync(file))) return { code: runtimeRead(file), map: { mappings: '' } };
    return original.call(this, id, ...rest);
  };
  return true;
}

/**
 * In `astro build`, the prerender takes the content data store from memory, where the content sync left it, or
 * else reads it from its file; never from a bundled copy. The store from memory saves parsing the file and a
 * second copy of every page's HTML in memory while the pages are generated. The store's file, the cache for the
 * next build, is written once the pages are generated, a piece at a time beside the index step's work, instead of
 * at the end of the sync, where it held up the build (`writeStoreFile`). A build stopped before that leaves the
 * cache as it was, and the next build syncs again what changed.
 * Only with Astro's default single-file store (`experimental.collectionStorage` unset).
 */
export default function dataStoreAtRuntime(): AstroIntegration {
  let wrapped = false;
  let file = '';
  let synced: SyncedStore | undefined;
  let writing: Promise<void> | undefined;
  let warn = (_message: string) => {};
  /** Starts writing the store's file from memory, once, if Astro asked for it. */
  const startWriting = () => {
    const live = liveStore();
    if (writing || !synced?.writeRequested() || !live) return;
    const refused = (why: string) => fellBack('data-store', `the collections are not a tree devalue-pieces can write (${why}); Astro wrote its store itself`, warn);
    writing = writeStoreFile(file, live, synced.writeByAstro, refused).catch((err: Error) => {
      throw new Error(`${file}: nie udało się zapisać danych kolekcji: ${err.message}`, { cause: err });
    });
    writing.catch(() => {}); // awaited at astro:build:done, where a failure stops the build
  };
  return {
    name: 'kps:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        warn = (message) => logger.warn(message);
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        const plugin: Plugin = {
          name: 'kps:data-store-at-runtime',
          apply: 'build',
          configResolved(resolved) { wrapped = wrapAstroLoad(resolved.plugins, file) || wrapped; },
        };
        updateConfig({ vite: { plugins: [plugin] } });
        const store = astroStoreClass();
        synced = store && rememberSyncedStore(store, true);
        if (!synced) fellBack('data-store', store ? 'MutableDataStore has no fromFile()' : "no MutableDataStore class in astro's dist/content/mutable-data-store.js", warn);
      },
      // The content has synced; the prerender, in this process, starts after this.
      'astro:build:start': async ({ logger }) => {
        const collections = synced?.collections();
        if (collections) (globalThis as Record<symbol, unknown>)[LIVE_STORE] = sortedLikeFile(collections);
        else if (synced || wrapped) fellBack('data-store', 'the synced store has no _collections Map: the prerender reads the store from its file (slower, more memory)', (m) => logger.warn(m));
        // Without the store in memory, the prerender needs its file now.
        if (!collections && synced?.writeRequested()) await synced.writeByAstro();
        // The sync's garbage is collected before the bundler and the prerender grow the process on top of it.
        collectGarbageBetweenSteps((m) => logger.warn(m));
      },
      'astro:build:generated': startWriting,
      'astro:build:done': async ({ logger }) => {
        startWriting();
        await writing;
        delete (globalThis as Record<symbol, unknown>)[LIVE_STORE];
        if (!wrapped && file) fellBack('data-store', `no Vite plugin ${ASTRO_CONTENT_PLUGIN} with a load handler: the store was bundled as one string literal`, (m) => logger.warn(m));
      },
    },
  };
}
