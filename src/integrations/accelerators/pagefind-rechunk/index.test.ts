import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SIGNATURE } from './rechunk';
import { slimFragments } from './index';

const fragment = (data: object) => gzipSync(SIGNATURE + JSON.stringify(data));
const slim = (title: string) => ({ url: `/${title}/`, meta: { title }, anchors: [{ element: 'h2', id: 'a', text: 'A', location: 1 }] });

describe('slimFragments', () => {
  it('keeps every fragment when a new name is another fragment’s old one', async () => {
    const files = new Map<string, Uint8Array>();
    // The first fragment's new name: its slimmed content's hash, 5 hex digits (they differ at 5 here).
    const newA = `pl_${createHash('sha256').update(SIGNATURE + JSON.stringify(slim('a'))).digest('hex').slice(0, 5)}`;
    const withExtra = (title: string) => ({ ...slim(title), meta: { title, formy: 'x y' }, anchors: [...slim(title).anchors, { element: 'a', id: 'fnref-1', text: '1', location: 2 }] });
    files.set('fragment/pl_0000000.pf_fragment', fragment(withExtra('a')));
    files.set(`fragment/${newA}.pf_fragment`, fragment(withExtra('b')));
    files.set('pagefind.js', Buffer.from('// kept'));
    const { names } = await slimFragments(files, ['formy']);
    expect(names.get('pl_0000000')).toBe(newA);
    const kept = [...files.keys()].filter((f) => f.startsWith('fragment/'));
    expect(kept).toHaveLength(2);
    expect(files.get('pagefind.js')?.toString()).toBe('// kept');
    const read = (f: string) => JSON.parse(gunzipSync(files.get(f)!).toString('utf8').slice(SIGNATURE.length));
    expect(kept.map(read).map((d) => d.meta.title).sort()).toEqual(['a', 'b']);
    for (const f of kept) expect(read(f), f).toEqual(slim(read(f).meta.title));
  });
});
