import { describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { ASTRO_CONTENT_PLUGIN, DATA_STORE_MODULE, runtimeRead, wrapAstroLoad } from './data-store-at-runtime';

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
  it('reads the file with JSON.parse when the prerender runs', () => {
    expect(runtimeRead('/cache/data-store.json')).toContain(`JSON.parse(readFileSync("/cache/data-store.json", 'utf8'))`);
  });
});
