import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A digest of files and folders (folders with everything in them): their paths, relative to `root`, and their
 * contents. It changes when any file is added, removed, renamed or edited; a missing path counts as missing.
 */
export function inputsDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const name = relative(root, path);
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      hash.update(`missing ${name}\0`);
      return;
    }
    if (isDir) for (const child of readdirSync(path).sort()) add(join(path, child));
    else hash.update(`${name}\0`).update(readFileSync(path)).update('\0');
  };
  for (const path of paths) add(path);
  return hash.digest('hex');
}
