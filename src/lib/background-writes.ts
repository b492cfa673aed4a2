import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Files sent to the thread in one message. */
const BATCH = 32;

export interface BackgroundWriter {
  /** Queues `text` for the file at `path` (relative to the root); returns at once. */
  write(path: string, text: string | Uint8Array): void;
  /** Resolves with the number of files written once every queued file is; rejects naming the first file that failed. */
  settled(): Promise<number>;
}

type Batch = Array<[file: string, text: string | Uint8Array]>;
interface Report { written: number; failures: string[] }

/** Writes files one after the other, each folder made once; a failure is noted with its file, and the rest go on. */
function writeAll(batch: Batch, made: Set<string>, report: Report, fs: { mkdirSync: typeof mkdirSync; writeFileSync: typeof writeFileSync }, dirOf: (f: string) => string) {
  for (const [file, text] of batch) {
    try {
      const dir = dirOf(file);
      if (!made.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      fs.writeFileSync(file, text);
      report.written++;
    } catch (err) {
      report.failures.push(`${file}: ${(err as Error).message}`);
    }
  }
}

/** Writes the files under `root` now, on this thread, each folder made once; throws naming the first file that failed. */
export function writeFiles(root: string, files: Iterable<readonly [path: string, bytes: string | Uint8Array]>): number {
  const report: Report = { written: 0, failures: [] };
  writeAll([...files].map(([path, bytes]) => [join(root, path), bytes]), new Set(), report, { mkdirSync, writeFileSync }, dirname);
  if (report.failures.length) throw new Error(report.failures[0]);
  return report.written;
}

/** The thread's code: batches of files in, one report out when told `end`. Self-contained: it runs from its source. */
function threadMain() {
  const { parentPort } = require('node:worker_threads') as typeof import('node:worker_threads');
  const fs = require('node:fs') as typeof import('node:fs');
  const { dirname: dirOf } = require('node:path') as typeof import('node:path');
  const made = new Set<string>();
  const report: Report = { written: 0, failures: [] };
  parentPort!.on('message', (message: Batch | 'end') => {
    if (message === 'end') parentPort!.postMessage(report);
    else WRITE_ALL(message, made, report, fs, dirOf);
  });
}
declare const WRITE_ALL: typeof writeAll;
const threadSource = `const WRITE_ALL = ${writeAll.toString()};\n(${threadMain.toString()})();`;

/**
 * Writes files under `root` on a thread of their own while the caller goes on: a build step that makes thousands
 * of small files (the citation downloads, 3 a page) pays for them on the other core instead of the main thread,
 * where writing them after the pages took 2 s at 1000 pages on this machine's disk. (Node's own asynchronous
 * writes need the main thread for each step of each file – open, write, close – and so waited for every page's
 * rendering: they came out slower.) Where no thread can be started, the files are written at once, in order.
 */
export function backgroundWriter(root: string): BackgroundWriter {
  let thread: Worker | undefined;
  let threadFailed: Error | undefined;
  let pending: Batch = [];
  let scheduled = false;
  const inline: Report = { written: 0, failures: [] };
  const made = new Set<string>();

  const start = () => {
    if (thread || threadFailed) return thread;
    try {
      thread = new Worker(threadSource, { eval: true });
      thread.unref();
    } catch (err) {
      threadFailed = err as Error;
    }
    return thread;
  };
  const flush = () => {
    scheduled = false;
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    const t = start();
    if (t) t.postMessage(batch);
    else writeAll(batch, made, inline, { mkdirSync, writeFileSync }, dirname);
  };
  return {
    write(path, text) {
      pending.push([join(root, path), text]);
      if (pending.length >= BATCH) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    async settled() {
      flush();
      let report = inline;
      if (thread) {
        const t = thread;
        thread = undefined;
        const fromThread = await new Promise<Report>((resolve, reject) => {
          t.once('message', resolve);
          t.once('error', reject);
          t.postMessage('end');
        });
        await t.terminate();
        report = { written: inline.written + fromThread.written, failures: [...inline.failures, ...fromThread.failures] };
      }
      if (report.failures.length) throw new Error(report.failures[0]);
      return report.written;
    },
  };
}
