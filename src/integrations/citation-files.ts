import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeCitationFiles } from '../lib/cite/citation-files';

/**
 * Writes the citation downloads (`/cytuj/…`) that the reading pages recorded while they rendered.
 * A build whose pages recorded none stops: every reading page links to its downloads.
 */
export default function citationFiles(): AstroIntegration {
  return {
    name: 'kps:citation-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const files = takeCitationFiles();
        if (files.size === 0) throw new Error('Pliki cytowania (/cytuj/): żadna strona do czytania ich nie zapisała (src/layouts/Reading.astro wywołuje recordCitations)');
        const outDir = fileURLToPath(dir);
        for (const [path, text] of files) {
          const file = join(outDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        logger.info(`pliki cytowania: ${files.size} w /cytuj/`);
      },
    },
  };
}
