/** Every URL the site makes, in one place, so that links and routes agree. */

import type { Lang } from '../i18n';

export const articleUrl = (id: string) => `/${id}/`;
/** An English page (`content/en/roles/mediator.md`, id `roles/mediator`) → `/en/roles/mediator/`. */
export const englishUrl = (id: string) => `/en/${id}/`;
/** Each edition's home page. */
export const homeUrl = (lang: Lang) => (lang === 'en' ? '/en/' : '/');
export const roleUrl = (id: string) => `/role/${id}/`;
/** The role a URL of `roleUrl` names (`/role/mediator/` → `mediator`), else undefined. */
export const roleIdOf = (url: string) => /^\/role\/([a-z0-9-]+)\/$/.exec(url)?.[1];
export const glossaryAnchor = (id: string, lang: Lang = 'pl') => (lang === 'en' ? `/en/glossary/#${id}` : `/slownik/#${id}`);
export const sourceAnchor = (id: string) => `/zrodla/#${id}`;
export const timelineAnchor = (id: string) => `/os-czasu/#${id}`;
/** A page's citation file: `/historia/charzykowy-1989/` → `/cytuj/historia/charzykowy-1989.ris`. */
export const citationFileUrl = (pagePath: string, ext: 'ris' | 'json' | 'bib') => `/cytuj/${pagePath.replace(/^\/|\/$/g, '')}.${ext}`;
export const searchUrl = (query?: string, lang: Lang = 'pl') => {
  const page = lang === 'en' ? '/en/search/' : '/szukaj/';
  return query ? `${page}?q=${encodeURIComponent(query)}` : page;
};

/** Joins a site-relative path to the site's origin. */
export const absoluteUrl = (site: string, path: string) => new URL(path, site).href;
export const competencyAnchor = (id: string, lang: Lang = 'pl') => (lang === 'en' ? `/en/competencies/#${id}` : `/zawod/kompetencje/#${id}`);
