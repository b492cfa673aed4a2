/**
 * What the search page offers when a query finds nothing: glossary entries close to it and a spelling
 * suggestion from the site's own words („Czy chodziło o …”). Pure; the browser passes in the data.
 */
import { fold, words } from './fold';

/** Edit distance with transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/** How many typing mistakes a word of this length may have and still be recognised. */
export const allowedMistakes = (length: number) => (length <= 4 ? 1 : 2);

/**
 * The site word closest to a typed one: fewest mistakes, then the one on most pages. `vocabulary` maps a site
 * word (as written) to the number of pages it is on. Undefined when nothing is close enough, or the word is known.
 */
export function closestWord(typed: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const t = fold(typed);
  const max = allowedMistakes(t.length);
  let best: { word: string; d: number; pages: number } | undefined;
  for (const [word, pages] of vocabulary) {
    const d = editDistance(t, fold(word), max);
    if (d === 0) return undefined;
    if (d > max) continue;
    if (!best || d < best.d || (d === best.d && pages > best.pages)) best = { word, d, pages };
  }
  return best?.word;
}

/** The query with each word the site doesn't know replaced by its closest site word; undefined if nothing changes. */
export function suggestQuery(query: string, vocabulary: ReadonlyMap<string, number>): string | undefined {
  const typed = words(query);
  const fixed = typed.map((w) => (w.length < 3 ? w : (closestWord(w, vocabulary) ?? w)));
  return fixed.some((w, i) => w !== typed[i]) ? fixed.join(' ') : undefined;
}

export interface TermEntry {
  /** The glossary id, the anchor on /slownik/. */
  id: string;
  term: string;
  expansion?: string;
}

/**
 * Glossary entries close to a query: one of whose words (of the term or its expansion) starts like a word typed
 * (the first four letters) or is at most one or two mistakes away from it. Best first, at most `limit`.
 */
export function closeTerms(query: string, terms: readonly TermEntry[], limit = 5): TermEntry[] {
  const typed = words(query).map(fold).filter((w) => w.length >= 3);
  if (!typed.length) return [];
  const scored = terms.map((t) => {
    const own = words(`${t.term} ${t.expansion ?? ''}`).map(fold);
    let best = Infinity;
    for (const q of typed) {
      for (const w of own) {
        if (w === q || (q.length >= 4 && w.startsWith(q.slice(0, 4)) && Math.abs(w.length - q.length) <= 4)) best = Math.min(best, w === q ? 0 : 1);
        else {
          const d = editDistance(q, w, allowedMistakes(q.length));
          if (d <= allowedMistakes(q.length)) best = Math.min(best, d + 1);
        }
      }
    }
    return { t, best };
  });
  return scored.filter((s) => s.best < Infinity).sort((a, b) => a.best - b.best || a.t.term.localeCompare(b.t.term, 'pl')).slice(0, limit).map((s) => s.t);
}

/** Which vocabulary file holds the site words beginning like this one: its first letter, folded. */
export const vocabularyKey = (word: string) => fold(word).slice(0, 1) || '_';
