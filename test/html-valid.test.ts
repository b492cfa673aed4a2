/**
 * Every built page passes the W3C Nu HTML Checker (npm `vnu-jar`, which needs Java) with 0 errors.
 * One Java process checks all pages, plus a broken fixture that proves the checker reports errors at all.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';
import { builtPages, DIST } from './helpers/dist';

/** The checker itself, shipped inside the npm package. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const JAVA_HINT = 'Java not found: install it (Debian/Ubuntu: `apt-get install default-jre-headless`); .ci/run does.';

function javaAvailable(): boolean {
  if (spawnSync('java', ['-version']).status === 0) return true;
  if (process.env.CI === 'true') throw new Error(`${JAVA_HINT} (CI=true: the HTML check may not be skipped)`);
  console.warn(`Skipping the HTML check. ${JAVA_HINT}`);
  return false;
}

interface VnuMessage { type: string; url: string; lastLine?: number; message: string; extract?: string }

describe.runIf(javaAvailable())('valid HTML (Nu HTML Checker)', () => {
  const broken = resolve(ROOT, 'test/fixtures/html/invalid.html');
  const files = builtPages().map((p) => p.file);
  let messages: VnuMessage[] = [];

  it('checks every page in one run', () => {
    const r = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', broken, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // vnu writes its JSON report to stderr and exits 1 when it found errors.
    messages = (JSON.parse(r.stderr) as { messages: VnuMessage[] }).messages;
    expect(files.length).toBeGreaterThan(10);
  }, 180_000);

  it('reports the errors of a broken page (the checker works)', () => {
    const errors = messages.filter((m) => m.url.endsWith('/test/fixtures/html/invalid.html'));
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });

  it('finds 0 errors on the built pages', () => {
    const errors = messages
      .filter((m) => !m.url.endsWith('/test/fixtures/html/invalid.html'))
      .map((m) => `${relative(DIST, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.type}: ${m.message}${m.extract ? ` – ${m.extract.trim().slice(0, 80)}` : ''}`);
    expect(errors).toEqual([]);
  });
});
