import { describe, expect, it } from 'vitest';
import { findDanglingReferences, formatProblems, type EntryLike } from './references';

const entries: EntryLike[] = [
  { collection: 'sources', id: 'ustawa', filePath: 'content/sources/ustawa.yaml', data: { title: 'x' } },
  { collection: 'glossary', id: 'ops', filePath: 'content/glossary/ops.yaml', data: { seeAlso: [{ collection: 'glossary', id: 'gmina' }], sources: [{ collection: 'sources', id: 'ustawa' }] } },
];

describe('findDanglingReferences', () => {
  it('names the file, the field and the missing entry', () => {
    const problems = findDanglingReferences(entries);
    expect(problems).toEqual([{ file: 'content/glossary/ops.yaml', field: 'seeAlso[0]', message: expect.stringContaining('„gmina”') }]);
    expect(formatProblems(problems)).toMatch(/^content\/glossary\/ops\.yaml: seeAlso\[0\]: /);
  });
  it('accepts references that resolve', () => {
    expect(findDanglingReferences(entries.slice(0, 1).concat([{ ...entries[1]!, data: { sources: [{ collection: 'sources', id: 'ustawa' }] } }]))).toEqual([]);
  });
});
