import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { astroBuild } from './astro';
import { DIST } from './dist';

/**
 * Builds the real site once before the tests that read `dist/`.
 * `KPS_SKIP_BUILD=1` reuses an existing `dist/` (handy while writing tests).
 */
export default function setup() {
  const dist = DIST;
  if (process.env.KPS_SKIP_BUILD === '1' && existsSync(resolve(dist, 'index.html'))) return;
  const r = astroBuild();
  if (r.status !== 0) throw new Error(`astro build failed:\n${r.output.slice(-4000)}`);
}
