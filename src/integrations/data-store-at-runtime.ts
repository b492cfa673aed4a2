import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's virtual module with the content layer's data (Astro 7: `\0astro:data-layer-content`). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
/** The Vite plugin of Astro's that loads it. */
export const ASTRO_CONTENT_PLUGIN = 'astro-content-virtual-mod-plugin';

/** The module's code: the prerender reads and parses the data store file itself. */
export function runtimeRead(file: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;
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
 * In `astro build`, the prerender reads the content data store from its file instead of a bundled copy.
 * Only with Astro's default single-file store (`experimental.collectionStorage` unset).
 */
export default function dataStoreAtRuntime(): AstroIntegration {
  let wrapped = false;
  return {
    name: 'kps:data-store-at-runtime',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = (config.experimental as { collectionStorage?: unknown }).collectionStorage;
        if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        const plugin: Plugin = {
          name: 'kps:data-store-at-runtime',
          apply: 'build',
          configResolved(resolved) { wrapped = wrapAstroLoad(resolved.plugins, file) || wrapped; },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:build:done': ({ logger }) => {
        if (!wrapped) logger.warn(`dane kolekcji wbudowane w pakiet (nie znaleziono wtyczki ${ASTRO_CONTENT_PLUGIN} Astro): build działa, ale wolniej`);
      },
    },
  };
}
