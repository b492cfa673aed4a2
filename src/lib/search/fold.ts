/**
 * Text normalisation shared by the index build and the browser: word splitting and
 * diacritic folding. Pagefind folds combining marks (ś → s) but not „ł”, which is a letter
 * of its own in Unicode, so a query typed without Polish letters is looked up by its folded form.
 */

/** Lower case without diacritics: „Społecznej” → „spolecznej”, „Kuroń” → „kuron”. */
export function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/** The words of a text: runs of letters and digits, lower case. Hyphens and punctuation split words. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** How many shards the browser's form table is split into. */
export const SHARDS = 512;

/**
 * Which shard of the browser's form table holds a (folded) word: FNV-1a hash of the word,
 * modulo SHARDS, as three hex digits. Hashing spreads the words evenly (by first letters,
 * „prz…” alone would be a shard of 7 KiB).
 */
export function shardKey(folded: string): string {
  let h = 0x811c9dc5;
  for (const ch of folded) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % SHARDS).toString(16).padStart(3, '0');
}
