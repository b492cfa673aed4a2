import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { astroBuild, ROOT, type BuildResult } from './astro';

const FIXTURE = resolve(ROOT, 'test/fixtures/minimal');

/**
 * Builds the minimal fixture content with some files added or replaced, in its own folder under
 * `test/.tmp/<group>/<name>` (content, dist and cache), so that a test sees only what it broke.
 */
export function buildFixture(group: string, name: string, files: Record<string, string>): BuildResult {
  const dir = resolve(ROOT, 'test/.tmp', group, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(FIXTURE, join(dir, 'content'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    // Git keeps no empty folders, so a collection the fixture leaves empty has no folder in a fresh clone.
    mkdirSync(dirname(join(dir, 'content', path)), { recursive: true });
    writeFileSync(join(dir, 'content', path), text);
  }
  return astroBuild({ KPS_CONTENT_DIR: relative(ROOT, join(dir, 'content')), KPS_OUT_DIR: join(dir, 'dist'), KPS_CACHE_DIR: join(dir, 'cache') });
}

/** A minimal valid article with the given title, for fixtures that need more pages. */
export const fixtureArticle = (front: string, body = 'Tekst.[^1]\n\n[^1]: [@krakow].\n') =>
  `---\n${front}\ndescription: Opis strony testowej, wystarczająco długi, by spełnić wymagania schematu treści.\nsection: historia\nsources: [krakow]\nreviewed: 2026-11-23\n---\n\n${body}`;
