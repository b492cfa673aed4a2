import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
const ASTRO = resolve(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` with the given environment (content dir, out dir, cache dir). */
export function astroBuild(env: Record<string, string> = {}): BuildResult {
  const r = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
