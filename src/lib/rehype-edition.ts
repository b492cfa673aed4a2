import type { Element, Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { en } from '../i18n/en';
import { isEnglishFile } from './rehype-glossary';

/** The numbers in a back link's Polish name („Wróć do miejsca przypisu 3, odwołanie 2”). */
const BACK_NUMBERS = /(\d+)(?:\D+(\d+))?$/;

/**
 * The footnotes of an English page (`content/en/…`) in English: the Markdown processor is one for both editions and
 * labels footnotes with the Polish dictionary's words, so on English pages the heading („Footnotes”) and each back
 * link's accessible name („Back to footnote reference 3, reference 2”) are given again from the English dictionary.
 */
export default function rehypeEdition() {
  return (tree: Root, file?: VFile) => {
    if (!isEnglishFile(file)) return;
    visit(tree, 'element', (node: Element) => {
      if (node.properties?.id === 'footnote-label') node.children = [{ type: 'text', value: en.footnotes }];
      if (node.tagName === 'a' && node.properties?.dataFootnoteBackref !== undefined) {
        const m = BACK_NUMBERS.exec(String(node.properties.ariaLabel ?? ''));
        if (m) node.properties.ariaLabel = en.footnoteBackTo(Number(m[1]), m[2] ? Number(m[2]) : 1);
      }
    });
  };
}
