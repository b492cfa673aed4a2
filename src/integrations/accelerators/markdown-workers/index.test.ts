import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import { reportedContentErrors } from '../../../lib/content-error';
import { markdownPipeline } from '../../../lib/markdown/pipeline';
import { markdownWorkers, threadCount } from './index';

const PIPELINE = new URL('../../../lib/markdown/pipeline.ts', import.meta.url);
const FIXTURE = resolve(import.meta.dirname, '../../../../test/fixtures/minimal');
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
  const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(`warn: ${m}`) };
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
  it('starts a thread a core, at most 3, and none on one core', () => {
    expect([1, 2, 4, 16].map(threadCount)).toEqual([0, 2, 3, 3]);
  });

  // The thread skips rehype-raw where a page has no raw HTML (src/lib/markdown/rehype-raw-when-needed.ts): both kinds of page.
  it('renders in a thread during a build, the same HTML and headings as the main thread', async () => {
    const pages = [PAGE, `${PAGE}\n<blockquote lang="en"><p>Social work is a <em>practice-based</em> profession.</p></blockquote>\n\n<!-- uwaga redakcji -->\n`];
    const fileURL = new URL(`file://${FIXTURE}/articles/strona.md`);
    const renderAll = async (command: 'build' | 'dev') => {
      const run = setUp(command);
      const renderer = await run.processor.createRenderer(SHARED);
      const out = await Promise.all(pages.map((p) => renderer.render(p, { fileURL, frontmatter: { title: 'Strona' } })));
      run.end();
      return { out, logged: run.logged };
    };
    const build = await renderAll('build');
    expect(build.logged).toEqual([`Markdown: 2 strony wyrenderowane poza głównym wątkiem (wątki: ${threadCount(availableParallelism())})`]);
    const dev = await renderAll('dev');
    expect(dev.logged).toEqual([]);

    for (const [i, inThread] of build.out.entries()) {
      expect(inThread.code).toBe(dev.out[i]!.code);
      expect(inThread.metadata).toEqual(dev.out[i]!.metadata);
    }
    const inThread = build.out[0]!;
    expect(inThread.code).toContain('data-footnote-ref=""');
    expect(build.out[1]!.code).toContain('<blockquote lang="en"><p>Social work is a <em>practice-based</em> profession.</p></blockquote>');
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

  it('an integration that adds plugins to the processor turns the threads off: a warning, or under CI=true a stopped build', async () => {
    const previousCi = process.env.CI;
    try {
      for (const ci of [undefined, 'true']) {
        if (ci === undefined) delete process.env.CI;
        else process.env.CI = ci;
        const run = setUp('build');
        run.processor.options.remarkPlugins.push(() => {});
        if (ci) {
          await expect(run.processor.createRenderer(SHARED)).rejects.toThrow(/„markdown-workers”.*added plugins.*CI=true/s);
        } else {
          const renderer = await run.processor.createRenderer(SHARED);
          expect((await renderer.render(PAGE)).code).toContain('<table>');
          expect(run.logged.filter((m) => m.startsWith('warn: '))).toEqual([expect.stringContaining('„markdown-workers”')]);
          expect(run.logged.some((m) => m.includes('poza głównym wątkiem'))).toBe(false);
        }
        run.end();
      }
    } finally {
      if (previousCi === undefined) delete process.env.CI;
      else process.env.CI = previousCi;
    }
  });
});
