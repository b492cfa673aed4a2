/**
 * The Markdown pipeline of `content/`, `.md` and `.mdx` alike: GFM, our remark and rehype plugins and their options,
 * for Astro's `unified()` processor. One definition, used twice: by `astro.config.mjs`, and by each worker thread of
 * the markdown-workers accelerator (src/integrations/accelerators/markdown-workers/), which imports this file itself
 * (the plugins' options hold functions, which can't be sent to a thread). Relative imports here and below are
 * resolved by that worker too.
 */
import type { UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pl } from '../../i18n/pl';
import { contentDir } from '../content-dir';
import { loadSourceStubs } from '../source-registry';
import { loadEnglishGlossaryTerms, loadGlossaryTerms } from '../glossary/terms';
import rehypeEdition from '../rehype-edition';
import remarkCitations from '../remark-citations';
import rehypeAsciiHeadingIds from '../rehype-heading-ids';
import rehypeGlossary from '../rehype-glossary';

export function markdownPipeline(): UnifiedProcessorOptions {
  /** Read lazily, so that a source added while `astro dev` runs is found. */
  const sources = () => loadSourceStubs(`${contentDir()}/sources`);
  /** The glossary, read lazily too, for marking terms in place. */
  const glossaryTerms = () => loadGlossaryTerms(`${contentDir()}/glossary`);
  const englishTerms = () => loadEnglishGlossaryTerms(`${contentDir()}/glossary`);
  return {
    // GFM (tables, footnotes) through remark-gfm, once: Astro's own `gfm` default is off, else every page would be
    // parsed with it twice. MDX takes the same option (@astrojs/markdown-remark's createUnifiedMdxProcessor).
    gfm: false,
    remarkPlugins: [remarkGfm, [remarkCitations, { sources }]],
    rehypePlugins: [rehypeAsciiHeadingIds, [rehypeGlossary, { terms: glossaryTerms, englishTerms }], rehypeEdition],
    // Polish quotes are written by the editors and fixed on every page by src/middleware.ts; SmartyPants would make English ones.
    smartypants: false,
    remarkRehype: {
      clobberPrefix: '',
      footnoteLabel: pl.footnotes,
      footnoteLabelTagName: 'h2',
      footnoteLabelProperties: { className: [] },
      // A function, so that the name includes the visible „2” of a second back link (axe: label-content-name-mismatch).
      footnoteBackLabel: (index: number, reference: number) => pl.footnoteBackTo(index + 1, reference),
    },
  };
}
