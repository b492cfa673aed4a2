import { describe, expect, it } from 'vitest';
import { addHeadingSelfLinks, selfLinkHtml } from './self-links';

describe('self-links', () => {
  it('puts a link to the heading beside it, named with the heading text', () => {
    const out = addHeadingSelfLinks('<h2 id="przebieg">Przebieg <em>spotkania</em></h2><p>x</p>', 'Link do tej sekcji');
    expect(out).toBe(
      '<div class="heading"><h2 id="przebieg">Przebieg <em>spotkania</em></h2><a class="self" href="#przebieg" aria-label="Link do tej sekcji: Przebieg spotkania"></a></div><p>x</p>',
    );
  });

  it('leaves headings without an id, and h1, alone', () => {
    const html = '<h1 id="t">T</h1><h3>Bez id</h3>';
    expect(addHeadingSelfLinks(html, 'L')).toBe(html);
  });

  it('handles every heading of a page, with other attributes around the id', () => {
    const out = addHeadingSelfLinks('<h2 class="a" id="x" data-y="1">A</h2><h4 id="y">B</h4>', 'L');
    expect(out.match(/class="self"/g)).toHaveLength(2);
    expect(out).toContain('href="#y" aria-label="L: B"');
  });

  it('escapes what it puts in attributes', () => {
    expect(selfLinkHtml('a"b', 'x "y"')).toBe('<a class="self" href="#a&quot;b" aria-label="x &quot;y&quot;"></a>');
  });
});
