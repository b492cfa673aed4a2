/**
 * An `.mdx` page goes through the same Markdown pipeline as `.md` (src/lib/markdown/pipeline.ts): GFM once through
 * remark-gfm (a table, footnotes), glossary marking, citations of `content/sources/` in footnotes, ASCII heading ids
 * – and it may use one of the site's components inside its text (here the bar chart). Built from the minimal fixture.
 */
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers/astro';
import { buildFixture } from './helpers/fixture-build';

const PAGE = `---
title: Strona z wykresem
description: Strona MDX z wykresem w tekście, tabelą, przypisem i pojęciem ze słownika, dla testu potoku Markdown.
section: historia
sources: [krakow]
reviewed: 2026-12-03
---
import BarChart from '/src/components/visuals/BarChart.astro';

## Ośrodki w liczbach

Każdy OPS zatrudnia pracowników socjalnych.[^krakow]

<BarChart label="Wykres: pracownicy w dwóch ośrodkach" rows={[{ label: 'Ośrodek A', value: 12, valueText: '12' }, { label: 'Ośrodek B', value: 7, valueText: '7' }]} />

| Ośrodek | Pracownicy |
|---|---|
| A | 12 |
| B | 7 |

[^krakow]: [@krakow], s. 1.
`;

describe('an .mdx page', () => {
  let r: ReturnType<typeof buildFixture>;
  beforeAll(() => { r = buildFixture('mdx', 'page', { 'articles/wykres.mdx': PAGE }); }, 240_000);
  afterAll(() => rmSync(resolve(ROOT, 'test/.tmp/mdx'), { recursive: true, force: true }));
  const doc = () => parse(readFileSync(resolve(ROOT, 'test/.tmp/mdx/page/dist/wykres/index.html'), 'utf8'));

  it('builds', () => {
    expect(r.output).not.toMatch(/\[ERROR\]/);
    expect(r.status, r.output.slice(-2000)).toBe(0);
  });

  it('shows the site’s component inside its text: the chart, between the paragraph and the table', () => {
    const article = doc().querySelector('article')!;
    const chart = article.querySelector('svg.chart');
    expect(chart?.getAttribute('aria-label')).toBe('Wykres: pracownicy w dwóch ośrodkach');
    expect(chart?.querySelectorAll('rect[data-value]').map((b) => b.getAttribute('data-value'))).toEqual(['12', '7']);
    const html = article.innerHTML;
    expect(html.indexOf('svg class="chart"')).toBeGreaterThan(html.indexOf('zatrudnia'));
    expect(html.indexOf('svg class="chart"')).toBeLessThan(html.indexOf('<table'));
  });

  it('goes through the same pipeline as Markdown: GFM table and footnotes, the glossary mark, the citation, the heading id', () => {
    const d = doc();
    expect(d.querySelectorAll('article table tr')).toHaveLength(3);
    expect(d.querySelector('.term a')?.getAttribute('href')).toBe('/slownik/#ops');
    const footnotes = d.querySelector('section[data-footnotes]');
    expect(footnotes?.querySelector('h2')?.text).toBe('Przypisy');
    expect(footnotes?.querySelector('a[href="/zrodla/#krakow"]')).not.toBeNull();
    expect(d.querySelector('article h2#osrodki-w-liczbach')).not.toBeNull();
  });
});
