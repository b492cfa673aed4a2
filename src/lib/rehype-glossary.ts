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
  /** The glossary for English pages (`content/en/`): English equivalents and Polish terms, linked to `/en/glossary/`. */
  englishTerms?: () => GlossaryTerm[];
}

/** A file of the English edition (`content/en/…`). */
export const isEnglishFile = (file?: VFile) => /(^|\/)content\/en\//.test(file?.path ?? '');

interface Matcher { term: GlossaryTerm; res: RegExp[] }

interface Hit { m: Matcher; index: number; length: number }

/**
 * The matches in a text, in the order marking takes them: the earliest at or after the end of the previous one; at one
 * place the longest, and of equals the first in the list. Each expression's next match is kept and looked for again
 * only once the end of the previous match has passed it (a match found from an earlier place is still the first one
 * from any place up to it), so a text is scanned about once per expression, not once per expression and match.
 * The hits do not depend on which terms are marked already (a marked term still claims its words), so short texts'
 * hits are kept.
 */
function hitsIn(text: string, matchers: Matcher[]): Hit[] {
  const next = matchers.flatMap((m) => m.res.map((re) => ({ m, re, index: -1, length: 0 })));
  const hits: Hit[] = [];
  for (let pos = 0; ; ) {
    let best: (typeof next)[number] | undefined;
    for (const n of next) {
      if (n.index < pos) {
        n.re.lastIndex = pos;
        const found = n.re.exec(text);
        n.index = found ? found.index : Infinity;
        n.length = found ? found[0].length : 0;
      }
      if (n.index !== Infinity && (!best || n.index < best.index || (n.index === best.index && n.length > best.length))) best = n;
    }
    if (!best) return hits;
    hits.push({ m: best.m, index: best.index, length: best.length });
    pos = best.index + best.length;
  }
}

/** Short texts (mostly the white space between elements) recur on every page: their hits are kept per list of terms. */
const shortHits = new WeakMap<Matcher[], Map<string, Hit[]>>();
function hitsOf(text: string, matchers: Matcher[]): Hit[] {
  if (text.length > 24) return hitsIn(text, matchers);
  let known = shortHits.get(matchers);
  if (!known) shortHits.set(matchers, (known = new Map()));
  let hits = known.get(text);
  if (!hits) known.set(text, (hits = hitsIn(text, matchers)));
  return hits;
}

function mark(text: string, term: GlossaryTerm, lang: 'pl' | 'en'): Element {
  const tipId = `gl-${term.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term'] },
    children: [
      { type: 'element', tagName: 'a', properties: { href: glossaryAnchor(term.id, lang), ariaDescribedBy: [tipId] }, children: [{ type: 'text', value: text }] },
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
    const lang = isEnglishFile(file) ? 'en' : 'pl';
    const terms = lang === 'en' ? (options.englishTerms?.() ?? []) : options.terms();
    if (terms.length === 0) return;
    const matchers = matchersFor(terms);
    const used = new Set<string>();

    const markText = (node: Text): ElementContent[] | undefined => {
      const out: ElementContent[] = [];
      let last = 0;
      for (const hit of hitsOf(node.value, matchers)) {
        const pos = hit.index + hit.length;
        // A term already marked still claims its words, so that a shorter term inside it is not marked there.
        if (used.has(hit.m.term.id)) continue;
        used.add(hit.m.term.id);
        if (hit.index > last) out.push({ type: 'text', value: node.value.slice(last, hit.index) });
        out.push(mark(node.value.slice(hit.index, pos), hit.m.term, lang));
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
