/**
 * `npm run urls:update`: adds the URLs of the last build to `test/published-urls.txt`, keeping every URL already there.
 * Reads the sitemap of `dist/` (or of `KPS_OUT_DIR`); run `npm run build` first.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatUrlList, mergeUrlList, parseUrlList, sitemapLocs } from '../src/lib/published-urls.ts';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.KPS_OUT_DIR ?? 'dist');
const listFile = join(root, 'test/published-urls.txt');
const indexFile = join(dist, 'sitemap-index.xml');

if (!existsSync(indexFile)) {
  console.error(`urls:update: ${indexFile} not found – build the site first (npm run build).`);
  process.exit(1);
}
const built = sitemapLocs(readFileSync(indexFile, 'utf8')).flatMap((map) => sitemapLocs(readFileSync(join(dist, map), 'utf8')));
const published = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
const merged = mergeUrlList(published, built);
writeFileSync(listFile, formatUrlList(merged));
console.log(`urls:update: ${merged.length} URLs in test/published-urls.txt (${merged.length - published.length} new).`);
