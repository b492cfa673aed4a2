/**
 * The values the search filters offer: the section and reader labels the reading pages give Pagefind
 * (`data-pagefind-filter` in src/layouts/Reading.astro). Written into /szukaj/ at build time, so the first
 * query need not fetch Pagefind's filter index (about 4 KiB at 1000 pages, growing with the site) to fill the lists.
 */
import { pl } from '../i18n/pl';
import { articles, roles } from './collections';

const collator = new Intl.Collator('pl');
const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);

export async function searchFilterValues(): Promise<{ section: string[]; audience: string[] }> {
  const as = await articles();
  const rs = await roles();
  return {
    section: sorted([...as.map((a) => pl.sections[a.data.section]), ...(rs.length ? [pl.sections.zawod] : [])]),
    audience: sorted(as.flatMap((a) => a.data.audience.map((x) => pl.audiences[x]))),
  };
}
