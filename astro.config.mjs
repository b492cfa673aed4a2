// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { site } from './site.config.mjs';
import { pl } from './src/i18n/pl.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadSourceStubs } from './src/lib/source-registry.ts';
import remarkCitations from './src/lib/remark-citations.ts';
import rehypeAsciiHeadingIds from './src/lib/rehype-heading-ids.ts';
import pagefindIndex from './src/integrations/pagefind.ts';

const sourcesDir = `${contentDir()}/sources`;
/** Read lazily, so that a source added while `astro dev` runs is found. */
const sources = () => loadSourceStubs(sourcesDir);

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.KPS_OUT_DIR ?? './dist',
  cacheDir: process.env.KPS_CACHE_DIR ?? './node_modules/.astro',
  // Two content entries with one id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkCitations, { sources }]],
      rehypePlugins: [rehypeAsciiHeadingIds],
      // Polish quotes are written by the editors and fixed on every page by src/middleware.ts; SmartyPants would make English ones.
      smartypants: false,
      remarkRehype: {
        clobberPrefix: '',
        footnoteLabel: pl.footnotes,
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: [] },
        footnoteBackLabel: pl.footnoteBack,
      },
    }),
  },
  integrations: [mdx(), sitemap(), pagefindIndex()],
  vite: {
    build: {
      rolldownOptions: {
        // Deferred Markdown modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise (one per page) that would hide real warnings.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
          handler(level, log);
        },
      },
    },
  },
});
