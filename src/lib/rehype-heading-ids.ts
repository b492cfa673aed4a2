import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { createSlugger } from './slug';

const HEADING = /^h[1-6]$/;

/**
 * Gives every heading a lower-case ASCII id („Co się wydarzyło” → „co-sie-wydarzylo”), so a passage can be cited by URL
 * and the anchor survives copying into any document. Runs before Astro's own heading pass, which keeps ids it finds.
 */
export default function rehypeAsciiHeadingIds() {
  return (tree: Root) => {
    const slug = createSlugger();
    visit(tree, 'element', (node: Element) => {
      if (!HEADING.test(node.tagName) || typeof node.properties?.id === 'string') return;
      node.properties = { ...node.properties, id: slug(toString(node)) };
    });
  };
}
