// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { site } from './site.config.mjs';
import { markdownPipeline } from './src/lib/markdown/pipeline.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import contentErrors from './src/integrations/content-errors.ts';
import citationFiles from './src/integrations/citation-files.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/csp.ts';
// The build's accelerators (src/integrations/accelerators/README.md): each can be turned off, all at once with
// KPS_PLAIN_BUILD=1, and the site comes out the same.
import { isOn } from './src/integrations/accelerators/registry.ts';
import { markdownWorkers } from './src/integrations/accelerators/markdown-workers/index.ts';
import renderInputsCheck from './src/integrations/accelerators/render-inputs.ts';
import dataStoreAtRuntime from './src/integrations/accelerators/data-store/index.ts';

const markdown = isOn('markdown-workers')
  ? markdownWorkers(markdownPipeline(), new URL('./src/lib/markdown/pipeline.ts', import.meta.url))
  : { processor: unified(markdownPipeline()), integration: undefined };

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
    // Our plugins (src/lib/markdown/pipeline.ts) in Astro's unified() processor, run on every core during a build.
    processor: markdown.processor,
  },
  // citationFiles and dataStoreAtRuntime last: their astro:build:done waits for files written while the others' run.
  integrations: [
    renderInputsCheck(),
    ...(markdown.integration ? [markdown.integration] : []),
    contentErrors(), mdx(), sitemap(), pagefindIndex(), citationFiles(),
    ...(isOn('data-store') ? [dataStoreAtRuntime()] : []),
  ],
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
