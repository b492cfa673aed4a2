import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetStaleStore, STAMP_FILE } from './render-inputs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('forgetStaleStore', () => {
  it('keeps the data store while the digest is the same, and removes it once the digest changes', () => {
    dir = mkdtempSync(join(tmpdir(), 'kps-store-'));
    writeFileSync(join(dir, 'data-store.json'), '[]');
    // No stamp yet (a cache from before this check): the store is not trusted.
    expect(forgetStaleStore(dir, 'a')).toBe(true);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
    expect(readFileSync(join(dir, STAMP_FILE), 'utf8')).toBe('a');
    writeFileSync(join(dir, 'data-store.json'), '[]');
    expect(forgetStaleStore(dir, 'a')).toBe(false);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(true);
    expect(forgetStaleStore(dir, 'b')).toBe(true);
    expect(existsSync(join(dir, 'data-store.json'))).toBe(false);
  });
  it('creates the folder of a cache that does not exist yet', () => {
    dir = mkdtempSync(join(tmpdir(), 'kps-store-'));
    expect(forgetStaleStore(join(dir, 'new'), 'a')).toBe(false);
    expect(readFileSync(join(dir, 'new', STAMP_FILE), 'utf8')).toBe('a');
  });
});
