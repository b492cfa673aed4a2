/** Everything the „Jak cytować tę stronę” block and the downloads need for one page, made by citation-js. */
import { toBibtex, toCslJson, toRis, type CslStyle } from './engine';
import { pageEntry } from './entry-template';
import { pageItem, type PageFacts, type SiteFacts } from './csl-item';

export interface StyledCitation {
  /** The style; its name for readers is in the dictionary (`pl.cite.styles`). */
  style: CslStyle;
  /** The entry as HTML (italics kept), from citeproc. */
  html: string;
  /** The same entry as plain text. */
  text: string;
}

export interface PageCitations {
  key: string;
  styles: StyledCitation[];
  bibtex: string;
  ris: string;
  cslJson: string;
}

/** The styles in the order the block shows them. */
export const STYLES: readonly CslStyle[] = ['apa', 'pn-iso-690', 'chicago-author-date', 'mla9'];

export async function citePage(page: PageFacts, site: SiteFacts): Promise<PageCitations> {
  const item = pageItem(page, site);
  const styles = await Promise.all(
    STYLES.map(async (style) => ({
      style,
      html: await pageEntry(item, style, 'html'),
      text: await pageEntry(item, style, 'text'),
    })),
  );
  return { key: item.id, styles, bibtex: await toBibtex(item), ris: await toRis(item), cslJson: toCslJson(item) };
}
