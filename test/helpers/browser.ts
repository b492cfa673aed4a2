import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Chromium for browser tests: `CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export function chromePath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter((p): p is string => Boolean(p));
  return candidates.find((p) => existsSync(p));
}

export const INSTALL_HINT = 'Chromium not found: install it (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH.';

/**
 * Whether browser tests can run. Without Chromium they are skipped with a hint,
 * except under CI=true, where a missing browser is an error.
 */
export function browserAvailable(): boolean {
  if (chromePath()) return true;
  if (process.env.CI === 'true') throw new Error(`${INSTALL_HINT} (CI=true: browser tests may not be skipped)`);
  console.warn(`Skipping browser tests. ${INSTALL_HINT}`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromePath()!,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
