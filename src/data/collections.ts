/**
 * Queries over the content collections: the one place pages get their data from.
 * Sorting and grouping rules live in src/lib and are tested there.
 */
import { getCollection, getEntries, type CollectionEntry, type ReferenceDataEntry } from 'astro:content';
import { dateSortKey } from '../lib/dates';
import { findDanglingReferences, formatProblems } from '../lib/references';
import { ContentError } from '../lib/content-error';
import { audiences } from '../content.config';

const names = ['articles', 'roles', 'competencies', 'timeline', 'glossary', 'sources', 'institutions', 'statistics', 'paths', 'translations'] as const;

/** Checked once per build: every reference between entries resolves, or the build stops naming file and field. */
let integrity: Promise<void> | undefined;
function checkIntegrity(): Promise<void> {
  integrity ??= (async () => {
    const all = (await Promise.all(names.map((n) => getCollection(n)))).flat();
    const problems = findDanglingReferences(all);
    if (problems.length) throw new ContentError('content/', 'odwołania', `błędne odwołania (${problems.length}):\n${formatProblems(problems)}`);
  })();
  return integrity;
}

async function checked<C extends (typeof names)[number]>(name: C) {
  await checkIntegrity();
  return getCollection(name);
}

export type Article = CollectionEntry<'articles'>;
export type Source = CollectionEntry<'sources'>;

const byOrder = <T extends { data: { order?: number } }>(a: T, b: T) => (a.data.order ?? 100) - (b.data.order ?? 100);
const plCollator = new Intl.Collator('pl');

export const articles = async () => (await checked('articles')).sort(byOrder);
export const roles = async () => (await checked('roles')).sort(byOrder);
export const competencies = async () => (await checked('competencies')).sort(byOrder);
export const institutions = async () => (await checked('institutions')).sort((a, b) => plCollator.compare(a.data.name, b.data.name));
export const statistics = async () => (await checked('statistics')).sort(byOrder);
/** The reading paths, in the order of the audiences (students, new hires, teachers). */
export const paths = async () =>
  (await checked('paths')).sort((a, b) => audiences.indexOf(a.data.audience) - audiences.indexOf(b.data.audience));
/** The pages of a section overview (`listing: section`): the articles in the folder named like it, in the given order. */
export const sectionPagesOf = (all: readonly Article[], overview: string) => all.filter((a) => a.id.startsWith(`${overview}/`));
/** The English edition's pages (`content/en/`), in their order. */
export const translations = async () => (await checked('translations')).sort(byOrder);
export const glossary = async () => (await checked('glossary')).sort((a, b) => plCollator.compare(a.data.term, b.data.term));
export const timeline = async () =>
  (await checked('timeline')).sort((a, b) => dateSortKey(a.data.date).localeCompare(dateSortKey(b.data.date)));
export const sources = async () => (await checked('sources')).sort((a, b) => plCollator.compare(sortName(a), sortName(b)));

function sortName(s: Source): string {
  const first = s.data.author[0];
  return (first ? ('literal' in first ? first.literal : first.family) : s.data.title).toLocaleLowerCase('pl');
}

/** Resolves references; a dangling one has already stopped the build in Astro's content layer. */
export async function resolve<C extends 'sources' | 'articles' | 'competencies' | 'glossary' | 'roles'>(refs: ReferenceDataEntry<C>[]) {
  return getEntries(refs) as Promise<CollectionEntry<C>[]>;
}
