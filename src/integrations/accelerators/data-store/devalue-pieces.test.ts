import * as devalue from 'devalue';
import { describe, expect, it } from 'vitest';
import { devaluePieces, NotATreeError } from './devalue-pieces';

const text = (value: unknown, pieceChars?: number) => [...devaluePieces(value, pieceChars)].join('');

/** Shaped like Astro's data store: collections of entries with data, rendered HTML, dates and metadata. */
const store = () =>
  new Map<string, Map<string, unknown>>([
    ['glossary', new Map([['pracownik-socjalny', { id: 'pracownik-socjalny', data: { term: 'pracownik socjalny', aliases: ['pracownicy socjalni'], expansion: undefined }, digest: 'ab12' }]])],
    ['history', new Map([
      ['charzykowy', {
        id: 'charzykowy',
        data: { title: 'Spotkanie w Charzykowach (1989)', reviewed: new Date('2026-11-21T00:00:00.000Z'), sources: [{ id: 'ustawa', pages: null }], weight: 1.5, draft: false },
        body: 'Tekst z „cudzysłowem” – i myślnikiem.\n\n<script>alert(1)</script> \u2028 \\ "',
        rendered: { html: '<p>Zdanie z przypisem<sup><a href="#fn-1">1</a></sup>.</p>', metadata: { headings: [], frontmatter: { tags: [] }, imagePaths: [] } },
        filePath: 'content/history/charzykowy.mdx',
        deferredRender: true,
      }],
    ])],
  ]);

describe('devaluePieces', () => {
  it('reads back with devalue.parse as the same value devalue.stringify would give', () => {
    const value = store();
    expect(devalue.parse(text(value))).toEqual(devalue.parse(devalue.stringify(value)));
    expect(devalue.parse(text(value))).toEqual(value);
  });

  it('keeps undefined, holes, special numbers, sets, empty containers and big integers', () => {
    // eslint-disable-next-line no-sparse-arrays
    const value = { u: undefined, a: [1, , 3], n: [NaN, Infinity, -Infinity, -0, 0, 1e21], s: new Set(['x', 2]), e: {}, ea: [], m: new Map(), b: 10n, nul: null, t: true };
    const back = devalue.parse(text(value)) as typeof value;
    expect(back).toEqual(value);
    expect(1 in back.a, 'the hole stays a hole').toBe(false);
    expect(Object.is(back.n[3], -0)).toBe(true);
    expect('u' in back).toBe(true);
  });

  it('writes a string of its own, and a constant, as devalue does', () => {
    expect(text('ąę')).toBe(devalue.stringify('ąę'));
    expect(text(undefined)).toBe(devalue.stringify(undefined));
    expect(text(new Date('2026-12-02T10:00:00Z'))).toBe(devalue.stringify(new Date('2026-12-02T10:00:00Z')));
  });

  it('makes pieces of about the size asked for, which join into the whole', () => {
    const big = new Map(Array.from({ length: 200 }, (_, i) => [`strona-${i}`, { html: `<p>${'ośrodek pomocy społecznej '.repeat(20)}${i}</p>` }]));
    const pieces = [...devaluePieces(big, 4096)];
    expect(pieces.length).toBeGreaterThan(10);
    for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan(4096 + 1000);
    expect(devalue.parse(pieces.join(''))).toEqual(big);
  });

  it('refuses what is not a tree of plain data, naming where', () => {
    const shared = { x: 1 };
    expect(() => text({ a: shared, b: shared })).toThrow(new NotATreeError('(root).b: met twice (shared or circular)'));
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => text(loop)).toThrow(NotATreeError);
    expect(() => text({ when: new URL('https://example.org') })).toThrow('(root).when: not a plain object (URL)');
    expect(() => text({ f: () => 1 })).toThrow('(root).f: a function is not data');
  });
});
