import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import type { GlossaryTerm } from './glossary/terms';
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
