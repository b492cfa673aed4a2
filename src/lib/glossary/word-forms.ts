/**
 * A small matcher for Polish word forms, enough to find glossary terms in running text:
 * „ośrodek” also finds „ośrodka”, „ośrodkiem”; „placówka” finds „placówce”; „pracownik socjalny” finds „pracownicy socjalni”.
 * Irregular forms are the glossary's `aliases`. Acronyms (DPS, OPS) match whole words, case-sensitive,
 * with a hyphenated ending (DPS-u, DPS-ie).
 */

const VOWEL = /[aeiouyąęó]$/;
/** Consonants that change before some endings (ręka → ręce, wywiad → wywiadzie, pracownik → pracownicy). */
const ALTERNATIONS: Array<[RegExp, string]> = [
  [/ch$/, '(?:ch|sz|ś)'],
  [/k$/, '(?:k|c)'],
  [/g$/, '(?:g|dz)'],
  [/r$/, '(?:r|rz)'],
  [/ł$/, '(?:ł|l)'],
  [/t$/, '(?:t|ć|c)'],
  [/d$/, '(?:d|dz)'],
  [/s$/, '(?:s|ś)'],
  [/z$/, '(?:z|ź|ż)'],
  [/n$/, '(?:n|ń)'],
  [/ć$/, '(?:ć|c)'],
  [/ń$/, '(?:ń|n)'],
  [/ś$/, '(?:ś|s)'],
  [/ź$/, '(?:ź|z)'],
];
/** Noun and adjective endings (longest first is not needed: the word-end check makes the engine backtrack). */
const ENDINGS = '(?:a|u|e|y|i|o|ą|ę|ie|em|om|ów|owi|ami|ach|mi|ej|ego|emu|ym|im|ymi|imi|ych|ich|iego|iemu|iej|ia|iu|ię|ią|iem|iom|iami|iach|ii)?';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a word is an acronym: two or more capitals and no small letters (DPS, ŚDS). */
export const isAcronym = (word: string) => /^\p{Lu}{2,}$/u.test(word);

/** A regular-expression source matching the forms of one word. */
export function wordForms(word: string): string {
  if (isAcronym(word)) return `${escape(word)}(?:-\\p{Ll}{1,4})?`;
  if (word.length <= 3 || /[^\p{L}]/u.test(word)) return escape(word);
  let stem = word.toLocaleLowerCase('pl');
  if (VOWEL.test(stem)) stem = stem.slice(0, -1);
  // Mobile e: ośrodek → ośrodka, dodatek → dodatku.
  const mobile = /e([kcń])$/.exec(stem);
  let head = mobile ? `${escape(stem.slice(0, -2))}e?` : escape(stem.slice(0, -1));
  let last = mobile ? mobile[1]! : stem.slice(-1);
  // ó → o before the last consonant: pokój → pokoju.
  if (!mobile && /ó$/.test(head)) head = `${head.slice(0, -1)}[óo]`;
  if (stem.endsWith('ch')) { head = escape(stem.slice(0, -2)); last = 'ch'; }
  const alt = ALTERNATIONS.find(([re]) => re.test(last));
  return `${head}${alt ? alt[1] : escape(last)}${ENDINGS}`;
}

/**
 * Regular expressions matching a term or phrase in its word forms, as a whole word: one for phrases with an
 * acronym (case-sensitive) and one for the rest (any case, so that a sentence may begin with the term).
 */
export function phrasePatterns(phrases: string[]): RegExp[] {
  const split = phrases.map((p) => p.trim().split(/\s+/)).sort((a, b) => b.join(' ').length - a.join(' ').length);
  const groups = [split.filter((ws) => ws.some(isAcronym)), split.filter((ws) => !ws.some(isAcronym))];
  return groups
    .map((group, i) => ({ group, flags: i === 0 ? 'gu' : 'giu' }))
    .filter(({ group }) => group.length > 0)
    .map(({ group, flags }) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${group.map((ws) => ws.map(wordForms).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`, flags));
}
