import type { Root, Text, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shortCitation } from './short-citation';
import type { SourceStub } from './source-registry';
import { sourceAnchor } from './urls';

/** `[@id]` inside a footnote: a citation of a work in `content/sources/`. */
const CITATION = /\[@([a-z0-9-]+)\]/g;
/** A footnote reference that remark-gfm did not resolve: its definition is missing. */
const DANGLING_FOOTNOTE = /\[\^([^\]\s]+)\]/;

export class ContentError extends Error {
  constructor(file: string | undefined, field: string, problem: string) {
    super(`${file ?? '(nieznany plik)'}: ${field}: ${problem}`);
    this.name = 'ContentError';
  }
}

function where(file: VFile, node: { position?: { start: { line: number } } }): string {
  // Astro keeps the frontmatter's lines in the text it hands over, so positions are lines of the file.
  return `${file.path}${node.position ? `:${node.position.start.line}` : ''}`;
}

/**
 * Turns `[@id]` in footnotes into links to the bibliography and stops the build on
 * a citation of an unknown source or a footnote reference without a definition.
 */
export default function remarkCitations(options: { sources: () => Map<string, SourceStub> }) {
  return (tree: Root, file: VFile) => {
    const sources = options.sources();
    visit(tree, 'text', (node: Text, index, parent) => {
      const dangling = DANGLING_FOOTNOTE.exec(node.value);
      if (dangling) {
        throw new ContentError(where(file, node), 'przypis', `odwołanie [^${dangling[1]}] nie ma definicji („[^${dangling[1]}]: …”)`);
      }
      if (!parent || index === undefined || !node.value.includes('[@')) return;
      const parts: Array<Text | Link> = [];
      let last = 0;
      for (const match of node.value.matchAll(CITATION)) {
        const id = match[1]!;
        const source = sources.get(id);
        if (!source) {
          throw new ContentError(where(file, node), 'przypis', `cytuje nieznane źródło „${id}” (brak pliku content/sources/${id}.yaml)`);
        }
        if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
        parts.push({ type: 'link', url: sourceAnchor(id), children: [{ type: 'text', value: shortCitation(source) }] });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}
