/**
 * rehype-raw, only for a tree that has raw HTML in it. Astro's unified() pipeline ends every page with
 * rehype-raw, which rebuilds the whole tree through parse5 (about 1.8 ms a page, an eighth of the Markdown
 * time); for a page written in Markdown only, the tree it returns is the one it was given. The Markdown
 * worker (src/integrations/markdown-worker.ts) hands this to Astro in rehype-raw's place; pages with raw HTML,
 * comments or a doctype still go through rehype-raw itself.
 */
import type { Root, RootContent } from 'hast';
import { find, html } from 'property-information';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';

/** Node types hast-util-raw does more with than copy them: `raw` is parsed, comments and doctypes go through parse5. */
const NEEDS_PARSE5 = new Set(['raw', 'comment', 'doctype']);

export function needsRaw(node: Root | RootContent): boolean {
  if (NEEDS_PARSE5.has(node.type)) return true;
  if (node.type === 'element' && node.tagName === 'template') return true;
  return 'children' in node && node.children.some(needsRaw);
}

/**
 * What the parse5 round trip changes in a tree without raw HTML: an attribute that is not boolean in HTML but
 * was set to `true` (remark-rehype's `data-footnote-ref`) comes back as the empty string, so it prints `=""`.
 */
function asParsed(node: Root | RootContent): void {
  if (node.type === 'element') {
    for (const [key, value] of Object.entries(node.properties)) {
      if (value !== true) continue;
      const info = find(html, key);
      if (!info.boolean && !info.overloadedBoolean) node.properties[key] = '';
    }
  }
  if ('children' in node) for (const child of node.children) asParsed(child);
}

export default function rehypeRawWhenNeeded(options?: Options) {
  const raw = rehypeRaw(options);
  return (tree: Root, file: VFile) => {
    if (needsRaw(tree)) return raw(tree, file);
    asParsed(tree);
    return tree;
  };
}
