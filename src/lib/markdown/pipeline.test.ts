import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { markdownPipeline } from './pipeline';

describe('the Markdown pipeline', () => {
  it('parses GFM once, through remark-gfm: Astro’s own GFM is off', () => {
    const options = markdownPipeline();
    expect(options.gfm).toBe(false);
    const plugins = (options.remarkPlugins ?? []).map((p) => (Array.isArray(p) ? p[0] : p));
    expect(plugins.filter((p) => p === remarkGfm)).toHaveLength(1);
  });

  it('renders GFM tables and footnotes with it', async () => {
    const renderer = await unified(markdownPipeline()).createRenderer({ syntaxHighlight: false });
    const { code } = await renderer.render('| Rok | Zdarzenie |\n|---|---|\n| 1989 | Charzykowy |\n\nTekst.[^k]\n\n[^k]: [@krakow-21-listopada].\n');
    expect(code).toContain('<table>');
    expect(code).toMatch(/<section data-footnotes[^>]*>/);
    expect(code).toContain('href="/zrodla/#krakow-21-listopada"');
  });
});
