/**
 * The values the search filters offer: the section and reader labels the reading pages give Pagefind
 * (`data-pagefind-filter` in src/layouts/Reading.astro). Written into the search page at build time, so the first
 * query need not fetch Pagefind's filter index (about 4 KiB at 1000 pages, growing with the site) to fill the lists.
 */
import { dictionaries, type Lang } from '../i18n';
import { articles, roles, translations } from './collections';
import { englishPageFacts } from './translations';

const sorted = (lang: Lang, values: Iterable<string>) => [...new Set(values)].sort(new Intl.Collator(lang).compare);

/** The filter values of an edition's pages, in its language. */
export async function searchFilterValues(lang: Lang): Promise<{ section: string[]; audience: string[] }> {
  const text = dictionaries[lang];
  const facts = lang === 'en'
    ? await Promise.all((await translations()).map(englishPageFacts))
    : [...(await articles()).map((a) => a.data), ...(await roles()).map(() => ({ section: 'zawod' as const, audience: [] }))];
  return {
    section: sorted(lang, facts.map((f) => text.sections[f.section])),
    audience: sorted(lang, facts.flatMap((f) => f.audience.map((x) => text.audiences[x]))),
  };
}
