/** The main navigation: which sections the header links to, in order. Labels come from the dictionary. */
export const mainNav = [
  { key: 'roles', href: '/zawod/role/' },
  { key: 'competencies', href: '/zawod/kompetencje/' },
  { key: 'practice', href: '/praktyka/' },
  { key: 'history', href: '/historia/historia-zawodu/' },
  { key: 'system', href: '/system/system-pomocy-spolecznej/' },
  { key: 'glossary', href: '/slownik/' },
  { key: 'timeline', href: '/os-czasu/' },
  { key: 'sources', href: '/zrodla/' },
] as const;

export interface Crumb {
  label: string;
  href?: string;
}
