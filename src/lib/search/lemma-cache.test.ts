import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readLemmaEntries } from './lemma-cache';

const dir = mkdtempSync(join(tmpdir(), 'kps-lemmas-'));
async function read(path: string, words: string[]) {
  const out = [];
  for await (const e of readLemmaEntries(path, new Set(words))) out.push(e);
  return out;
}

describe('readLemmaEntries', () => {
  it('keeps the entries whose lemma or a form is among the words', async () => {
    const path = join(dir, 'ok.tsv.gz');
    writeFileSync(path, gzipSync('ośrodek\tośrodka ośrodku\nwniosek\twnioski\nkot\tkota'));
    expect(await read(path, ['ośrodku', 'wniosek'])).toEqual([
      { lemma: 'ośrodek', forms: ['ośrodka', 'ośrodku'] },
      { lemma: 'wniosek', forms: ['wnioski'] },
    ]);
  });

  it('stops with the file named when the cache is damaged', async () => {
    const path = join(dir, 'damaged.tsv.gz');
    writeFileSync(path, gzipSync('ośrodek\tośrodka\n'.repeat(5000)).subarray(0, 200));
    await expect(read(path, ['x'])).rejects.toThrow(/damaged\.tsv\.gz: damaged cache of word forms/);
    const bad = join(dir, 'bad.tsv.gz');
    writeFileSync(bad, gzipSync('no tab here'));
    await expect(read(bad, ['x'])).rejects.toThrow(/bad\.tsv\.gz: damaged cache of word forms \(line 1/);
  });
});
