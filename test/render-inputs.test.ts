/**
 * A rebuild with Astro's cache renders a page again when the glossary or a source it uses has changed, not only
 * when the page's own file has: the stored HTML of unchanged pages must not keep an old term or citation.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild, ROOT } from './helpers/astro';
import { buildFixture, fixtureArticle } from './helpers/fixture-build';

const DIR = resolve(ROOT, 'test/.tmp/render-inputs/cache');
const env = { KPS_CONTENT_DIR: relative(ROOT, join(DIR, 'content')), KPS_OUT_DIR: join(DIR, 'dist'), KPS_CACHE_DIR: join(DIR, 'cache') };
const page = () => readFileSync(join(DIR, 'dist/strona/index.html'), 'utf8');
const edit = (file: string, from: string, to: string) => {
  const path = join(DIR, 'content', file);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

afterAll(() => rmSync(resolve(ROOT, 'test/.tmp/render-inputs'), { recursive: true, force: true }));

describe('a cached rebuild after the glossary or the sources change', () => {
  it('shows the new term definition and the new source title on a page whose own file did not change', () => {
    const first = buildFixture('render-inputs', 'cache', {
      'articles/strona.md': fixtureArticle('title: Strona testowa', 'Każdy OPS prowadzi pracę socjalną.[^1]\n\n[^1]: [@krakow].\n'),
    });
    expect(first.status, first.output).toBe(0);
    expect(page()).toContain('Gminna jednostka organizacyjna pomocy społecznej.');
    expect(page()).toContain('Dzień Pracownika Socjalnego');
    expect(readdirSync(join(DIR, 'cache'))).toContain('data-store.json');

    // Nothing changed: the stored pages are used (the cache still works).
    const again = astroBuild(env);
    expect(again.status, again.output).toBe(0);
    expect(again.output).not.toContain('renderuję od nowa');

    edit('glossary/ops.yaml', 'Gminna jednostka organizacyjna', 'Gminna jednostka ZMIENIONA');
    edit('sources/krakow.yaml', '– Dzień Pracownika Socjalnego', '– Święto ZMIENIONE');
    const rebuilt = astroBuild(env);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain('renderuję od nowa');
    expect(page()).toContain('Gminna jednostka ZMIENIONA');
    expect(page()).not.toContain('Gminna jednostka organizacyjna');
    expect(page()).toContain('Święto ZMIENIONE');
  }, 120_000);
});
