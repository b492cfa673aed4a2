import type { Lang } from '../i18n';

/** The main navigation of each edition: which pages the header links to, in order. Labels come from the dictionary. */
export const mainNav = {
  pl: [
    { key: 'roles', href: '/zawod/role/' },
    { key: 'competencies', href: '/zawod/kompetencje/' },
    { key: 'practice', href: '/praktyka/' },
    { key: 'history', href: '/historia/historia-zawodu/' },
    { key: 'system', href: '/system/system-pomocy-spolecznej/' },
    { key: 'glossary', href: '/slownik/' },
    { key: 'timeline', href: '/os-czasu/' },
    { key: 'sources', href: '/zrodla/' },
  ],
  en: [
    { key: 'inBrief', href: '/en/in-brief/' },
    { key: 'roles', href: '/en/roles/' },
    { key: 'competencies', href: '/en/competencies/' },
    { key: 'history', href: '/en/history/' },
    { key: 'system', href: '/en/system/' },
    { key: 'glossary', href: '/en/glossary/' },
  ],
} as const satisfies Record<Lang, ReadonlyArray<{ key: string; href: string }>>;

export interface Crumb {
  label: string;
  href?: string;
}
