import * as devalue from 'devalue';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { ASTRO_CONTENT_PLUGIN, DATA_STORE_MODULE, LIVE_STORE, rememberSyncedStore, runtimeRead, sortedLikeFile, wrapAstroLoad, writeStoreFile } from './index';

const astroPlugin = () => ({ name: ASTRO_CONTENT_PLUGIN, load: { filter: {}, handler: (id: string) => `loaded ${id}` } }) as unknown as Plugin;
const handler = (p: Plugin) => (p.load as unknown as { handler: (id: string) => unknown }).handler;

describe('the content data store read at runtime', () => {
  it('makes the data store module read the file, and leaves every other module to Astro', () => {
    const p = astroPlugin();
    expect(wrapAstroLoad([p], import.meta.filename)).toBe(true);
    expect(handler(p)(DATA_STORE_MODULE)).toEqual({ code: runtimeRead(import.meta.filename), map: { mappings: '' } });
    expect(handler(p)('\0astro:content')).toBe('loaded \0astro:content');
  });
  it('leaves the module to Astro when the store is neither in memory nor in its file', () => {
    const p = astroPlugin();
    wrapAstroLoad([p], '/nie/ma/data-store.json');
    expect(handler(p)(DATA_STORE_MODULE)).toBe(`loaded ${DATA_STORE_MODULE}`);
    (globalThis as Record<symbol, unknown>)[LIVE_STORE] = new Map();
    try {
      expect(handler(p)(DATA_STORE_MODULE), 'in memory, before its file is written').toEqual({ code: runtimeRead('/nie/ma/data-store.json'), map: { mappings: '' } });
    } finally {
      delete (globalThis as Record<symbol, unknown>)[LIVE_STORE];
    }
  });
  it('reports that it could not, when Astro’s plugin is missing or of another shape', () => {
    expect(wrapAstroLoad([], '/f')).toBe(false);
    expect(wrapAstroLoad([{ name: ASTRO_CONTENT_PLUGIN, load: () => null } as Plugin], '/f')).toBe(false);
  });
});

/** Runs the module code the prerender would get, as a real module, with or without the synced store in memory. */
async function runModule(storeFile: string, live?: unknown): Promise<unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'kps-runtime-'));
  const globals = globalThis as Record<symbol, unknown>;
  try {
    writeFileSync(join(dir, 'module.mjs'), runtimeRead(storeFile));
    if (live !== undefined) globals[LIVE_STORE] = live;
    return ((await import(pathToFileURL(join(dir, 'module.mjs')).href)) as { default: unknown }).default;
  } finally {
    delete globals[LIVE_STORE];
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the data store the prerender gets', () => {
  it('is the synced store from memory when the sync left it there', async () => {
    const live = new Map([['articles', new Map([['a', { id: 'a' }]])]]);
    expect(await runModule('/nie/ma/data-store.json', live)).toBe(live);
  });
  it('is parsed from the file otherwise', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kps-store-'));
    writeFileSync(join(dir, 'data-store.json'), '[["Map",1],"articles"]');
    expect(await runModule(join(dir, 'data-store.json'))).toEqual([['Map', 1], 'articles']);
    rmSync(dir, { recursive: true, force: true });
  });
  it('lists collections and entries in the order of the file (sorted), sharing the entries', () => {
    const b = { id: 'b' };
    const synced = new Map([['roles', new Map([['b', b], ['a', { id: 'a' }]])], ['articles', new Map()]]);
    const sorted = sortedLikeFile(synced);
    expect([...sorted.keys()]).toEqual(['articles', 'roles']);
    expect([...sorted.get('roles')!.keys()]).toEqual(['a', 'b']);
    expect(sorted.get('roles')!.get('b')).toBe(b);
  });
  it('is remembered from the store the sync opened, once however often the hook runs', async () => {
    const opened = { _collections: new Map() };
    const Store = { fromFile: async (_file: unknown) => opened };
    const remembered = rememberSyncedStore(Store)!;
    expect(rememberSyncedStore(Store)).toBe(remembered);
    expect(remembered.collections()).toBeUndefined();
    expect(await Store.fromFile('/cache/data-store.json')).toBe(opened);
    expect(remembered.collections()).toBe(opened._collections);
    expect(rememberSyncedStore({} as never)).toBeUndefined();
  });
});

describe('the store file written after the pages, not by the sync', () => {
  /** A stand-in for Astro's store: `writeToDisk` is where all of Astro's writes of the file go. */
  const astroLike = () => {
    const writes: string[] = [];
    const opened = { _collections: new Map([['roles', new Map([['a', { id: 'a' }]])]]), writeToDisk: async function (this: unknown) { writes.push(this === opened ? 'store' : 'other'); } };
    return { opened, writes, Store: { fromFile: async (_file: unknown) => opened } };
  };

  it('notes Astro’s writes of the file instead of making them, and hands them back to Astro when asked', async () => {
    const { opened, writes, Store } = astroLike();
    const remembered = rememberSyncedStore(Store, true)!;
    await Store.fromFile('/cache/data-store.json');
    expect(remembered.writeRequested()).toBe(false);
    await opened.writeToDisk();
    expect(writes, 'nothing written during the sync').toEqual([]);
    expect(remembered.writeRequested()).toBe(true);
    await remembered.writeByAstro();
    expect(writes, 'Astro’s own write, on its store').toEqual(['store']);
  });

  it('leaves Astro’s writes as they are without deferWrites', async () => {
    const { opened, writes, Store } = astroLike();
    const remembered = rememberSyncedStore(Store)!;
    await Store.fromFile('/cache/data-store.json');
    await opened.writeToDisk();
    expect(writes).toEqual(['store']);
    expect(remembered.writeRequested()).toBe(false);
  });

  it('writes the collections as Astro’s next build reads them, through a temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kps-store-'));
    const file = join(dir, 'data-store.json');
    const collections = new Map([['history', new Map([['charzykowy', { id: 'charzykowy', data: { reviewed: new Date('2026-11-21') }, body: '„Charzykowy” – 1989' }]])]]);
    let astroWrote = false;
    await writeStoreFile(file, collections, async () => { astroWrote = true; });
    expect(devalue.parse(readFileSync(file, 'utf8'))).toEqual(collections);
    expect(astroWrote).toBe(false);
    expect(readdirSync(dir)).toEqual(['data-store.json']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves to Astro a store it cannot write as a tree, and leaves no file of its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kps-store-'));
    const shared = { id: 'x' };
    let astroWrote = false;
    await writeStoreFile(join(dir, 'data-store.json'), new Map([['a', new Map([['x', shared], ['y', shared]])]]), async () => { astroWrote = true; });
    expect(astroWrote).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
