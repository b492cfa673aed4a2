import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

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

/** The thread's code: files in, one report out when told `end`. Self-contained: it runs from its source. */
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
 * Writes the files under `root` on a thread of their own while the caller goes on; resolves with their number once
 * all are written, or rejects naming the first file that failed (after the others are written). A build step that
 * makes thousands of small files (the citation downloads, 3 a page) pays for them on the other core instead of the
 * main thread, where writing them after the pages took 2 s at 1000 pages on this machine's disk. (Node's own
 * asynchronous writes need the main thread for each step of each file – open, write, close – and so waited for
 * every page's rendering: they came out slower.) Where no thread can be started, they are written at once, here.
 */
export async function writeFilesInBackground(root: string, files: Iterable<readonly [path: string, bytes: string | Uint8Array]>): Promise<number> {
  const list = [...files];
  let thread: Worker;
  try {
    thread = new Worker(threadSource, { eval: true });
  } catch {
    return writeFiles(root, list);
  }
  const batch: Batch = list.map(([path, bytes]) => [join(root, path), bytes]);
  try {
    const report = await new Promise<Report>((resolve, reject) => {
      thread.once('message', resolve);
      thread.once('error', reject);
      thread.postMessage(batch);
      thread.postMessage('end');
    });
    if (report.failures.length) throw new Error(report.failures[0]);
    return report.written;
  } finally {
    await thread.terminate();
  }
}
