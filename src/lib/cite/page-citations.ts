/** Everything the „Jak cytować tę stronę” block and the downloads need for one page, made by citation-js. */
import { formatEntries, toCslJson, toRis, type CslStyle } from './engine';
import { toBiblatex } from './biblatex';
import { cslDate, pageItem, type CslItem, type PageFacts, type SiteFacts } from './csl-item';

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

/** The styles in the order the block shows them, per edition: PN-ISO 690 is the Polish standard, so English pages leave it out. */
export const STYLES: readonly CslStyle[] = ['apa', 'pn-iso-690', 'chicago-author-date', 'mla9'];
export const ENGLISH_STYLES: readonly CslStyle[] = ['apa', 'chicago-author-date', 'mla9'];

/**
 * PN-ISO 690 requires the access date of an online document („[dostęp …]”). The day is the reader's, so the entry
 * says so in its place: citeproc formats the item with this marker day, which the reader's words then replace.
 */
const ACCESS_MARK = '1000-01-01';

/**
 * How one page's entry in one style is made: by citeproc. The build's accelerator „citation-templates”
 * (src/integrations/accelerators/citation-templates.ts) makes the same text from a template per style.
 */
export type EntryMaker = (item: CslItem, style: CslStyle, format: 'text' | 'html') => Promise<string>;
const byCiteproc: EntryMaker = async (item, style, format) => (await formatEntries([item], style, format))[0]!;

/** The entry in a style; in PN-ISO 690 with the reader's „[dostęp …]” to fill in. */
async function entry(item: CslItem, style: CslStyle, format: 'text' | 'html', accessPlaceholder: string, make: EntryMaker): Promise<string> {
  if (style !== 'pn-iso-690') return make(item, style, format);
  const out = await make({ ...item, accessed: cslDate(ACCESS_MARK) }, style, format);
  if (!out.includes(`[dostęp ${ACCESS_MARK}]`)) throw new Error(`PN-ISO 690 did not print the access date where expected: ${out}`);
  return out.replace(`[dostęp ${ACCESS_MARK}]`, () => accessPlaceholder);
}

export async function citePage(page: PageFacts, site: SiteFacts & { accessPlaceholder: string }, make: EntryMaker = byCiteproc): Promise<PageCitations> {
  const item = pageItem(page, site);
  const styles = await Promise.all(
    (site.lang === 'en' ? ENGLISH_STYLES : STYLES).map(async (style) => ({
      style,
      html: await entry(item, style, 'html', site.accessPlaceholder, make),
      text: await entry(item, style, 'text', site.accessPlaceholder, make),
    })),
  );
  return { key: item.id, styles, bibtex: toBiblatex(item), ris: await toRis(item), cslJson: toCslJson(item) };
}
