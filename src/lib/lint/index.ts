/** The content lint: every rule, run over a content folder. `scripts/lint-content.ts` prints the result. */
import { loadContent } from './load.ts';
import { asciiQuotes } from './rules/ascii-quotes.ts';
import { legalStateAge } from './rules/legal-state-age.ts';
import { pageSources } from './rules/page-sources.ts';
import { reviewedAge } from './rules/reviewed-age.ts';
import { statisticYear } from './rules/statistic-year.ts';
import { unusedGlossary } from './rules/unused-glossary.ts';
import { unusedSources } from './rules/unused-sources.ts';
import { translationOutdated } from './rules/translation-outdated.ts';
import { contentHistory } from '../git-dates.ts';
import type { LintMessage, Rule } from './types.ts';

export const rules: Rule[] = [asciiQuotes, statisticYear, pageSources, unusedSources, unusedGlossary, reviewedAge, legalStateAge, translationOutdated];

/** Runs the rules (all by default) over the content folder; messages sorted by file and line. */
export function lintContent(dir: string, { now = new Date(), only = rules }: { now?: Date; only?: Rule[] } = {}): LintMessage[] {
  // The history of the folder itself (`git log --relative` from inside it): paths as the files have them.
  const ctx = { files: loadContent(dir), now, history: { ...contentHistory('.', dir, false), now } };
  return only
    .flatMap((r) => r.check(ctx))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule));
}

export { formatMessage } from './types.ts';
export type { LintMessage, Rule } from './types.ts';
