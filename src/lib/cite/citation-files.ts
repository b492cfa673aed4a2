/**
 * The citation downloads of a page – `/cytuj/<page path>.ris`, `.json` (CSL-JSON) and `.bib` – and how they reach `dist/`.
 * Each reading page records its citations while it renders; once the pages are generated,
 * src/integrations/citation-files.ts writes them in the background and checks at the end of the build that all were
 * written. They used to be 3 Astro routes a page, which cost Astro's per-route work 3000 times at 1000 pages
 * (5 of 13 s of page generation); `astro dev` never served them (it sent `….ris` to `….ris/`, a 404).
 * The registry lives on `globalThis` because the pages render from Astro's bundle and the integration runs from the
 * config: the same process, two copies of this module.
 */
import type { PageCitations } from './page-citations';
import { citationFileUrl } from '../urls';

export const CITATION_FORMATS = ['ris', 'json', 'bib'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

/** The file's text: RIS, CSL-JSON or BibTeX. */
export function citationFileBody(citations: PageCitations, format: CitationFormat): string {
  return format === 'ris' ? citations.ris : format === 'json' ? citations.cslJson : `${citations.bibtex}\n`;
}

const KEY = Symbol.for('kps.citationFiles');
/** Where a page's files go as soon as it records them: `astro build` writes them while the next pages render. */
export type CitationSink = (path: string, text: string) => void;
interface Registry { pages: Map<string, PageCitations>; sink?: CitationSink }
const registry = (): Registry => ((globalThis as Record<symbol, Registry | undefined>)[KEY] ??= { pages: new Map() });

/** A page's files, site path → text. */
function filesOf(pagePath: string, citations: PageCitations): Array<[string, string]> {
  return CITATION_FORMATS.map((format) => [citationFileUrl(pagePath, format), citationFileBody(citations, format)]);
}

/** Called by every reading page as it renders: its citations, to be written as files (at once, when there is a sink). */
export function recordCitations(pagePath: string, citations: PageCitations): void {
  const { pages, sink } = registry();
  const before = pages.get(pagePath);
  pages.set(pagePath, citations);
  if (!sink) return;
  const earlier = before && new Map(filesOf(pagePath, before));
  for (const [path, text] of filesOf(pagePath, citations)) if (earlier?.get(path) !== text) sink(path, text);
}

/** From now on each recorded page's files go to `sink` as it records them; those recorded already go now. */
export function sendCitationFilesTo(sink: CitationSink): void {
  const r = registry();
  r.sink = sink;
  for (const [pagePath, citations] of r.pages) for (const [path, text] of filesOf(pagePath, citations)) sink(path, text);
}

/** The files, site path → text, from what the pages recorded; the registry is emptied and its sink removed. */
export function takeCitationFiles(): Map<string, string> {
  const r = registry();
  const files = new Map([...r.pages].flatMap(([path, citations]) => filesOf(path, citations)));
  r.pages.clear();
  r.sink = undefined;
  return files;
}
