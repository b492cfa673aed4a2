import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFiles } from '../lib/write-files';
import { takeCitationFiles } from '../lib/cite/citation-files';

/**
 * Writes the citation downloads (`/cytuj/…`) that the reading pages recorded while they rendered (3 a page), as soon
 * as the pages are generated. (Writing them on a thread of their own, beside the sitemap and the index, saved 0.1 s of
 * a 26 s build at 1000 pages and was removed: src/integrations/accelerators/README.md.) A build whose pages recorded
 * none, or one of whose files failed, stops: every reading page links to its downloads.
 */
export default function citationFiles(): AstroIntegration {
  let outDir = '';
  let count = 0;
  return {
    name: 'kps:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => { outDir = fileURLToPath(config.outDir); },
      'astro:build:generated': () => {
        const files = takeCitationFiles();
        count = files.size;
        writeFiles(outDir, files);
      },
      'astro:build:done': ({ dir, logger }) => {
        // Pages recorded after the generation (none in a build of Astro's as it is now) are written too.
        const late = takeCitationFiles();
        count += late.size;
        if (count === 0) throw new Error('Pliki cytowania (/cytuj/): żadna strona do czytania ich nie zapisała (src/layouts/Reading.astro wywołuje recordCitations)');
        writeFiles(fileURLToPath(dir), late);
        logger.info(`pliki cytowania: ${count} w /cytuj/`);
      },
    },
  };
}
