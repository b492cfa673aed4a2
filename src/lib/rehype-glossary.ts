import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import type { VFile } from 'vfile';
import type { GlossaryTerm } from './glossary/terms';
import { phrasePatterns } from './glossary/word-forms';
import { glossaryAnchor } from './urls';

/** Elements whose text is never marked: headings, links, code, footnote calls, definitions, pictures. */
const SKIPPED = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'sup', 'dfn', 'abbr', 'svg', 'button', 'label', 'select', 'textarea', 'template']);

export interface GlossaryOptions {
  /** The glossary, read lazily so that a term added while `astro dev` runs is found. */
  terms: () => GlossaryTerm[];
}

interface Matcher { term: GlossaryTerm; res: RegExp[] }

/** The earliest match of any term at or after `from`; at one place the longest wins. */
function nextMatch(text: string, from: number, matchers: Matcher[]) {
  let best: { m: Matcher; index: number; length: number } | undefined;
  for (const m of matchers) {
    for (const re of m.res) {
      re.lastIndex = from;
      const found = re.exec(text);
      if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length))) {
        best = { m, index: found.index, length: found[0].length };
      }
    }
  }
  return best;
}

function mark(text: string, term: GlossaryTerm): Element {
  const tipId = `gl-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href: glossaryAnchor(term.id), ariaDescribedBy: [tipId] }, children: [{ type: 'text', value: text }] },
      { type: 'element', tagName: 'span', properties: { id: tipId, role: 'tooltip', className: ['term-tip'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: term.tip }] },
    ],
  };
}

/**
 * Marks the first occurrence of each glossary term on a page as a link to its entry in `/slownik/`,
 * with the short definition shown on hover and keyboard focus by CSS alone. Word forms count
 * (ośrodka is ośrodek); headings, links, code and footnotes are skipped, and so is the glossary page itself
 * (the page whose frontmatter has `listing: glossary`).
 */
/** Matchers per list of terms: building the word-form patterns for every page cost seconds in large builds. */
const matcherCache = new WeakMap<GlossaryTerm[], Matcher[]>();
function matchersFor(terms: GlossaryTerm[]): Matcher[] {
  let m = matcherCache.get(terms);
  if (!m) {
    m = terms.map((term) => ({ term, res: phrasePatterns([term.term, ...term.aliases]) }));
    matcherCache.set(terms, m);
  }
  return m;
}

export default function rehypeGlossary(options: GlossaryOptions) {
  return (tree: Root, file?: VFile) => {
    const frontmatter = (file?.data as { astro?: { frontmatter?: Record<string, unknown> } } | undefined)?.astro?.frontmatter;
    if (frontmatter?.listing === 'glossary') return;
    const terms = options.terms();
    if (terms.length === 0) return;
    const matchers = matchersFor(terms);
    const used = new Set<string>();

    const markText = (node: Text): ElementContent[] | undefined => {
      const out: ElementContent[] = [];
      let pos = 0;
      let last = 0;
      for (let hit = nextMatch(node.value, pos, matchers); hit; hit = nextMatch(node.value, pos, matchers)) {
        pos = hit.index + hit.length;
        // A term already marked still claims its words, so that a shorter term inside it is not marked there.
        if (used.has(hit.m.term.id)) continue;
        used.add(hit.m.term.id);
        if (hit.index > last) out.push({ type: 'text', value: node.value.slice(last, hit.index) });
        out.push(mark(node.value.slice(hit.index, pos), hit.m.term));
        last = pos;
      }
      if (out.length === 0) return undefined;
      if (last < node.value.length) out.push({ type: 'text', value: node.value.slice(last) });
      return out;
    };

    const walk = (parent: Root | Element) => {
      const children: Array<RootContent | ElementContent> = parent.children;
      for (let i = 0; i < children.length; i++) {
        const child = children[i]!;
        if (child.type === 'text') {
          const parts = markText(child);
          if (parts) { children.splice(i, 1, ...parts); i += parts.length - 1; }
        } else if (child.type === 'element') {
          if (SKIPPED.has(child.tagName) || child.properties?.dataFootnotes !== undefined) continue;
          walk(child);
        }
      }
    };
    walk(tree);
  };
}
