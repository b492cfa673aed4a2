import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { polishTypography } from './typography';

const SKIPPED = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** Applies Polish typography to every text node outside code. */
export default function rehypePolishTypography() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'element' && SKIPPED.has(node.tagName)) return SKIP;
      if (node.type === 'text') node.value = polishTypography(node.value);
      return undefined;
    });
  };
}
