import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeFilesInBackground } from '../lib/background-writes';
import { takeCitationFiles } from '../lib/cite/citation-files';

/**
 * Writes the citation downloads (`/cytuj/…`) that the reading pages recorded while they rendered. The files
 * (3 a page) are written on a thread of their own (src/lib/background-writes.ts) as soon as the pages are
 * generated, while the other integrations build the sitemap and the search index; this integration's
 * `astro:build:done`, listed after theirs, waits for them. (Written on the main thread after the pages, they took
 * 2 s at 1000 pages; written during the page generation, they slowed it down by as much.) A build whose pages
 * recorded none, or one of whose files failed, stops: every reading page links to its downloads.
 */
export default function citationFiles(): AstroIntegration {
  let outDir = '';
  let count = 0;
  let writing: Promise<number> | undefined;
  return {
    name: 'kps:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => { outDir = fileURLToPath(config.outDir); },
      'astro:build:generated': () => {
        const files = takeCitationFiles();
        count = files.size;
        writing = writeFilesInBackground(outDir, files);
        writing.catch(() => {}); // awaited at astro:build:done, where a failure stops the build
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Pages recorded after the generation (none in a build of Astro's as it is now) are written too.
        const late = takeCitationFiles();
        count += late.size;
        if (count === 0) throw new Error('Pliki cytowania (/cytuj/): żadna strona do czytania ich nie zapisała (src/layouts/Reading.astro wywołuje recordCitations)');
        await Promise.all([writing, late.size ? writeFilesInBackground(fileURLToPath(dir), late) : undefined]);
        logger.info(`pliki cytowania: ${count} w /cytuj/`);
      },
    },
  };
}
