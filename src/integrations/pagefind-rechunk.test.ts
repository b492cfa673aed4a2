import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SIGNATURE } from '../lib/search/rechunk';
import { slimFragments } from './pagefind-rechunk';

const fragment = (data: object) => gzipSync(SIGNATURE + JSON.stringify(data));
const slim = (title: string) => ({ url: `/${title}/`, meta: { title }, anchors: [{ element: 'h2', id: 'a', text: 'A', location: 1 }] });

describe('slimFragments', () => {
  it('keeps every fragment when a new name is another fragment’s old one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-'));
    mkdirSync(join(dir, 'fragment'));
    // The first fragment's new name: its slimmed content's hash, 5 hex digits (they differ at 5 here).
    const newA = `pl_${createHash('sha256').update(SIGNATURE + JSON.stringify(slim('a'))).digest('hex').slice(0, 5)}`;
    const withExtra = (title: string) => ({ ...slim(title), meta: { title, formy: 'x y' }, anchors: [...slim(title).anchors, { element: 'a', id: 'fnref-1', text: '1', location: 2 }] });
    writeFileSync(join(dir, 'fragment', 'pl_0000000.pf_fragment'), fragment(withExtra('a')));
    writeFileSync(join(dir, 'fragment', `${newA}.pf_fragment`), fragment(withExtra('b')));
    const { names } = await slimFragments(dir, 'formy');
    expect(names.get('pl_0000000')).toBe(newA);
    const files = readdirSync(join(dir, 'fragment'));
    expect(files).toHaveLength(2);
    const read = (f: string) => JSON.parse(gunzipSync(readFileSync(join(dir, 'fragment', f))).toString('utf8').slice(SIGNATURE.length));
    expect(files.map(read).map((d) => d.meta.title).sort()).toEqual(['a', 'b']);
    for (const f of files) expect(read(f), f).toEqual(slim(read(f).meta.title));
  });
});
