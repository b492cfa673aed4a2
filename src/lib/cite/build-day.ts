/**
 * The access date („[dostęp …]”, and `accessed` in the files) of every citation, `YYYY-MM-DD`: the day of the version
 * of the site being built. So that two builds of the same sources are byte-identical, it is not „today” but, in order:
 * `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention), the day of the repository's latest commit,
 * and only without git, today.
 */
import { headCommitDay } from '../git-dates';

let cached: string | undefined;

export function buildDay(
  env: Record<string, string | undefined> = process.env,
  head: () => string | undefined = headCommitDay,
  now: () => Date = () => new Date(),
): string {
  const defaults = env === process.env && head === headCommitDay;
  if (defaults && cached) return cached;
  const epoch = env.SOURCE_DATE_EPOCH;
  const day = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString().slice(0, 10) : (head() ?? now().toISOString().slice(0, 10));
  if (defaults) cached = day;
  return day;
}
