/**
 * One Markdown worker thread of the markdown-workers accelerator (index.ts): the same `unified()` renderer as the main
 * thread, made from src/lib/markdown/pipeline.ts, answering one message a page. Runs under Node's own TypeScript
 * support, so the project's extensionless relative imports are resolved here (`./slug` → `./slug.ts`); and
 * Astro's pipeline runs rehype-raw only where a page has raw HTML (rehype-raw-when-needed.ts, beside this file).
 */
import { registerHooks } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const RAW_WHEN_NEEDED = new URL('./rehype-raw-when-needed.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    // Astro's pipeline gets rehype-raw only for pages with raw HTML (rehype-raw-when-needed.ts, beside this file).
    if (specifier === 'rehype-raw' && context.parentURL?.includes('/@astrojs/markdown-remark/')) {
      return { url: RAW_WHEN_NEEDED, shortCircuit: true };
    }
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      const missing = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
      if (!missing || !specifier.startsWith('.') || !context.parentURL?.endsWith('.ts')) throw err;
      for (const candidate of [`${specifier}.ts`, `${specifier}/index.ts`]) {
        try {
          return nextResolve(candidate, context);
        } catch {
          // try the next form
        }
      }
      throw err;
    }
  },
});

/** A page to render, from index.ts. */
export interface RenderRequest {
  id: number;
  content: string;
  fileURL?: string;
  frontmatter?: Record<string, unknown>;
}

/** The answer: the rendered page or the error, and the content errors made since the last answer. */
export interface RenderAnswer {
  id: number;
  result?: Awaited<ReturnType<typeof renderer.render>>;
  error?: { name: string; message: string; stack?: string };
  contentErrors: string[];
}

const { unified } = await import('@astrojs/markdown-remark');
const { markdownPipeline } = await import(workerData.pipelineModule);
const { reportedContentErrors } = await import('../../../lib/content-error.ts');
const renderer = await unified(markdownPipeline()).createRenderer(workerData.shared);

let errorsSent = 0;
/** Content errors made since the last answer: the main thread's build stops on them (src/integrations/content-errors.ts). */
function newContentErrors(): string[] {
  const all = reportedContentErrors();
  const fresh = all.slice(errorsSent);
  errorsSent = all.length;
  return fresh;
}

parentPort!.on('message', async ({ id, content, fileURL, frontmatter }: RenderRequest) => {
  try {
    const result = await renderer.render(content, { fileURL: fileURL ? new URL(fileURL) : undefined, frontmatter });
    parentPort!.postMessage({ id, result, contentErrors: newContentErrors() } satisfies RenderAnswer);
  } catch (err) {
    const { name, message, stack } = err instanceof Error ? err : new Error(String(err));
    parentPort!.postMessage({ id, error: { name, message, stack }, contentErrors: newContentErrors() } satisfies RenderAnswer);
  }
});
