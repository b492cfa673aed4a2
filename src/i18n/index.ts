/** The editions: Polish at `/`, English under `/en/`. Components take their dictionary from the page's address. */
import { pl, type Dictionary } from './pl';
import { en } from './en';

export const langs = ['pl', 'en'] as const;
export type Lang = (typeof langs)[number];

export const dictionaries: Record<Lang, Dictionary> = { pl, en };

/** The edition a site path belongs to: `/en/…` is English, everything else Polish. */
export const langOf = (path: string): Lang => (path === '/en' || path.startsWith('/en/') ? 'en' : 'pl');

/** The dictionary of the page at `url` (a path or Astro's `Astro.url`). */
export const ui = (url: URL | string): Dictionary => dictionaries[langOf(typeof url === 'string' ? url : url.pathname)];

export type { Dictionary };
