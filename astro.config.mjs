// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './site.config.mjs';
import { pl } from './src/i18n/pl.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { loadSourceStubs } from './src/lib/source-registry.ts';
import remarkCitations from './src/lib/remark-citations.ts';
import rehypeAsciiHeadingIds from './src/lib/rehype-heading-ids.ts';
import rehypeGlossary from './src/lib/rehype-glossary.ts';
import { loadGlossaryTerms } from './src/lib/glossary/terms.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentErrors from './src/integrations/content-errors.ts';
import frozenContent from './src/integrations/frozen-content.ts';
import dataStoreAtRuntime from './src/integrations/data-store-at-runtime.ts';
import citationFiles from './src/integrations/citation-files.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';

const sourcesDir = `${contentDir()}/sources`;
/** Read lazily, so that a source added while `astro dev` runs is found. */
const sources = () => loadSourceStubs(sourcesDir);
/** The glossary, read lazily too, for marking terms in place. */
const glossaryTerms = () => loadGlossaryTerms(`${contentDir()}/glossary`);

export default defineConfig({
  site: site.url,
  output: 'static',
  trailingSlash: 'always',
  // Styles stay files in /_astro/ (never inlined), so that the static `public/_headers` CSP can allow them with 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The CSP (src/lib/csp.ts): Astro adds a <meta> with the hashes of its scripts and styles to every page.
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...scriptSources] },
      styleDirective: { resources: [...styleSources] },
    },
  },
  outDir: process.env.KPS_OUT_DIR ?? './dist',
  cacheDir: process.env.KPS_CACHE_DIR ?? './node_modules/.astro',
  // Two content entries with one id stop the build instead of one silently replacing the other.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  markdown: {
    // The content has no code blocks; without a highlighter no page pays for one (and Shiki's inline styles would break the CSP).
    syntaxHighlight: false,
    processor: unified({
      // GFM (tables, footnotes) is Astro's own `gfm` default; adding remark-gfm here too parsed every page with it twice.
      remarkPlugins: [[remarkCitations, { sources }]],
      rehypePlugins: [rehypeAsciiHeadingIds, [rehypeGlossary, { terms: glossaryTerms }]],
      // Polish quotes are written by the editors and fixed on every page by src/middleware.ts; SmartyPants would make English ones.
      smartypants: false,
      remarkRehype: {
        clobberPrefix: '',
        footnoteLabel: pl.footnotes,
        footnoteLabelTagName: 'h2',
        footnoteLabelProperties: { className: [] },
        // A function, so that the name includes the visible „2” of a second back link (axe: label-content-name-mismatch).
        footnoteBackLabel: (/** @type {number} */ index, /** @type {number} */ reference) => pl.footnoteBackTo(index + 1, reference),
      },
    }),
  },
  integrations: [frozenContent(), dataStoreAtRuntime(), contentErrors(), mdx(), sitemap(), citationFiles(), pagefindIndex()],
  vite: {
    build: {
      // Scripts stay files too (never inlined into the page), for the same reason as styles.
      assetsInlineLimit: 0,
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
