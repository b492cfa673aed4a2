import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser';
import { DIST } from './dist';
import { serveDir, type ServeOptions } from './server';

export interface SiteInBrowser {
  /** The origin the built site is served at. */
  url: string;
  browser: Browser;
  /** One page, shared by the tests of the suite. */
  page: Page;
}

/**
 * Serves the built site and opens Chromium for the enclosing `describe`: started before its tests,
 * closed after them. The fields are filled in `beforeAll`, so read them inside tests only.
 */
export function useSiteInBrowser(options: ServeOptions = {}): SiteInBrowser {
  const site = {} as SiteInBrowser;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const server = await serveDir(DIST, options);
    close = server.close;
    site.url = server.url;
    site.browser = await launch();
    site.page = await site.browser.newPage();
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
