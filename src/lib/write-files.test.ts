import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFiles } from './write-files';

describe('writeFiles', () => {
  it('writes every file, text or bytes, in new folders, and counts them', () => {
    const root = mkdtempSync(join(tmpdir(), 'kps-write-'));
    const files = Array.from({ length: 50 }, (_, i) => [`a/${i % 3}/f${i}.txt`, `plik ${i} – ąę`] as const);
    expect(writeFiles(root, files)).toBe(50);
    expect(readFileSync(join(root, 'a/2/f47.txt'), 'utf8')).toBe('plik 47 – ąę');
    expect(writeFiles(root, [['p/a.bin', new Uint8Array([1, 2])]])).toBe(1);
    expect([...readFileSync(join(root, 'p/a.bin'))]).toEqual([1, 2]);
    expect(writeFiles(root, [])).toBe(0);
  });

  it('writes the others, then throws naming the file that could not be written', () => {
    const root = mkdtempSync(join(tmpdir(), 'kps-write-'));
    writeFileSync(join(root, 'zajęte'), 'a file where a folder should be');
    const files = [['ok.txt', 'ok'], ['zajęte/x.txt', 'x'], ['ok2.txt', 'ok']] as const;
    expect(() => writeFiles(root, files)).toThrow(`${join(root, 'zajęte/x.txt')}:`);
    expect(readFileSync(join(root, 'ok2.txt'), 'utf8')).toBe('ok');
  });
});
