import { readYamlDir, type YamlFile } from '../yaml-dir';

/** Terms per parsed folder: the same array for the same files, so that matchers built from it can be kept too. */
const termsCache = new WeakMap<YamlFile[], GlossaryTerm[]>();

/** What the glossary marking needs to know about a term before Astro's collections exist. */
export interface GlossaryTerm {
  id: string;
  term: string;
  aliases: string[];
  /** The short definition shown on hover and focus. */
  tip: string;
}

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:m\.in|np|tzw|tj|r|ust|art|pkt|poz|nr|im|św|ok|dr|prof|zm|ds|s|Dz\.U)\.$/;

/** The first sentence of a definition. */
export function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  for (const m of t.matchAll(/[.!?](?=\s+\p{Lu})/gu)) {
    if (!ABBREVIATION.test(t.slice(0, m.index + 1))) return t.slice(0, m.index + 1);
  }
  return t;
}

/** „OPS (ośrodek pomocy społecznej): Gminna jednostka…” – the term, its expansion and the first sentence. */
export function shortDefinition(entry: { term: string; expansion?: string; definition: string }): string {
  return `${entry.term}${entry.expansion ? ` (${entry.expansion})` : ''}: ${firstSentence(entry.definition)}`;
}

const englishCache = new WeakMap<YamlFile[], GlossaryTerm[]>();

/**
 * The glossary for marking English pages: each entry by its English equivalents and its Polish term (English text
 * keeps Polish names), with the English definition as the tip.
 */
export function loadEnglishGlossaryTerms(dir: string): GlossaryTerm[] {
  const files = readYamlDir(dir);
  const hit = englishCache.get(files);
  if (hit) return hit;
  const terms = files.flatMap(({ id, data }) => {
    const english = data.english as { terms?: unknown; definition?: unknown } | undefined;
    const names = Array.isArray(english?.terms) ? english.terms.filter((t: unknown): t is string => typeof t === 'string') : [];
    if (typeof data.term !== 'string' || names.length === 0 || typeof english?.definition !== 'string') return [];
    return [{ id, term: names[0]!, aliases: [...names.slice(1), data.term], tip: `${names[0]} (${data.term}): ${firstSentence(english.definition)}` }];
  });
  englishCache.set(files, terms);
  return terms;
}

/**
 * Reads `content/glossary/*.yaml` for the Markdown pipeline. The schema proper is checked in `content.config.ts`;
 * a term without `term` or `definition` is left for that check to report.
 */
export function loadGlossaryTerms(dir: string): GlossaryTerm[] {
  const files = readYamlDir(dir);
  const hit = termsCache.get(files);
  if (hit) return hit;
  const terms = files.flatMap(({ id, data }) => {
    if (typeof data.term !== 'string' || typeof data.definition !== 'string') return [];
    const aliases = Array.isArray(data.aliases) ? data.aliases.filter((a: unknown): a is string => typeof a === 'string') : [];
    return [{ id, term: data.term, aliases, tip: shortDefinition({ term: data.term, definition: data.definition, expansion: typeof data.expansion === 'string' ? data.expansion : undefined }) }];
  });
  termsCache.set(files, terms);
  return terms;
}
