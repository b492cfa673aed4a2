/**
 * What the browser sends to Pagefind for what a reader typed. Pure: the form table is passed in.
 *
 * - Words that carry no topic („jakie”, „czy”, „w”) are dropped, unless nothing else is left.
 * - Each word is looked up (folded, so „spolecznej” works) in the site's form table and replaced
 *   by the word to search for: its lemma („ośrodka” → „ośrodek”), an acronym („gops” → „ops”),
 *   or its spelling with diacritics. Pages carry the lemmas of their words as metadata.
 */
import { fold, shardKey, words } from './fold';

/** Question and function words that say nothing about the topic. Folded. */
export const STOPWORDS = new Set(
  ('a aby albo ale ani az bo by byc byl byla bylo co czy czym czego dla do gdzie i ich ile im jak jaka jaki jakie jakich jakim jakimi jest '
    + 'kiedy kim kto ktora ktore ktory ktorzy ktorych lub ma moze mozna na nad nie o od oraz po pod przez przy sa se sie '
    + 'ta tak te tego to trzeba ten tu u w we wiec z za ze zeby czyli jesli jezeli chodzi').split(' '),
);

/** English function words, for the English edition's search (folded). */
export const ENGLISH_STOPWORDS = new Set(
  ('a an and are as at be by can do does for from how i in is it of on or the to what when where which who why with '
    + 'about into my me should there this that was were will').split(' '),
);

/**
 * The plan for a query on the English edition: the topic words as typed, for Pagefind's own English stemming
 * (no form table: it is made of Polish words).
 */
export function planEnglishQuery(query: string): QueryPlan {
  const all = words(query);
  const kept = all.filter((w) => !ENGLISH_STOPWORDS.has(fold(w)));
  const typed = kept.length ? kept : all;
  return { typed, mapped: typed };
}

/** A glossary entry as the search page knows it: its id, its term and (for an acronym or on the English edition) a second name. */
export interface GlossaryName { id: string; term: string; expansion?: string }

/**
 * The glossary entries a query names: every topic word of the query is (the start of) a word of the entry's term or
 * second name. On the glossary page's result they become links straight to the entries (`#id`). At most `limit`.
 */
export function entriesNamed(query: string, entries: readonly GlossaryName[], limit = 3): GlossaryName[] {
  const typed = words(query).map(fold).filter((w) => !STOPWORDS.has(w) && !ENGLISH_STOPWORDS.has(w));
  if (!typed.length) return [];
  return entries.filter((e) => {
    const own = words(`${e.term} ${e.expansion ?? ''}`).map(fold);
    return typed.every((q) => own.some((w) => w.startsWith(q)));
  }).slice(0, limit);
}

/** The words of a query without the ones that carry no topic (all of them if that would leave none). */
export function topicWords(query: string): string[] {
  const all = words(query);
  const kept = all.filter((w) => !STOPWORDS.has(fold(w)));
  return kept.length ? kept : all;
}

/** The shards of the form table needed to look up these words. */
export function shardsFor(ws: readonly string[]): string[] {
  return [...new Set(ws.map((w) => shardKey(fold(w))))];
}

/** Looks a word up in the loaded part of the form table. */
export type Lookup = (folded: string) => string | undefined;

export interface QueryPlan {
  /** The topic words as typed (lower case). */
  typed: string[];
  /** The same words mapped to what the index knows (lemmas, acronyms, diacritics). */
  mapped: string[];
}

/**
 * The plan for a query. The last word is left as typed while it may still be growing
 * (`complete` false): Pagefind matches it as a prefix.
 */
export function planQuery(query: string, lookup: Lookup, complete = true): QueryPlan {
  const typed = topicWords(query);
  const looked = typed.map((w, i) => (!complete && i === typed.length - 1 ? w : (lookup(fold(w)) ?? w)));
  // A word the table marks common is on nearly every page („pomocy”, „socjalnego”): it narrows nothing, and its entry
  // in the index (every page, every place) is the largest download. It is left out of the query. When every word is
  // common, those on the most pages are left out, unless all are on equally many; the rest are searched by lemma.
  const marks = looked.map(commonMark);
  let kept = typed.map((_, i) => i).filter((i) => !marks[i]);
  if (!kept.length && typed.length) {
    const top = Math.max(...marks.map((m) => m!.share));
    kept = typed.map((_, i) => i).filter((i) => marks[i]!.share < top);
    if (!kept.length) kept = typed.map((_, i) => i);
  }
  // A common word still searched goes by its lemma (the mark's), a word marked without one as typed.
  return { typed: kept.map((i) => typed[i]!), mapped: kept.map((i) => (marks[i] ? marks[i].lemma || typed[i]! : looked[i]!)) };
}

/** How the query table marks a word on nearly every page of the site (site-words.ts): `~`, its share of pages in %, its lemma. */
export const COMMON = '~';

/** The share (%) and lemma of a word the table marks common; undefined for any other. */
export function commonMark(mapped: string): { share: number; lemma: string } | undefined {
  const m = /^~(\d+)(.*)$/.exec(mapped);
  return m ? { share: Number(m[1]), lemma: m[2]! } : undefined;
}

/** Words to highlight on the page a result leads to: what was typed and what it was mapped to. */
export function highlightTerms(plan: QueryPlan): string {
  // (Dropped common words are not highlighted either: marking every „pomocy” on a page helps no one.)
  return [...new Set([...plan.typed, ...plan.mapped])].join(' ');
}

/**
 * When all the words of a question find no page together („co zrobić, gdy podejrzewam przemoc domową”: no page says
 * „podejrzewam”), the smaller sets of them to try, largest first; within a size, the later words (the topic usually
 * comes last in a question) before the earlier ones. At most the last six words are used.
 */
export function relaxations(words: readonly string[]): string[][] {
  const ws = words.slice(-6);
  const levels: string[][] = [];
  for (let size = ws.length - 1; size >= 1; size--) {
    const sets: number[][] = [];
    const pick = (from: number, chosen: number[]) => {
      if (chosen.length === size) return void sets.push(chosen);
      for (let i = from; i < ws.length; i++) pick(i + 1, [...chosen, i]);
    };
    pick(0, []);
    // Later words first: compare the sets by their indices from the end.
    sets.sort((a, b) => b.reduce((n, i) => n + i, 0) - a.reduce((n, i) => n + i, 0));
    levels.push(...sets.map((set) => set.map((i) => ws[i]!)));
  }
  return levels;
}
