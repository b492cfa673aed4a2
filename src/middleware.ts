import { defineMiddleware } from 'astro:middleware';
import { typographyHtml } from './lib/typography-html';
import { addHeadingSelfLinks } from './lib/self-links';
import { pl } from './i18n/pl';

/**
 * Every HTML page passes through Polish typography once, at build time (and in `astro dev`):
 * text from Markdown, data files, the UI dictionary and titles gets the same non-breaking spaces and quotes.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  // …and every heading with an id gets its „¶” link (src/lib/self-links.ts).
  return new Response(addHeadingSelfLinks(typographyHtml(html), pl.selfLink.section), { status: response.status, headers: response.headers });
});
