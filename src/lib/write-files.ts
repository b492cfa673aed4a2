import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Writes the files under `root` now, one after the other, each folder made once; a failure is noted with its file and
 * the rest go on. Throws naming the first file that failed. Returns how many were written.
 */
export function writeFiles(root: string, files: Iterable<readonly [path: string, bytes: string | Uint8Array]>): number {
  const made = new Set<string>();
  const failures: string[] = [];
  let written = 0;
  for (const [path, bytes] of files) {
    const file = join(root, path);
    try {
      const dir = dirname(file);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      writeFileSync(file, bytes);
      written++;
    } catch (err) {
      failures.push(`${file}: ${(err as Error).message}`);
    }
  }
  if (failures.length) throw new Error(failures[0]);
  return written;
}
