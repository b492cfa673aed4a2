import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles, writeFilesInBackground } from './background-writes';

describe('writeFilesInBackground and writeFiles', () => {
  it('writes every file, in new folders, and counts them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kps-bg-'));
    const files = Array.from({ length: 50 }, (_, i) => [`a/${i % 3}/f${i}.txt`, `plik ${i} – ąę`] as const);
    await expect(writeFilesInBackground(root, files)).resolves.toBe(50);
    expect(readFileSync(join(root, 'a/2/f47.txt'), 'utf8')).toBe('plik 47 – ąę');
  });

  it('settles when there is nothing to write', async () => {
    await expect(writeFilesInBackground(mkdtempSync(join(tmpdir(), 'kps-bg-')), [])).resolves.toBe(0);
  });

  it('rejects naming the file that could not be written, after the others are written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kps-bg-'));
    writeFileSync(join(root, 'zajęte'), 'a file where a folder should be');
    const files = [['ok.txt', 'ok'], ['zajęte/x.txt', 'x'], ['ok2.txt', 'ok']] as const;
    await expect(writeFilesInBackground(root, files)).rejects.toThrow(`${join(root, 'zajęte/x.txt')}:`);
    expect(readFileSync(join(root, 'ok2.txt'), 'utf8')).toBe('ok');
  });

  it('writes at once on this thread too, and stops naming the file that failed', () => {
    const root = mkdtempSync(join(tmpdir(), 'kps-bg-'));
    expect(writeFiles(root, [['p/a.bin', new Uint8Array([1, 2])], ['p/b.txt', 'ą']])).toBe(2);
    expect([...readFileSync(join(root, 'p/a.bin'))]).toEqual([1, 2]);
    writeFileSync(join(root, 'zajęte'), 'x');
    expect(() => writeFiles(root, [['zajęte/x.txt', 'x']])).toThrow(`${join(root, 'zajęte/x.txt')}:`);
  });
});
