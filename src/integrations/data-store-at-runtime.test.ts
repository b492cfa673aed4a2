import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { ASTRO_CONTENT_PLUGIN, DATA_STORE_MODULE, LIVE_STORE, rememberSyncedStore, runtimeRead, sortedLikeFile, wrapAstroLoad } from './data-store-at-runtime';

const astroPlugin = () => ({ name: ASTRO_CONTENT_PLUGIN, load: { filter: {}, handler: (id: string) => `loaded ${id}` } }) as unknown as Plugin;
const handler = (p: Plugin) => (p.load as unknown as { handler: (id: string) => unknown }).handler;

describe('the content data store read at runtime', () => {
  it('makes the data store module read the file, and leaves every other module to Astro', () => {
    const p = astroPlugin();
    expect(wrapAstroLoad([p], import.meta.filename)).toBe(true);
    expect(handler(p)(DATA_STORE_MODULE)).toEqual({ code: runtimeRead(import.meta.filename), map: { mappings: '' } });
    expect(handler(p)('\0astro:content')).toBe('loaded \0astro:content');
  });
  it('leaves the module to Astro when the store file is not there', () => {
    const p = astroPlugin();
    wrapAstroLoad([p], '/nie/ma/data-store.json');
    expect(handler(p)(DATA_STORE_MODULE)).toBe(`loaded ${DATA_STORE_MODULE}`);
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
    expect(remembered()).toBeUndefined();
    expect(await Store.fromFile('/cache/data-store.json')).toBe(opened);
    expect(remembered()).toBe(opened._collections);
    expect(rememberSyncedStore({} as never)).toBeUndefined();
  });
});
