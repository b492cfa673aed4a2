import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sitemapLocs } from '../../src/lib/published-urls';
import { DIST } from './dist';

/** The paths of every page in the built sitemap(s), e.g. `/historia/charzykowy-1989/`. */
export function sitemapPaths(): string[] {
  return sitemapLocs(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).flatMap((map) => sitemapLocs(readFileSync(join(DIST, map), 'utf8')));
}
