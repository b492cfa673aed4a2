/**
 * Is a translation still the translation of its original? An English page records the commit of the Polish file it
 * translates (`translatedRevision`); every later commit of that file is a change the translation may lack.
 */
import type { FileChange } from './git-dates.ts';

export type Freshness =
  /** The Polish file has not changed since the recorded commit. */
  | { state: 'current' }
  /** The Polish file changed after the recorded commit; `changedOn` is the day of its latest change. */
  | { state: 'outdated'; changedOn: string; since: FileChange[] }
  /** The history is not available (a shallow clone, no git): nothing can be said. */
  | { state: 'unknown' }
  /** The recorded commit never changed the Polish file: a mistyped or wrong revision. */
  | { state: 'not-a-revision' };

/** What an English page says at its top about its translation. */
export interface TranslationNote {
  /** The translation may be out of date: the Polish page changed after the translated revision. */
  outdated: boolean;
  /** The sentence (English). */
  text: string;
  /** The link to the Polish page: its text and address. */
  link: { text: string; href: string };
  /** For an outdated translation: the day the Polish page last changed (`YYYY-MM-DD`). */
  changedOn?: string;
}

/** The words of the note, from the English dictionary's `translation` strings and a date formatter. */
export function translationNote(
  original: string,
  freshness: Freshness | undefined,
  words: { outdated: (date: string) => string; outdatedLink: string; translatedFrom: string; original: string },
  formatDay: (day: string) => string,
): TranslationNote {
  if (freshness?.state === 'outdated') {
    return { outdated: true, text: words.outdated(formatDay(freshness.changedOn)), link: { text: words.outdatedLink, href: original }, changedOn: freshness.changedOn };
  }
  return { outdated: false, text: `${words.translatedFrom}:`, link: { text: words.original, href: original } };
}

/**
 * `changes`: the Polish file's commits, newest first (undefined without a complete history);
 * `uncommitted`: the Polish file has edits not yet committed (they count as a change made today).
 */
export function translationFreshness(revision: string, changes: readonly FileChange[] | undefined, uncommitted = false, today = new Date()): Freshness {
  // No history, or a Polish file not committed yet (no revision of it can be named): nothing can be said.
  if (!changes || changes.length === 0) return { state: 'unknown' };
  const at = changes.findIndex((c) => c.hash.startsWith(revision));
  if (at === -1) return { state: 'not-a-revision' };
  if (uncommitted) return { state: 'outdated', changedOn: today.toISOString().slice(0, 10), since: changes.slice(0, at) };
  if (at === 0) return { state: 'current' };
  return { state: 'outdated', changedOn: changes[0]!.day, since: changes.slice(0, at) };
}
