import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { backgroundWriter, type BackgroundWriter } from '../lib/background-writes';
import { sendCitationFilesTo, takeCitationFiles } from '../lib/cite/citation-files';

/**
 * Writes the citation downloads (`/cytuj/…`) that the reading pages recorded while they rendered. The files
 * (3 a page) are written on a thread of their own (src/lib/background-writes.ts) from the moment the pages are
 * generated, while the other integrations build the sitemap and the search index; this integration's
 * `astro:build:done`, listed after theirs, waits for them. (Written on the main thread after the pages, they took
 * 2 s at 1000 pages; written during the page generation, they slowed it down by as much.) A build whose pages
 * recorded none, or one of whose files failed, stops: every reading page links to its downloads.
 */
export default function citationFiles(): AstroIntegration {
  let outDir = '';
  let writer: BackgroundWriter | undefined;
  return {
    name: 'kps:citation-files',
    hooks: {
      'astro:config:done': ({ config }) => { outDir = fileURLToPath(config.outDir); },
      'astro:build:generated': () => {
        const w = (writer = backgroundWriter(outDir));
        sendCitationFilesTo((path, text) => w.write(path, text));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = takeCitationFiles();
        if (files.size === 0) throw new Error('Pliki cytowania (/cytuj/): żadna strona do czytania ich nie zapisała (src/layouts/Reading.astro wywołuje recordCitations)');
        if (!writer || fileURLToPath(dir) !== outDir) {
          writer = backgroundWriter(fileURLToPath(dir));
          for (const [path, text] of files) writer.write(path, text);
        }
        await writer.settled();
        logger.info(`pliki cytowania: ${files.size} w /cytuj/`);
      },
    },
  };
}
