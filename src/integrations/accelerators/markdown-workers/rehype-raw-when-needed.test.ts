import { describe, expect, it } from 'vitest';
import type { Root } from 'hast';
import { needsRaw } from './rehype-raw-when-needed';

const root = (...children: Root['children']): Root => ({ type: 'root', children });
const p = (...children: Root['children']) => ({ type: 'element' as const, tagName: 'p', properties: {}, children: children as never });

describe('needsRaw', () => {
  it('is false for a tree of elements and text', () => {
    expect(needsRaw(root(p({ type: 'text', value: 'Zdanie.' })))).toBe(false);
  });
  it('finds raw HTML, a comment or a template at any depth', () => {
    expect(needsRaw(root(p(p({ type: 'raw', value: '<b>x</b>' } as never))))).toBe(true);
    expect(needsRaw(root(p({ type: 'comment', value: 'uwaga' })))).toBe(true);
    expect(needsRaw(root({ type: 'element', tagName: 'template', properties: {}, children: [] }))).toBe(true);
  });
});
