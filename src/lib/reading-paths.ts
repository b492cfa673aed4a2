/** Guided reading paths: where a page stands in each path that passes through it. Pure. */

export interface ReadingPath {
  /** The path's file name in `content/paths/`. */
  id: string;
  title: string;
  /** The article that introduces the path. */
  page: string;
  /** Article ids, in reading order. */
  steps: string[];
}

export interface PathPosition {
  path: string;
  title: string;
  /** The path's introduction. */
  start: string;
  /** 1-based. */
  step: number;
  total: number;
  previous?: string;
  next?: string;
}

/** Every path the page is a step of, with its place and neighbours there. */
export function pathPositions(paths: ReadingPath[], pageId: string): PathPosition[] {
  return paths.flatMap((p) => {
    const i = p.steps.indexOf(pageId);
    if (i < 0) return [];
    return [{ path: p.id, title: p.title, start: p.page, step: i + 1, total: p.steps.length, previous: p.steps[i - 1], next: p.steps[i + 1] }];
  });
}

/** The paths a page introduces. */
export const pathsStartingAt = (paths: ReadingPath[], pageId: string) => paths.filter((p) => p.page === pageId);

/** Problems that would make a path's navigation ambiguous, as „content/paths/<id>.yaml: field: problem”. */
export function pathProblems(paths: ReadingPath[]): string[] {
  return paths.flatMap((p) => {
    const file = `content/paths/${p.id}.yaml`;
    const problems: string[] = [];
    p.steps.forEach((s, i) => {
      if (p.steps.indexOf(s) !== i) problems.push(`${file}: steps[${i}]: strona „${s}” jest już krokiem ${p.steps.indexOf(s) + 1} tej ścieżki`);
      if (s === p.page) problems.push(`${file}: steps[${i}]: strona „${s}” jest początkiem ścieżki (page), nie jej krokiem`);
    });
    return problems;
  });
}
