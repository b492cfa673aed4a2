import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../../lib/content-dir';
import { inputsDigest } from '../../lib/inputs-digest';
import { DATA_STORE_FILE } from './data-store';

/** The file, beside Astro's data store, that holds the digest of what the stored pages were rendered from. */
export const STAMP_FILE = 'kps-render-inputs.txt';

/**
 * What a page's HTML depends on besides its own file: the glossary (terms marked in the text) and the sources
 * (citations), which the Markdown plugins read themselves; the plugins' code and the UI strings; the packages.
 */
export function renderInputs(root: string, content = contentDir()): string[] {
  const at = (p: string) => resolve(root, p);
  return [at(join(content, 'glossary')), at(join(content, 'sources')), at('src/lib'), at('src/i18n'), at('src/integrations'), at('astro.config.mjs'), at('package-lock.json')];
}

/**
 * Forgets the stored pages when `digest` differs from the one they were rendered with: removes the data store
 * in `dir` and records the new digest. Returns whether it removed one.
 */
export function forgetStaleStore(dir: string, digest: string): boolean {
  const stamp = join(dir, STAMP_FILE);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === digest) return false;
  const store = join(dir, DATA_STORE_FILE);
  const stale = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(stamp, digest);
  return stale;
}

/**
 * Astro keeps each entry's rendered HTML in its data store (`cacheDir`, and `.astro/` for `astro dev`) and
 * renders it again only when the entry's own file changes. Our Markdown plugins also read the glossary and the
 * sources, so an edited term or source stayed stale on every other page until the cache was deleted by hand.
 * Before the content syncs, this drops the store when anything rendering depends on has changed.
 */
export default function renderInputsCheck(): AstroIntegration {
  return {
    name: 'kps:render-inputs',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const digest = inputsDigest(root, renderInputs(root));
        for (const dir of [fileURLToPath(config.cacheDir), join(root, '.astro')]) {
          if (forgetStaleStore(dir, digest)) logger.info(`słownik, źródła lub kod wtyczek zmienione od ostatniego buildu: strony z ${dir.replace(/\/$/, '')} renderuję od nowa`);
        }
      },
    },
  };
}
