/**
 * CSL-JSON items: what citation-js formats. One for a page of this site (a web page by the editorial team,
 * in the site as container), one for each work in `content/sources/`.
 */
import { parsePartialDate } from '../dates';

/** A work as written in `content/sources/*.yaml` (the fields `src/content.config.ts` describes). */
export interface SourceData {
  type: string;
  title: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  editor?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: string;
  dateNote?: string;
  containerTitle?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  publisherPlace?: string;
  number?: string;
  url?: string;
  accessed?: string;
  note?: string;
}

export interface CslDate { 'date-parts': [number[]] }
export interface CslName { family?: string; given?: string; literal?: string }
export interface CslItem {
  id: string;
  'citation-key'?: string;
  type: string;
  title: string;
  author?: CslName[];
  editor?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  URL?: string;
  language?: string;
  abstract?: string;
}

/** `2026-11-23`, `2026-11` or `2026` as CSL date parts. */
export function cslDate(value: string): CslDate {
  const d = parsePartialDate(value);
  return { 'date-parts': [[d.year, ...(d.month ? [d.month] : []), ...(d.day ? [d.day] : [])]] };
}

export interface PageFacts {
  /** The page's path, e.g. `/historia/charzykowy-1989/`. */
  path: string;
  title: string;
  description: string;
  /** Date of the page's last change, `YYYY-MM-DD`: the version being cited. */
  modified: string;
}

export interface SiteFacts {
  name: string;
  url: string;
  editorialTeam: string;
  lang: string;
}

/**
 * A stable key for the page, also its BibTeX key: `kps_historia_charzykowy_1989`.
 * Underscores, because citation-js drops a BibTeX key with hyphens or slashes and makes up its own.
 */
export function pageKey(path: string): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/[/-]/g, '_');
  return `kps_${slug || 'strona_glowna'}`;
}

/**
 * The page as a citable web page: corporate author = the editorial team, container = the site. No access date:
 * that is the day the reader looks at the page, which the build cannot know.
 */
export function pageItem(page: PageFacts, site: SiteFacts): CslItem {
  const key = pageKey(page.path);
  return {
    id: key,
    'citation-key': key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: site.editorialTeam }],
    'container-title': site.name,
    issued: cslDate(page.modified),
    URL: new URL(page.path, site.url).href,
    language: site.lang,
    abstract: page.description,
  };
}

/** A work from `content/sources/` as CSL-JSON. The editor's notes stay out: the page shows them beside the entry. */
export function sourceItem(id: string, s: SourceData): CslItem {
  const item: CslItem = { id, type: s.type, title: s.title };
  if (s.author?.length) item.author = s.author;
  if (s.editor?.length) item.editor = s.editor;
  if (s.containerTitle) item['container-title'] = s.containerTitle;
  if (s.publisher) item.publisher = s.publisher;
  if (s.publisherPlace) item['publisher-place'] = s.publisherPlace;
  if (s.issued) item.issued = cslDate(s.issued);
  if (s.accessed) item.accessed = cslDate(s.accessed);
  if (s.volume) item.volume = s.volume;
  if (s.issue) item.issue = s.issue;
  if (s.page) item.page = s.page;
  if (s.number) item.number = s.number;
  if (s.url) item.URL = s.url;
  return item;
}
