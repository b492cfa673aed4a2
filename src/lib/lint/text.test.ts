import { describe, expect, it } from 'vitest';
import { readContentFile } from './load';
import { keyLine, proseLines, yamlTextValues } from './text';

const md = readContentFile('articles/a.md', ['---', 'title: "T"', 'sources: [x]', '---', '', 'Tekst `kod "x"` i <a href="/y">link</a>.', '```', '"w kodzie"', '```', 'Koniec https://a.pl/"b".'].join('\n'));

describe('lint text helpers', () => {
  it('reads frontmatter, the body and the line the body starts on', () => {
    expect(md.collection).toBe('articles');
    expect(md.id).toBe('a');
    expect(md.data).toEqual({ title: 'T', sources: ['x'] });
    expect(md.bodyLine).toBe(5);
  });

  it('finds the line of a frontmatter key', () => {
    expect(keyLine(md, 'sources')).toBe(3);
    expect(keyLine(md, 'missing')).toBe(2);
  });

  it('keeps prose and blanks out code, tags and URLs', () => {
    const prose = proseLines(md);
    expect(prose.map((p) => p.line)).toEqual([5, 6, 10]);
    expect(prose.some((p) => p.text.includes('"'))).toBe(false);
  });

  it('lists YAML string values with their keys and lines', () => {
    const y = readContentFile('sources/s.yaml', 'title: Tytuł\nnote: >-\n  dwa\n  wiersze\nauthor:\n  - literal: Ktoś\n');
    expect(yamlTextValues(y).map((v) => `${v.key}:${v.line}:${v.value}`)).toEqual(['title:1:Tytuł', 'note:2:dwa wiersze', 'literal:6:Ktoś']);
  });
});
