import { describe, expect, it } from 'vitest';
import { pathPositions, pathProblems, pathsStartingAt, type ReadingPath } from './reading-paths';

const paths: ReadingPath[] = [
  { id: 'studenci', title: 'Dla studentów', page: 'dla-studentow', steps: ['zawod/role', 'zawod/kompetencje', 'zawod/etyka'] },
  { id: 'nowi', title: 'Dla nowych', page: 'dla-nowych', steps: ['system', 'zawod/role'] },
];

describe('pathPositions', () => {
  it('gives step k of n with the previous and next steps', () => {
    expect(pathPositions(paths, 'zawod/kompetencje')).toEqual([
      { path: 'studenci', title: 'Dla studentów', start: 'dla-studentow', step: 2, total: 3, previous: 'zawod/role', next: 'zawod/etyka' },
    ]);
  });
  it('has no previous step at the first and no next at the last', () => {
    const [first] = pathPositions(paths, 'zawod/role');
    expect(first).toMatchObject({ step: 1, previous: undefined, next: 'zawod/kompetencje' });
    expect(pathPositions(paths, 'zawod/etyka')[0]).toMatchObject({ step: 3, total: 3, next: undefined });
  });
  it('lists every path a page is on, and none for a page off the paths', () => {
    expect(pathPositions(paths, 'zawod/role').map((p) => [p.path, p.step])).toEqual([['studenci', 1], ['nowi', 2]]);
    expect(pathPositions(paths, 'historia')).toEqual([]);
    expect(pathsStartingAt(paths, 'dla-nowych').map((p) => p.id)).toEqual(['nowi']);
  });
});

describe('pathProblems', () => {
  it('reports a repeated step and the introduction used as a step, naming file and field', () => {
    expect(pathProblems([{ id: 'x', title: 'X', page: 'a', steps: ['b', 'a', 'b'] }])).toEqual([
      'content/paths/x.yaml: steps[1]: strona „a” jest początkiem ścieżki (page), nie jej krokiem',
      'content/paths/x.yaml: steps[2]: strona „b” jest już krokiem 1 tej ścieżki',
    ]);
    expect(pathProblems(paths)).toEqual([]);
  });
});
