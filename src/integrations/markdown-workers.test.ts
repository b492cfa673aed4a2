import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { reportedContentErrors } from '../lib/content-error';
import { markdownPipeline } from '../lib/markdown/pipeline';
import { markdownWorkers, threadCount } from './markdown-workers';

const PIPELINE = new URL('../lib/markdown/pipeline.ts', import.meta.url);
const FIXTURE = resolve(import.meta.dirname, '../../test/fixtures/minimal');
const SHARED = { syntaxHighlight: false as const };

const PAGE = [
  '## Zadania OPS',
  '',
  'Ośrodek pomocy społecznej (OPS) przyznaje świadczenia.[^1] Pracownik socjalny prowadzi pracę socjalną.',
  '',
  '| rok | liczba |',
  '| --- | --- |',
  '| 2004 | 12 |',
  '',
  '[^1]: [@ustawa-2004], art. 110.',
  '',
].join('\n');

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
type BuildStart = NonNullable<AstroIntegration['hooks']['astro:build:start']>;

/** The processor as `astro build` (or `astro dev`) sets it up, and what it logs. */
function setUp(command: 'build' | 'dev') {
  const { processor, integration } = markdownWorkers(markdownPipeline(), PIPELINE);
  const logged: string[] = [];
  const logger = { info: (m: string) => logged.push(m) };
  (integration.hooks['astro:config:setup'] as Setup)({ command, logger } as unknown as Parameters<Setup>[0]);
  const end = () => (integration.hooks['astro:build:start'] as BuildStart)({} as Parameters<BuildStart>[0]);
  return { processor, logged, end };
}

let previousContentDir: string | undefined;
beforeAll(() => {
  previousContentDir = process.env.KPS_CONTENT_DIR;
  process.env.KPS_CONTENT_DIR = FIXTURE;
});
afterAll(() => {
  if (previousContentDir === undefined) delete process.env.KPS_CONTENT_DIR;
  else process.env.KPS_CONTENT_DIR = previousContentDir;
});

describe('Markdown in worker threads', () => {
  it('keeps one core for the main thread', () => {
    expect([1, 2, 4, 16].map(threadCount)).toEqual([0, 1, 3, 3]);
  });

  it('renders in a thread during a build, the same HTML and headings as the main thread', async () => {
    const build = setUp('build');
    const fileURL = new URL(`file://${FIXTURE}/articles/strona.md`);
    const inThread = await (await build.processor.createRenderer(SHARED)).render(PAGE, { fileURL, frontmatter: { title: 'Strona' } });
    build.end();
    expect(build.logged).toEqual(['Markdown: 1 strona wyrenderowana poza głównym wątkiem (wątki: 1)']);

    const dev = setUp('dev');
    const here = await (await dev.processor.createRenderer(SHARED)).render(PAGE, { fileURL, frontmatter: { title: 'Strona' } });
    dev.end();
    expect(dev.logged).toEqual([]);

    expect(inThread.code).toBe(here.code);
    expect(inThread.metadata).toEqual(here.metadata);
    // What the plugins did: the citation links to the bibliography, the glossary marks OPS, GFM made the table.
    expect(inThread.code).toContain('<a href="/zrodla/#ustawa-2004">');
    expect(inThread.code).toContain('<a href="/slownik/#ops" aria-describedby="gl-ops">OPS</a>');
    expect(inThread.code).toContain('<table>');
    expect(inThread.metadata.headings.map((h) => h.text)).toContain('Zadania OPS');
  });

  it('passes a content error from the thread to the build, which stops on it', async () => {
    const build = setUp('build');
    const renderer = await build.processor.createRenderer(SHARED);
    const before = reportedContentErrors().length;
    const page = 'Zdanie.[^1]\n\n[^1]: [@nie-ma-takiego-zrodla].\n';
    await expect(renderer.render(page, { fileURL: new URL(`file://${FIXTURE}/articles/zla.md`) })).rejects.toThrow(
      /articles\/zla\.md:\d+: przypis: cytuje nieznane źródło „nie-ma-takiego-zrodla”/,
    );
    build.end();
    const fresh = reportedContentErrors().slice(before);
    expect(fresh).toHaveLength(1);
    expect(fresh[0]).toContain('nie-ma-takiego-zrodla');
  });
});
