import type { AstroIntegration } from 'astro';
import { reportedContentErrors } from '../lib/content-error';

function check() {
  const errors = [...new Set(reportedContentErrors())];
  if (errors.length) throw new Error(`Błędy w treści (${errors.length}) – popraw je, zanim strona zostanie zbudowana:\n${errors.join('\n')}`);
}

/**
 * Stops `astro build` on any content error, including those Astro's glob loader only logs
 * (an error thrown while it renders Markdown: a footnote without definition, an unknown source).
 */
export default function contentErrors(): AstroIntegration {
  return { name: 'kps:content-errors', hooks: { 'astro:build:start': check, 'astro:build:done': check } };
}
