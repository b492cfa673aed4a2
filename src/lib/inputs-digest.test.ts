import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { inputsDigest } from './inputs-digest';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('inputsDigest', () => {
  it('changes when a file is edited, added or renamed, and not otherwise', () => {
    root = mkdtempSync(join(tmpdir(), 'kps-digest-'));
    mkdirSync(join(root, 'dir/sub'), { recursive: true });
    writeFileSync(join(root, 'dir/a.yaml'), 'a: 1\n');
    writeFileSync(join(root, 'dir/sub/b.yaml'), 'b: 1\n');
    const paths = [join(root, 'dir'), join(root, 'missing')];
    const before = inputsDigest(root, paths);
    expect(inputsDigest(root, paths)).toBe(before);
    writeFileSync(join(root, 'dir/sub/b.yaml'), 'b: 2\n');
    const edited = inputsDigest(root, paths);
    expect(edited).not.toBe(before);
    renameSync(join(root, 'dir/a.yaml'), join(root, 'dir/c.yaml'));
    const renamed = inputsDigest(root, paths);
    expect(renamed).not.toBe(edited);
    writeFileSync(join(root, 'missing'), '');
    expect(inputsDigest(root, paths)).not.toBe(renamed);
  });
});
