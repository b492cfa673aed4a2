import type { Element, Root, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { GlossaryTerm } from './glossary/terms';
import { phrasePatterns } from './glossary/word-forms';
import rehypeGlossary from './rehype-glossary';

const terms: GlossaryTerm[] = [
  { id: 'ops', term: 'OPS', aliases: ['ośrodek pomocy społecznej'], tip: 'OPS (ośrodek pomocy społecznej): Gminna jednostka.' },
  { id: 'dps', term: 'DPS', aliases: ['dom pomocy społecznej'], tip: 'DPS: Placówka.' },
  { id: 'pomoc-spoleczna', term: 'pomoc społeczna', aliases: [], tip: 'pomoc społeczna: Instytucja polityki społecznej.' },
  { id: 'gmina', term: 'gmina', aliases: [], tip: 'gmina: Samorząd.' },
];

function run(html: string, frontmatter: Record<string, unknown> = {}): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  rehypeGlossary({ terms: () => terms })(tree, new VFile({ data: { astro: { frontmatter } } }));
  return toHtml(tree);
}
const marked = (html: string) => Array.from(html.matchAll(/<a href="\/slownik\/#([a-z-]+)"[^>]*>([^<]+)<\/a>/g), (m) => `${m[1]}:${m[2]}`);

describe('rehypeGlossary', () => {
  it('marks only the first occurrence of each term, in any word form', () => {
    const out = run('<p>W gminie działa ośrodek pomocy społecznej. Gmina prowadzi OPS. Ośrodka pomocy społecznej nie ma.</p>');
    expect(marked(out)).toEqual(['gmina:gminie', 'ops:ośrodek pomocy społecznej']);
  });

  it('links to the glossary entry and gives the short definition as the link description, with no script', () => {
    const out = run('<p>Pracuje w DPS-ie.</p>');
    expect(out).toContain('<span class="term"><a href="/slownik/#dps" aria-describedby="gl-dps">DPS-ie</a><span id="gl-dps" role="tooltip" class="term-tip" data-pagefind-ignore="">DPS: Placówka.</span></span>');
    expect(out).not.toContain('<script');
  });

  it('skips headings, links, code and footnotes, and marks the term later in plain text', () => {
    const out = run('<h2>Gmina i OPS</h2><p><a href="/x/">gmina</a> <code>OPS</code></p><section data-footnotes=""><p>OPS</p></section><p>Ta gmina ma OPS.</p>');
    expect(marked(out)).toEqual(['gmina:gmina', 'ops:OPS']);
    expect(out).toContain('<h2>Gmina i OPS</h2>');
    expect(out).toContain('<a href="/x/">gmina</a>');
    expect(out).toContain('<code>OPS</code>');
    expect(out).toContain('<section data-footnotes=""><p>OPS</p></section>');
  });

  it('prefers the longest term and does not mark a shorter term inside an already marked one', () => {
    const out = run('<p>Dom pomocy społecznej to nie dom pomocy społecznej w ogóle, a pomoc społeczna to co innego.</p>');
    expect(marked(out)).toEqual(['dps:Dom pomocy społecznej', 'pomoc-spoleczna:pomoc społeczna']);
  });

  it('matches acronyms case-sensitively, as whole words', () => {
    expect(marked(run('<p>MOPS, ops i dps to nie OPS.</p>'))).toEqual(['ops:OPS']);
  });

  it('leaves the glossary page itself alone', () => {
    const html = '<p>Gmina prowadzi OPS.</p>';
    expect(run(html, { listing: 'glossary' })).toBe(html);
  });
});

/** The straightforward marking: every term's expressions run from the current place for every match. */
function referenceMarks(texts: string[], list: GlossaryTerm[]): string[] {
  const matchers = list.map((term) => ({ term, res: phrasePatterns([term.term, ...term.aliases]) }));
  const used = new Set<string>();
  const out: string[] = [];
  texts.forEach((text, k) => {
    for (let pos = 0; ; ) {
      let best: { id: string; index: number; length: number } | undefined;
      for (const m of matchers) {
        for (const re of m.res) {
          re.lastIndex = pos;
          const found = re.exec(text);
          if (found && (!best || found.index < best.index || (found.index === best.index && found[0].length > best.length))) best = { id: m.term.id, index: found.index, length: found[0].length };
        }
      }
      if (!best) break;
      pos = best.index + best.length;
      if (used.has(best.id)) continue;
      used.add(best.id);
      out.push(`${k}:${best.index}:${best.id}:${text.slice(best.index, pos)}`);
    }
  });
  return out;
}

/** Where the plugin marked what, as paragraph:offset:term:text (the offset in the paragraph's own text). */
function marksIn(tree: Root): string[] {
  const out: string[] = [];
  tree.children.filter((p): p is Element => p.type === 'element').forEach((p, k) => {
    let offset = 0;
    for (const c of p.children) {
      if (c.type === 'text') offset += c.value.length;
      else if (c.type === 'element') {
        const a = c.children[0] as Element;
        const text = (a.children[0] as Text).value;
        out.push(`${k}:${offset}:${String(a.properties.href).replace('/slownik/#', '')}:${text}`);
        offset += text.length;
      }
    }
  });
  return out;
}

describe('rehypeGlossary against the straightforward marking', () => {
  // Terms that overlap, nest, share their first words, match the same words (ties go to the first) or are acronyms.
  const list: GlossaryTerm[] = [
    ...terms,
    { id: 'pomoc', term: 'pomoc', aliases: [], tip: '' },
    { id: 'pracownik', term: 'pracownik socjalny', aliases: ['pracownicy socjalni'], tip: '' },
    { id: 'pracownik-bis', term: 'pracownik socjalny', aliases: ['starszy pracownik socjalny'], tip: '' },
    { id: 'starszy', term: 'starszy pracownik', aliases: [], tip: '' },
    { id: 'sds', term: 'ŚDS', aliases: ['środowiskowy dom samopomocy', 'ŚDS-ów'], tip: '' },
    { id: 'dom', term: 'dom', aliases: ['domu'], tip: '' },
    { id: 'gops', term: 'GOPS', aliases: ['gminny OPS'], tip: '' },
  ];
  const vocabulary = ['pomoc', 'pomocy', 'Pomocy', 'społecznej', 'społeczna', 'dom', 'Dom', 'domu', 'ośrodek', 'ośrodka', 'OPS', 'OPS-ie', 'MOPS', 'DPS', 'DPS-u', 'ŚDS', 'ŚDS-ów',
    'gmina', 'gminie', 'gminny', 'pracownik', 'pracownicy', 'socjalny', 'socjalni', 'starszy', 'środowiskowy', 'samopomocy', 'GOPS', 'i', 'w', '😀', 'x'];
  const separators = [' ', ' ', ' ', '  ', '\n', ', ', '-', '.', ''];
  let seed = 11;
  const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const paragraph = () => Array.from({ length: 1 + Math.floor(rnd() * 25) }, () => pick(vocabulary) + pick(separators)).join('');

  it('marks the same words of the same terms at the same places', () => {
    let count = 0;
    for (let page = 0; page < 150; page++) {
      const texts = Array.from({ length: 1 + Math.floor(rnd() * 4) }, paragraph);
      const tree = { type: 'root', children: texts.map((t) => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: t }] })) } as Root;
      rehypeGlossary({ terms: () => list })(tree);
      const expected = referenceMarks(texts, list);
      expect(marksIn(tree)).toEqual(expected);
      count += expected.length;
    }
    expect(count).toBeGreaterThan(300);
  });
});
