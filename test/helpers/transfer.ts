import type { Page, Request } from 'playwright-core';

export interface Transfer {
  path: string;
  /** Body bytes as the network delivered them (compressed where the server compressed). */
  bytes: number;
}

/** Records the body bytes of every finished request of a page. `take()` returns and forgets what was seen so far. */
export function recorder(page: Page) {
  const seen: Transfer[] = [];
  const pending: Array<Promise<void>> = [];
  page.on('requestfinished', (r: Request) => {
    pending.push(r.sizes().then((s) => { seen.push({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }); }));
  });
  return {
    async take(): Promise<Transfer[]> {
      await Promise.all(pending.splice(0));
      return seen.splice(0);
    },
  };
}

/** What search costs on top of the page itself: everything but HTML, CSS and images. */
export const searchBytes = (rs: Transfer[]) =>
  rs.filter((r) => !/\.(html|css|svg|ico)$/.test(r.path) && !r.path.endsWith('/')).reduce((n, r) => n + r.bytes, 0);
