/**
 * The reading pages as a graph, computed once per build: what each page links to (its text, the listing under it,
 * the lists its template adds), who links to it („Linkują tutaj”), related pages, and the reading paths through it.
 * Glossary marks, footnote citations and source notes are not counted as links: they would make every page link to
 * the glossary and the bibliography.
 */
import { getCollection } from 'astro:content';
import { articles, roles, timeline, institutions, sectionPagesOf } from './collections';
import { backlinks, markdownLinks, pagePath } from '../lib/page-links';
import { pathPositions, pathProblems, pathsStartingAt, type PathPosition, type ReadingPath } from '../lib/reading-paths';
import { relatedPages, type PageFacets } from '../lib/related-pages';
import { ContentError } from '../lib/content-error';
import { articleUrl, competencyAnchor, glossaryAnchor, roleUrl } from '../lib/urls';

export interface PageLink { href: string; title: string }
export interface PathWithLinks extends ReadingPath { checklist: string[]; links: PageLink[] }

interface Graph {
  titles: Map<string, string>;
  outgoing: Map<string, string[]>;
  incoming: Map<string, string[]>;
  facets: PageFacets[];
  paths: PathWithLinks[];
}

let graph: Promise<Graph> | undefined;

async function build(): Promise<Graph> {
  const [as, rs, events, insts, rawPaths] = await Promise.all([articles(), roles(), timeline(), institutions(), getCollection('paths')]);
  const paths: PathWithLinks[] = rawPaths.map((p) => ({
    id: p.id,
    title: p.data.title,
    page: p.data.page.id,
    steps: p.data.steps.map((s) => s.id),
    checklist: p.data.checklist,
    links: [],
  }));
  const problems = pathProblems(paths);
  if (problems.length) throw new ContentError('content/paths/', 'steps', `błędne ścieżki:\n${problems.join('\n')}`);
  const titles = new Map<string, string>([...as.map((a) => [articleUrl(a.id), a.data.title] as const), ...rs.map((r) => [roleUrl(r.id), r.data.title] as const)]);
  for (const p of paths) p.links = p.steps.map((s) => ({ href: articleUrl(s), title: titles.get(articleUrl(s)) ?? s }));

  const competenciesPage = as.find((a) => a.data.listing === 'competencies');
  const listingLinks: Partial<Record<NonNullable<(typeof as)[number]['data']['listing']>, string[]>> = {
    roles: [...rs.map((r) => roleUrl(r.id)), ...(competenciesPage ? [articleUrl(competenciesPage.id)] : [])],
    timeline: events.flatMap((e) => (e.data.page ? [articleUrl(e.data.page.id)] : [])),
    institutions: insts.flatMap((i) => (i.data.term ? [pagePath(glossaryAnchor(i.data.term.id))!] : [])),
  };

  const outgoing = new Map<string, string[]>();
  for (const a of as) {
    const url = articleUrl(a.id);
    const guide = pathsStartingAt(paths, a.id).flatMap((p) => p.steps.map(articleUrl));
    // A section overview lists the pages in its folder (listing `section`).
    const section = a.data.listing === 'section' ? sectionPagesOf(as, a.id).map((x) => articleUrl(x.id)) : [];
    const listing = a.data.listing ? (listingLinks[a.data.listing] ?? section) : [];
    outgoing.set(url, [...markdownLinks(a.body ?? ''), ...listing, ...guide].filter((u) => titles.has(u)));
  }
  for (const r of rs) {
    const fromTemplate = r.data.competencies.map((c) => pagePath(competencyAnchor(c.id))!);
    outgoing.set(roleUrl(r.id), [...markdownLinks(r.body ?? ''), ...fromTemplate].filter((u) => titles.has(u)));
  }

  const roleCompetencies = new Map(rs.map((r) => [r.id, r.data.competencies.map((c) => c.id)]));
  const facets: PageFacets[] = [
    ...as.map((a) => ({
      url: articleUrl(a.id),
      title: a.data.title,
      roles: a.data.roles.map((r) => r.id),
      competencies: [],
      sources: a.data.sources.map((s) => s.id),
      related: a.data.related.map((r) => articleUrl(r.id)),
    })),
    ...rs.map((r) => ({
      url: roleUrl(r.id),
      title: r.data.title,
      roles: [r.id],
      competencies: roleCompetencies.get(r.id) ?? [],
      sources: r.data.sources.map((s) => s.id),
      related: [],
    })),
  ];
  return { titles, outgoing, incoming: backlinks(outgoing), facets, paths };
}

const pageGraph = () => (graph ??= build());

const withTitles = (g: Graph, urls: string[]): PageLink[] => urls.map((href) => ({ href, title: g.titles.get(href) ?? href }));

/** „Linkują tutaj” and related pages for one reading page. */
export async function pageLinks(url: string): Promise<{ backlinks: PageLink[]; related: PageLink[] }> {
  const g = await pageGraph();
  return {
    backlinks: withTitles(g, g.incoming.get(url) ?? []),
    related: relatedPages(g.facets, url).map((p) => ({ href: p.url, title: p.title })),
  };
}

/** Where an article stands on the reading paths, with the neighbours' titles. */
export async function pathNavigation(articleId: string): Promise<Array<PathPosition & { previousLink?: PageLink; nextLink?: PageLink; startLink: PageLink }>> {
  const g = await pageGraph();
  const link = (id: string) => ({ href: articleUrl(id), title: g.titles.get(articleUrl(id)) ?? id });
  return pathPositions(g.paths, articleId).map((p) => ({
    ...p,
    startLink: link(p.start),
    previousLink: p.previous ? link(p.previous) : undefined,
    nextLink: p.next ? link(p.next) : undefined,
  }));
}

/** The paths an article introduces (its steps and checklist). */
export async function pathsIntroducedBy(articleId: string): Promise<PathWithLinks[]> {
  return pathsStartingAt((await pageGraph()).paths, articleId) as PathWithLinks[];
}
