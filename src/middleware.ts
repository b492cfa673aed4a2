import { defineMiddleware } from 'astro:middleware';
import { typographyHtml } from './lib/typography-html';

/**
 * Every HTML page passes through Polish typography once, at build time (and in `astro dev`):
 * text from Markdown, data files, the UI dictionary and titles gets the same non-breaking spaces and quotes.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  return new Response(typographyHtml(html), { status: response.status, headers: response.headers });
});
