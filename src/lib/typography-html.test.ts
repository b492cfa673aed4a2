import { describe, expect, it } from 'vitest';
import { typographyHtml } from './typography-html';
import { NBSP } from './typography';

describe('typographyHtml', () => {
  it('fixes text across elements and leaves attributes alone', () => {
    expect(typographyHtml('<p title="a b">spotkanie w <a href="/x">Charzykowach</a> i tyle</p>')).toBe(
      `<p title="a b">spotkanie w${NBSP}<a href="/x">Charzykowach</a> i${NBSP}tyle</p>`,
    );
  });
  it('does not touch code, scripts or comments', () => {
    const html = '<code>a b</code><script>if (a "x") {}</script><!-- a b --><pre>w domu</pre>';
    expect(typographyHtml(html)).toBe(html);
  });
  it('resumes after a raw element closes and is idempotent', () => {
    const once = typographyHtml('<code>x</code> z tekstem "cytat"');
    expect(once).toBe(`<code>x</code> z${NBSP}tekstem „cytat”`);
    expect(typographyHtml(once)).toBe(once);
  });
});
