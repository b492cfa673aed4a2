import { describe, expect, it } from 'vitest';
import { indexedText, isIndexed, pagefindInput, withoutUrls, withSearchWords } from './page-html';

const html = `<html><body><nav>Menu</nav><article data-pagefind-body data-pagefind-filter="section:Historia">
<h1>Spotkanie&nbsp;w Charzykowach</h1><nav class="toc"><a>Spis</a></nav><p>Tekst &#8222;cytat&#8221; o ośrodku.</p>
<p class="entry-src">Źródła: <a>Baczkowski</a></p><ol class="bibliography"><li id="x">KURON, Jacek. Wspomnienia.</li></ol><section data-footnotes><h2>Przypisy</h2><p>Źródło 1</p></section></article></body></html>`;

describe('indexedText', () => {
  it('is the text of the indexed body without footnotes, source notes, bibliography entries, the contents list and tags', () => {
    const text = indexedText(html).replace(/\s+/g, ' ').trim();
    expect(text).toBe('Spotkanie w Charzykowach Tekst „cytat” o ośrodku.');
    expect(isIndexed(html)).toBe(true);
    expect(isIndexed('<html><body>x</body></html>')).toBe(false);
  });

  it('leaves out web addresses', () => {
    expect(withoutUrls('zob. https://example.org/pomoc-spoleczna i dalej')).toBe('zob.   i dalej');
  });
});

describe('withSearchWords', () => {
  it('adds the words as Pagefind metadata inside the indexed body', () => {
    const out = withSearchWords(html, 'formy', ['ośrodek', 'dps']);
    expect(out).toContain('data-pagefind-filter="section:Historia"><span data-pagefind-meta="formy:ośrodek dps"></span>');
  });

  it('refuses words that could break the attribute', () => {
    expect(() => withSearchWords(html, 'formy', ['a"b'])).toThrow(/formy/);
  });
});

describe('pagefindInput', () => {
  it('keeps the html tag, the title and the whole indexed element, and nothing around it', () => {
    const page = `<!DOCTYPE html><html lang="pl" data-theme="x"><head><title>Strona – Kompendium</title><link rel="stylesheet" href="/a.css"></head>${html.replace(/^<html>/, '')}`;
    const out = pagefindInput(page);
    expect(out).toMatch(/^<!DOCTYPE html><html lang="pl" data-theme="x"><head><meta charset="utf-8"><title>Strona – Kompendium<\/title><\/head><body><article data-pagefind-body/);
    expect(out).toContain('<section data-footnotes><h2>Przypisy</h2><p>Źródło 1</p></section></article></body></html>');
    expect(out).not.toContain('Menu');
    expect(indexedText(out)).toBe(indexedText(page));
  });
  it('leaves a page without an indexed element as it is', () => {
    expect(pagefindInput('<html><body>x</body></html>')).toBe('<html><body>x</body></html>');
  });
});
