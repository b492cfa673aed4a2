import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, encodeHead, skipCbor, type Cbor } from './cbor';
import { chunkFrom, rechunk, unwrap, wrap } from './rechunk';

describe('cbor', () => {
  it('encodes and decodes back to the same value and bytes', () => {
    const value: Cbor = ['1.6.0', [0, 23, 24, 255, 256, 65_536, -1, -25, -300], 'żółw', [[]], true, null];
    const bytes = encodeCbor(value);
    expect(decodeCbor(bytes).value).toEqual(value);
    expect(encodeCbor(decodeCbor(bytes).value)).toEqual(bytes);
  });

  it('finds where an item ends without decoding it, and writes heads as encodeCbor does', () => {
    const items: Cbor[] = [0, 300, -70_000, 'żółw', new Uint8Array(300), [[1, [2, 3]], 'a'], Array.from({ length: 70_000 }, () => 1), true, null];
    const bytes = encodeCbor(items);
    expect(skipCbor(bytes, 0)).toBe(bytes.length);
    for (const n of [0, 23, 24, 255, 256, 65_535, 65_536]) expect(encodeHead(4, n)).toEqual(encodeCbor(new Array(n).fill(0)).subarray(0, encodeHead(4, n).length));
  });
});

describe('chunkFrom', () => {
  it('names a chunk from the shortest prefix of its first word that comes after the chunk before', () => {
    expect(chunkFrom('apple', 'apricot')).toBe('apr');
    expect(chunkFrom('cataraman', 'yacht')).toBe('y');
    expect(chunkFrom('osrodek', 'osrodka')).toBe('osrodk');
  });
});

describe('rechunk', () => {
  const word = (w: string, page: number) => [w, [[page, [-25, 1, 2, 3], []]], []];
  const meta = wrap(['1.6.0', [['pl_a', 10, '']], [['a', 'k', 'pl_c1'], ['l', 'z', 'pl_c2']], [], [], []]);
  const chunks = new Map([
    ['pl_c1', wrap([[word('ala', 0), word('dom', 0), word('kot', 0)]])],
    ['pl_c2', wrap([[word('las', 0), word('most', 0), word('zorza', 0)]])],
  ]);
  let n = 0;

  it('splits the words into more, smaller chunks, listed in order, each ending with its last word in full', () => {
    const size = encodeCbor(word('ala', 0) as Cbor).length;
    const out = rechunk(meta, chunks, 2 * size + 3, (cs) => cs.map(() => `pl_n${n++}`));
    const m = unwrap(out.meta, 'meta') as [string, Cbor, string[][]];
    expect(m[2]).toEqual([['ala', 'dom', 'pl_n0'], ['k', 'las', 'pl_n1'], ['m', 'zorza', 'pl_n2']]);
    const all = [...out.chunks.values()].flatMap((b) => (unwrap(b, 'chunk') as [Cbor[][]])[0].map((w) => w[0]));
    expect(all).toEqual(['ala', 'dom', 'kot', 'las', 'most', 'zorza']);
  });

  it('puts every word in the one chunk Pagefind finds for it with from <= word <= to', () => {
    const out = rechunk(meta, chunks, 1, (cs) => cs.map(() => `pl_w${n++}`));
    const list = (unwrap(out.meta, 'meta') as [string, Cbor, string[][]])[2];
    for (const [hash, bytes] of out.chunks) {
      for (const [w] of (unwrap(bytes, 'chunk') as [string[][]])[0]) {
        expect(list.filter(([from, to]) => w! >= from! && w! <= to!).map((c) => c[2]), w).toEqual([hash]);
      }
    }
  });

  it('gives the pages their new fragment names, and stops on a page without one', () => {
    const out = rechunk(meta, chunks, 100, (cs) => cs.map(() => `pl_p${n++}`), 'm', new Map([['pl_a', 'pl_b1']]));
    expect((unwrap(out.meta, 'meta') as [string, Cbor[][]])[1]).toEqual([['pl_b1', 10, '']]);
    expect(() => rechunk(meta, chunks, 100, (cs) => cs.map(String), 'pagefind.pl_m.pf_meta', new Map())).toThrow(/pagefind\.pl_m\.pf_meta: page "pl_a" has no fragment/);
  });

  it('stops with the file named when the format is not the one it knows', () => {
    expect(() => rechunk(wrap(['2.0.0', [], []]), chunks, 25, (cs) => cs.map(String), 'pagefind.pl_x.pf_meta')).toThrow(/pagefind\.pl_x\.pf_meta.*unknown layout/);
    expect(() => rechunk(new TextEncoder().encode('nonsense'), chunks, 25, (cs) => cs.map(String), 'm.pf_meta')).toThrow(/m\.pf_meta: not a Pagefind data file/);
  });
});
