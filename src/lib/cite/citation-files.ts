/**
 * The citation downloads of a page – `/cytuj/<page path>.ris`, `.json` (CSL-JSON) and `.bib` – and how they reach `dist/`.
 * Each reading page records its citations while it renders, and src/integrations/citation-files.ts writes the files
 * once the pages are generated, in the background. They used to be 3 Astro routes a page, which cost Astro's per-route
 * work 3000 times at 1000 pages (5 of 13 s of page generation); `astro dev` never served them (it sent `….ris` to
 * `….ris/`, a 404).
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
type Registry = Map<string, PageCitations>;
const registry = (): Registry => ((globalThis as Record<symbol, Registry | undefined>)[KEY] ??= new Map());

/** Called by every reading page as it renders: its citations, to be written as files. */
export function recordCitations(pagePath: string, citations: PageCitations): void {
  registry().set(pagePath, citations);
}

/** The files to write, site path → text, from what the pages recorded; the registry is emptied. */
export function takeCitationFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const [path, citations] of registry()) {
    for (const format of CITATION_FORMATS) files.set(citationFileUrl(path, format), citationFileBody(citations, format));
  }
  registry().clear();
  return files;
}
