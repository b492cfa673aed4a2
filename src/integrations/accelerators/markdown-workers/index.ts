/**
 * Markdown rendered beside the main thread during `astro build`. Astro's content sync renders one page after
 * another on the main thread (13.7 of the 17 s a 1000-page build spent syncing), which also reads, validates and
 * stores every entry. This processor is Astro's own `unified()` with the same plugins, but its renderer hands each
 * page to worker threads (worker.ts), one a core (see threadCount). The glob loader asks
 * for ten pages at a time, so the threads are never idle.
 *
 * The HTML is the same: each worker builds the `unified()` renderer from the same pipeline module. Where workers
 * can't be used, the main thread renders as before: in `astro dev` (one page at a time, where starting threads
 * would cost more than it saves), on a single core, on a Node without `module.registerHooks` or TypeScript
 * support, when an integration has added plugins to the processor (a thread could not see them), and for a page
 * whose frontmatter can't be copied to a thread. The three that mean an upgrade changed something this relies on
 * are said through `fellBack` (registry.ts): a warning, or under CI=true a stopped build.
 */
import module from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { unified } from '@astrojs/markdown-remark';
import type { AstroMarkdownOptions, MarkdownRenderer, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/internal-helpers/markdown';
import { rememberContentErrors } from '../../../lib/content-error';
import { pluralPl } from '../../../lib/plural';
import type { RenderAnswer, RenderRequest } from './worker';
import { fellBack } from '../registry';

type UnifiedOptions = NonNullable<Parameters<typeof unified>[0]>;

/**
 * Threads end after this long without a page, so that they neither hold memory nor keep the process alive: the
 * thread's heap is gone before Astro writes the data store at the end of the sync (the build's peak RSS).
 */
const IDLE_MS = 200;

const WORKER_URL = new URL('./worker.ts', import.meta.url);

/** Whether this Node can run the worker: TypeScript files and synchronous resolve hooks. */
export function workersSupported(): boolean {
  const features = process.features as { typescript?: string | false };
  return typeof module.registerHooks === 'function' && Boolean(features.typescript);
}

/**
 * Threads for a machine with this many cores: one a core (at most 3), none on one core. The main thread mostly
 * waits for them: on 2 cores, at 1000 pages, two threads synced in 7.3–8.6 s, one in 11.1–11.3 s, for 15–25 MiB
 * more peak RSS. (Two threads used to be slower, 16 s and 380 MiB more, while the sync's end still wrote the
 * whole data store at once; see data-store-at-runtime.ts.)
 */
export function threadCount(cores: number): number {
  return cores < 2 ? 0 : Math.min(cores, 3);
}

interface Job {
  resolve: (r: MarkdownRenderResult) => void;
  reject: (e: Error) => void;
}

/** A pool of Markdown threads: each page goes to the thread with the fewest pages waiting. */
class RenderPool {
  #threads: Array<{ worker: Worker; jobs: Map<number, Job> }> = [];
  #nextId = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  /** Pages rendered by threads since they last started. */
  #rendered = 0;

  readonly size: number;
  readonly data: { pipelineModule: string; shared: AstroMarkdownOptions };

  readonly log: (message: string) => void;

  constructor(size: number, data: RenderPool['data'], log: RenderPool['log']) {
    this.size = size;
    this.data = data;
    this.log = log;
  }

  #start() {
    for (let i = 0; i < this.size; i++) {
      const worker = new Worker(WORKER_URL, { workerData: this.data });
      const thread = { worker, jobs: new Map<number, Job>() };
      worker.on('message', (answer: RenderAnswer) => {
        if (answer.contentErrors.length) rememberContentErrors(answer.contentErrors);
        const job = thread.jobs.get(answer.id);
        thread.jobs.delete(answer.id);
        this.#rendered++;
        if (answer.error) job?.reject(Object.assign(new Error(answer.error.message), { name: answer.error.name, stack: answer.error.stack }));
        else job?.resolve(answer.result!);
        this.#maybeIdle();
      });
      const fail = (err: Error) => {
        for (const job of thread.jobs.values()) job.reject(err);
        thread.jobs.clear();
        this.#threads = this.#threads.filter((t) => t !== thread);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`wątek Markdown zakończył się (kod ${code}) przed oddaniem strony`)));
      this.#threads.push(thread);
    }
  }

  #maybeIdle() {
    if (this.#threads.some((t) => t.jobs.size)) return;
    for (const t of this.#threads) t.worker.unref();
    clearTimeout(this.#idleTimer);
    this.#idleTimer = setTimeout(() => this.close(), IDLE_MS);
    this.#idleTimer.unref();
  }

  /** Ends the threads; a later page starts them again. */
  close() {
    clearTimeout(this.#idleTimer);
    const threads = this.#threads;
    this.#threads = [];
    if (threads.length) {
      const pages = pluralPl(this.#rendered, ['strona wyrenderowana', 'strony wyrenderowane', 'stron wyrenderowanych']);
      this.log(`Markdown: ${this.#rendered} ${pages} poza głównym wątkiem (wątki: ${threads.length})`);
    }
    this.#rendered = 0;
    for (const t of threads) void t.worker.terminate();
  }

  /** The page rendered by a thread, or by `local` where its frontmatter can't be sent to one (DataCloneError). */
  render(content: string, opts: MarkdownRenderOptions | undefined, local: MarkdownRenderer): Promise<MarkdownRenderResult> {
    clearTimeout(this.#idleTimer);
    if (!this.#threads.length) this.#start();
    const thread = this.#threads.reduce((a, b) => (b.jobs.size < a.jobs.size ? b : a));
    const id = this.#nextId++;
    try {
      thread.worker.postMessage({ id, content, fileURL: opts?.fileURL?.href, frontmatter: opts?.frontmatter } satisfies RenderRequest);
    } catch {
      this.#maybeIdle();
      return local.render(content, opts);
    }
    thread.worker.ref();
    return new Promise((resolve, reject) => thread.jobs.set(id, { resolve, reject }));
  }
}

/**
 * `unified(pipeline)`, rendering in worker threads during `astro build`. `pipelineModule` must export
 * `markdownPipeline()`, returning the same options as `pipeline`. Add `integration` to the config's integrations:
 * it tells the processor whether this is a build.
 */
export function markdownWorkers(pipeline: UnifiedOptions, pipelineModule: URL): { processor: ReturnType<typeof unified>; integration: AstroIntegration } {
  const base = unified(pipeline);
  const own = { remark: base.options.remarkPlugins.length, rehype: base.options.rehypePlugins.length };
  let building = false;
  let log = (_message: string) => {};
  let warn = (_message: string) => {};
  const pools = new Map<string, RenderPool>();
  const processor: ReturnType<typeof unified> = {
    ...base,
    async createRenderer(shared) {
      const local = await base.createRenderer(shared);
      const extended = base.options.remarkPlugins.length !== own.remark || base.options.rehypePlugins.length !== own.rehype;
      const size = threadCount(availableParallelism());
      // Not a build, or one core: threads would not pay. The rest are shapes this no longer knows: said loudly.
      if (!building || size < 1) return local;
      if (extended || !workersSupported()) {
        fellBack('markdown-workers', extended ? 'an integration added plugins to the Markdown processor, which a thread could not see' : 'this Node has no module.registerHooks or no TypeScript support', warn);
        return local;
      }
      let key: string;
      try {
        structuredClone(shared);
        key = JSON.stringify(shared);
      } catch (err) {
        fellBack('markdown-workers', `Astro's Markdown options can't be sent to a thread (${(err as Error).message})`, warn);
        return local;
      }
      // Each collection asks for a renderer; all share one pool of threads.
      let pool = pools.get(key);
      if (!pool) pools.set(key, (pool = new RenderPool(size, { pipelineModule: pipelineModule.href, shared }, log)));
      return { render: (content, opts) => pool.render(content, opts, local) };
    },
  };
  const integration: AstroIntegration = {
    name: 'kps:markdown-workers',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        building = command === 'build';
        log = (message) => logger.info(message);
        warn = (message) => logger.warn(message);
      },
      // The content has synced: no page is rendered after this.
      'astro:build:start': () => {
        for (const pool of pools.values()) pool.close();
      },
    },
  };
  return { processor, integration };
}
