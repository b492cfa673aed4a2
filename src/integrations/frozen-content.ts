import type { AstroIntegration } from 'astro';
import { freezeYamlDirs } from '../lib/yaml-dir';

/**
 * In `astro build` no content file changes while it runs, so the Markdown plugins may keep the glossary and the
 * sources they read once (src/lib/yaml-dir.ts) instead of checking the files again for every page.
 */
export default function frozenContent(): AstroIntegration {
  return {
    name: 'kps:frozen-content',
    hooks: { 'astro:config:setup': ({ command }) => { if (command === 'build') freezeYamlDirs(); } },
  };
}
