/** How /zrodla/ groups the bibliography: by the kind of work, in a fixed order. */
export const SOURCE_GROUPS = ['legislation', 'books', 'articles', 'reports', 'webpages'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

const GROUP_OF: Record<string, SourceGroup> = {
  legislation: 'legislation',
  bill: 'legislation',
  book: 'books',
  chapter: 'books',
  'article-journal': 'articles',
  'article-magazine': 'articles',
  'article-newspaper': 'articles',
  report: 'reports',
  document: 'reports',
  webpage: 'webpages',
};

/** The anchor of each group's heading on /zrodla/ (Polish, ASCII, stable). */
export const SOURCE_GROUP_IDS: Record<SourceGroup, string> = {
  legislation: 'akty-prawne',
  books: 'ksiazki',
  articles: 'artykuly',
  reports: 'raporty-i-dokumenty',
  webpages: 'strony-internetowe',
};

export function sourceGroup(type: string): SourceGroup {
  const group = GROUP_OF[type];
  if (!group) throw new Error(`nieznany typ źródła „${type}”`);
  return group;
}

/** Groups items by their kind, keeping their order within a group; empty groups are left out. */
export function groupSources<T>(items: T[], typeOf: (item: T) => string): Array<{ group: SourceGroup; items: T[] }> {
  return SOURCE_GROUPS.map((group) => ({ group, items: items.filter((i) => sourceGroup(typeOf(i)) === group) })).filter((g) => g.items.length > 0);
}
