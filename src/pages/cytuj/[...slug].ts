/**
 * Citation files for every reading page, written at build time:
 * `/cytuj/<page path>.ris` (RIS), `.json` (CSL-JSON) and `.bib` (BibTeX).
 */
import type { APIRoute } from 'astro';
import { citedPage, readingPages, type ReadingPage } from '../../data/reading-pages';
import { citationFileUrl } from '../../lib/urls';

const FORMATS = {
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/vnd.citationstyles.csl+json; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
} as const;
type Format = keyof typeof FORMATS;

export async function getStaticPaths() {
  return (await readingPages()).flatMap((page) =>
    (Object.keys(FORMATS) as Format[]).map((format) => ({
      params: { slug: citationFileUrl(page.path, format).replace(/^\/cytuj\//, '') },
      props: { page, format },
    })),
  );
}

export const GET: APIRoute = async ({ props }) => {
  const { page, format } = props as { page: ReadingPage; format: Format };
  const { citations } = await citedPage(page);
  const body = format === 'ris' ? citations.ris : format === 'json' ? citations.cslJson : `${citations.bibtex}\n`;
  return new Response(body, { headers: { 'content-type': FORMATS[format] } });
};
