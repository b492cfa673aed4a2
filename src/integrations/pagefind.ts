import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Writes the Pagefind index into `dist/pagefind/` at the end of `astro build`,
 * so that the build alone produces a searchable site. Only elements marked
 * `data-pagefind-body` are indexed; the language comes from `<html lang>`.
 */
export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'kps:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: nie udało się utworzyć indeksu: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`Pagefind: zindeksowano ${added.page_count} stron`);
      },
    },
  };
}
