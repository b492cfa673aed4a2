import { readFileSync } from 'node:fs';
import type { Root, Text, Link } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { shortCitation } from './short-citation';
import type { SourceStub } from './source-registry';
import { ContentError } from './content-error';
import { sourceAnchor } from './urls';

/** `[@id]` inside a footnote: a citation of a work in `content/sources/`. */
const CITATION = /\[@([a-z0-9-]+)\]/g;
/** A footnote reference that remark-gfm did not resolve: its definition is missing. */
const DANGLING_FOOTNOTE = /\[\^([^\]\s]+)\]/;

/** Lines above the text Astro handed over: its content sync passes the body without the frontmatter. */
function linesAbove(file: VFile): number {
  const body = String(file.value ?? '');
  if (!file.path || body.startsWith('---')) return 0;
  try {
    const raw = readFileSync(file.path, 'utf8');
    const at = raw.indexOf(body);
    return at > 0 ? raw.slice(0, at).split('\n').length - 1 : 0;
  } catch {
    return 0;
  }
}

function where(file: VFile, node: { position?: { start: { line: number } } }): string {
  return `${file.path}${node.position ? `:${node.position.start.line + linesAbove(file)}` : ''}`;
}

/**
 * Turns `[@id]` in footnotes into links to the bibliography and stops the build on
 * a citation of an unknown source or a footnote reference without a definition.
 */
export default function remarkCitations(options: { sources: () => Map<string, SourceStub> }) {
  return (tree: Root, file: VFile) => {
    checkFootnoteIds(tree, file);
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

/**
 * The HTML ids of footnote calls: the k-th call of `[^x]` gets `fnref-x-k`, so a footnote named `x-2` next to two
 * calls of `[^x]` gives two elements one id (invalid HTML, a back link to the wrong place). Stops the build on it.
 */
function checkFootnoteIds(tree: Root, file: VFile) {
  const calls = new Map<string, number>();
  const definitions = new Map<string, { position?: { start: { line: number } } }>();
  visit(tree, (node) => {
    if (node.type === 'footnoteReference') calls.set(node.identifier, (calls.get(node.identifier) ?? 0) + 1);
    if (node.type === 'footnoteDefinition') definitions.set(node.identifier, node);
  });
  for (const [id, n] of calls) {
    for (let k = 2; k <= n; k++) {
      const clash = definitions.get(`${id}-${k}`);
      if (clash) throw new ContentError(where(file, clash), 'przypis', `przypis [^${id}-${k}] dostałby ten sam identyfikator co ${k}. odwołanie do [^${id}] – zmień nazwę jednego z nich`);
    }
  }
}
