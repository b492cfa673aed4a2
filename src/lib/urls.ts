/** Every URL the site makes, in one place, so that links and routes agree. */

export const articleUrl = (id: string) => `/${id}/`;
export const roleUrl = (id: string) => `/role/${id}/`;
export const glossaryAnchor = (id: string) => `/slownik/#${id}`;
export const sourceAnchor = (id: string) => `/zrodla/#${id}`;
export const timelineAnchor = (id: string) => `/os-czasu/#${id}`;
/** A page's citation file: `/historia/charzykowy-1989/` → `/cytuj/historia/charzykowy-1989.ris`. */
export const citationFileUrl = (pagePath: string, ext: 'ris' | 'json' | 'bib') => `/cytuj/${pagePath.replace(/^\/|\/$/g, '')}.${ext}`;
export const searchUrl = (query?: string) => (query ? `/szukaj/?q=${encodeURIComponent(query)}` : '/szukaj/');

/** Joins a site-relative path to the site's origin. */
export const absoluteUrl = (site: string, path: string) => new URL(path, site).href;
export const competencyAnchor = (id: string) => `/zawod/kompetencje/#${id}`;
