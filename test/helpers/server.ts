import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.xml': 'application/xml', '.txt': 'text/plain',
};

/** Extra response headers: the same for every path, or chosen by path (e.g. from `public/_headers`). */
export type ExtraHeaders = Record<string, string> | ((pathname: string) => Record<string, string>);

export interface ServeOptions {
  headers?: ExtraHeaders;
  /**
   * Compress like a real static host: text is sent gzip-encoded (level 6) to clients that accept it;
   * files that are gzip data already (Pagefind's index, fragments, WebAssembly) go as they are.
   * The byte-budget tests use it, as they sum the bytes the browser receives.
   */
  gzip?: boolean;
}

/** Files that are gzip data already. */
const isGzip = (b: Buffer) => b.length > 2 && b[0] === 0x1f && b[1] === 0x8b;

/** A static file server for `dist/` on 127.0.0.1 and a free port, like any static host. */
export async function serveDir(root: string, options: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const { headers = {}, gzip = false } = options;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    const body = readFileSync(file);
    const compress = gzip && !isGzip(body) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const out = compress ? gzipSync(body, { level: 6 }) : body;
    const extra = typeof headers === 'function' ? headers(path) : headers;
    res.writeHead(found ? 200 : 404, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': String(out.length),
      ...(gzip ? { 'cache-control': 'max-age=3600' } : {}),
      ...(compress ? { 'content-encoding': 'gzip' } : {}),
      ...extra,
    });
    res.end(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
