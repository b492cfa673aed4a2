/** The content lint: small rules over the files of `content/`, each giving `file:line` messages. */
import type { ContentHistory } from '../git-dates.ts';

export type Severity = 'error' | 'warning';

export interface LintMessage {
  /** Path relative to the content folder, e.g. `articles/historia/charzykowy-1989.md`. */
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  severity: Severity;
  message: string;
}

export interface ContentFile {
  /** Path relative to the content folder, with `/`. */
  path: string;
  /** The collection: the first folder (`articles`, `sources`, …). */
  collection: string;
  /** The entry id as Astro's glob loader makes it: the path inside the collection, without extension. */
  id: string;
  text: string;
  /** Frontmatter of a Markdown file, or the whole YAML file. */
  data: Record<string, unknown>;
  /** Markdown body (empty for YAML). */
  body: string;
  /** The line of the file where the body starts (1-based). */
  bodyLine: number;
  /** The line where the YAML data starts: 2 after a `---` line, 1 for a YAML file. */
  dataLine: number;
}

export interface LintContext {
  files: ContentFile[];
  /** Today, for rules about age. */
  now: Date;
  /**
   * The git history of the content folder (paths relative to it), for rules about translations; incomplete in a
   * shallow clone or without git. `now` dates an uncommitted change.
   */
  history?: ContentHistory & { now: Date };
}

export interface Rule {
  id: string;
  /** What the rule looks for, in one line. */
  description: string;
  check(ctx: LintContext): LintMessage[];
}

export function formatMessage(m: LintMessage, dir = 'content'): string {
  return `${dir}/${m.file}:${m.line} ${m.severity} ${m.rule}: ${m.message}`;
}
