import { defineMiddleware } from 'astro:middleware';
import { typographyHtml } from './lib/typography-html';
import { addHeadingSelfLinks } from './lib/self-links';
import { dictionaries, langOf } from './i18n';

/**
 * Every HTML page passes through its edition's typography once, at build time (and in `astro dev`): Polish rules on
 * Polish pages only. Text from Markdown, data files, the UI dictionary and titles gets the same treatment.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = await response.text();
  const lang = langOf(context.url.pathname);
  // …and every heading with an id gets its „¶” link (src/lib/self-links.ts).
  return new Response(addHeadingSelfLinks(typographyHtml(html, lang), dictionaries[lang].selfLink.section), { status: response.status, headers: response.headers });
});
