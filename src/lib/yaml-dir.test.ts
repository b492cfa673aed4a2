import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYamlDir } from './yaml-dir';

describe('readYamlDir', () => {
  it('reads each YAML file once and again only when the folder changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yaml-dir-'));
    writeFileSync(join(dir, 'a.yaml'), 'term: A\n');
    const first = readYamlDir(dir);
    expect(first).toEqual([{ id: 'a', data: { term: 'A' } }]);
    expect(readYamlDir(dir)).toBe(first);
    writeFileSync(join(dir, 'b.yaml'), 'term: B\n');
    expect(readYamlDir(dir).map((f) => f.id)).toEqual(['a', 'b']);
  });
  it('gives nothing for a folder that does not exist', () => {
    expect(readYamlDir('/nie/ma/takiego')).toEqual([]);
  });
});
