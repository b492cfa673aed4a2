import { keyLine } from '../text.ts';
import type { ContentFile, LintMessage, Rule } from '../types.ts';

const fold = (s: string) => s.toLocaleLowerCase('pl');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text in which a term counts as used: page bodies and the prose fields of data entries other than the term itself. */
function usageText(f: ContentFile): string {
  if (f.body) return f.body;
  const { term: _t, aliases: _a, ...rest } = f.data;
  return JSON.stringify(rest);
}

/**
 * A glossary term used nowhere: neither the term nor any of its aliases appears (as a word start) in a page or
 * another entry, no link points at `/slownik/#id`, and no other term or institution refers to it.
 */
export const unusedGlossary: Rule = {
  id: 'unused-glossary-term',
  description: 'pojęcie ze słownika, którego nic nie używa',
  check({ files }) {
    const out: LintMessage[] = [];
    const terms = files.filter((f) => f.collection === 'glossary');
    for (const t of terms) {
      const others = files.filter((f) => f !== t);
      const referenced = others.some((f) => {
        const d = f.data as { seeAlso?: unknown; term?: unknown };
        return (Array.isArray(d.seeAlso) && d.seeAlso.includes(t.id)) || (f.collection === 'institutions' && d.term === t.id) || f.text.includes(`/slownik/#${t.id}`);
      });
      if (referenced) continue;
      const d = t.data as { term?: unknown; aliases?: unknown };
      const forms = [d.term, ...(Array.isArray(d.aliases) ? d.aliases : [])].filter((x): x is string => typeof x === 'string' && x.length > 1);
      const re = forms.length ? new RegExp(`(^|[^\\p{L}\\p{N}])(${forms.map((x) => escape(fold(x))).join('|')})`, 'u') : undefined;
      if (re && others.some((f) => re.test(fold(usageText(f))))) continue;
      out.push({ file: t.path, line: keyLine(t, 'term'), rule: this.id, severity: 'error', message: `pojęcia „${String(d.term ?? t.id)}” nie używa żadna strona ani wpis – użyj go albo usuń` });
    }
    return out;
  },
};
