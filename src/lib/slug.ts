import GithubSlugger, { slug as githubSlug } from 'github-slugger';

/** Removes Polish (and other) diacritics: „Łódź” → „Lodz”. */
export function foldDiacritics(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** A lower-case ASCII slug, stable for citing: „Co się wydarzyło?” → „co-sie-wydarzylo”. */
export function asciiSlug(text: string): string {
  return githubSlug(foldDiacritics(text).toLowerCase());
}

/** A slugger that keeps ids unique on one page by adding -1, -2… */
export function createSlugger(): (text: string) => string {
  const slugger = new GithubSlugger();
  return (text) => slugger.slug(foldDiacritics(text).toLowerCase());
}
