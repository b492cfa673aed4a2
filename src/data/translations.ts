/**
 * The English edition's pages and their Polish counterparts: which page translates which, in both directions,
 * and whether each translation still matches its Polish page (src/lib/translation-freshness.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { articles, roles, translations } from './collections';
import { ContentError } from '../lib/content-error';
import { contentHistory, fileChanges, repoPath } from '../lib/git-dates';
import { contentDir } from '../lib/content-dir';
import { translationFreshness, type Freshness } from '../lib/translation-freshness';
import { articleUrl, englishUrl, roleIdOf, roleUrl } from '../lib/urls';

export type Translation = CollectionEntry<'translations'>;

/** Pages made by routes rather than content files, and their counterparts. */
const routePairs: ReadonlyArray<readonly [pl: string, en: string]> = [['/', '/en/'], ['/szukaj/', '/en/search/']];

export interface Editions {
  /** Polish URL → English URL, and English URL → Polish URL. */
  counterpart: Map<string, string>;
  /** Polish URL → its content file (the file a translation's revision belongs to). */
  polishFile: Map<string, string>;
}

let editions: Promise<Editions> | undefined;

/** Both editions' pairs, checked once per build: every `translationOf` names a Polish page, at most one translation each. */
export function editionPairs(): Promise<Editions> {
  editions ??= (async () => {
    const [as, rs, ts] = await Promise.all([articles(), roles(), translations()]);
    const polishFile = new Map<string, string>([
      ...as.map((a) => [articleUrl(a.id), a.filePath ?? ''] as const),
      ...rs.map((r) => [roleUrl(r.id), r.filePath ?? ''] as const),
    ]);
    const counterpart = new Map<string, string>();
    for (const [pl, en] of routePairs) counterpart.set(pl, en).set(en, pl);
    for (const t of ts) {
      const pl = t.data.translationOf;
      if (!pl) continue;
      if (!polishFile.has(pl)) throw new ContentError(t.filePath, 'translationOf', `nie ma polskiej strony pod adresem ${pl}`);
      const other = counterpart.get(pl);
      if (other) throw new ContentError(t.filePath, 'translationOf', `stronę ${pl} tłumaczy już ${other}`);
      counterpart.set(pl, englishUrl(t.id)).set(englishUrl(t.id), pl);
    }
    return { counterpart, polishFile };
  })();
  return editions;
}

/** The page in the other edition, if there is one. */
export async function counterpartOf(path: string): Promise<string | undefined> {
  return (await editionPairs()).counterpart.get(path);
}

/** Whether a translation still matches its Polish page; a revision that never changed the Polish file stops the build. */
export async function freshnessOf(t: Translation): Promise<Freshness | undefined> {
  const { translationOf, translatedRevision } = t.data;
  if (!translationOf || !translatedRevision) return undefined;
  const file = (await editionPairs()).polishFile.get(translationOf)!;
  const history = contentHistory(contentDir());
  const freshness = translationFreshness(translatedRevision, fileChanges(file, history), history.uncommitted.has(repoPath(file)));
  if (freshness.state === 'not-a-revision') {
    throw new ContentError(t.filePath, 'translatedRevision', `commit ${translatedRevision} nie zmieniał pliku ${repoPath(file)} (podaj wynik: git log -1 --format=%H -- ${repoPath(file)})`);
  }
  return freshness;
}

/** A role as the English edition names it: from its English page. */
export interface EnglishRole { name: string; summary: string; href: string }

/** Every role's English page, by role id; a role without one stops the build (the English lists show all eight). */
export async function englishRoles(): Promise<Map<string, EnglishRole>> {
  const [rs, ts] = await Promise.all([roles(), translations()]);
  const byPolish = new Map(ts.map((t) => [t.data.translationOf, t] as const));
  return new Map(rs.map((r) => {
    const t = byPolish.get(roleUrl(r.id));
    if (!t) throw new ContentError(`${contentDir()}/en/roles/${r.id}.md`, 'translationOf', `rola ${r.id} nie ma strony angielskiej (translationOf: ${roleUrl(r.id)})`);
    if (!t.data.name) throw new ContentError(t.filePath, 'name', 'strona roli podaje jej krótką nazwę po angielsku (name)');
    return [r.id, { name: t.data.name, summary: t.data.description, href: englishUrl(t.id) }] as const;
  }));
}

/** What an English page takes from its Polish page: section and readers (for search filters), legal state, roles. */
export interface EnglishPageFacts {
  section: (typeof import('../content.config'))['sections'][number];
  audience: Array<(typeof import('../content.config'))['audiences'][number]>;
  legalState?: string;
  /** For a role's page: the role's id. */
  role?: string;
}

/** The facts of an English page's Polish original (an English original is a guide for every reader). */
export async function englishPageFacts(t: Translation): Promise<EnglishPageFacts> {
  const pl = t.data.translationOf;
  const role = pl && roleIdOf(pl);
  if (role) return { section: 'zawod', audience: [], role };
  const article = pl ? (await articles()).find((a) => articleUrl(a.id) === pl) : undefined;
  if (!article) return { section: 'przewodniki', audience: ['studenci', 'nauczyciele'] };
  return { section: article.data.section, audience: article.data.audience, legalState: article.data.legalState };
}
