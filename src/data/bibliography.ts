/**
 * Every work in `content/sources/` as a bibliography entry, made once per build for each edition: PN-ISO 690 (our CSL
 * style) with Polish terms for Polish pages, APA 7 with English terms („In”, „n.d.”, „Retrieved from”) for English
 * pages (the works keep their own titles). Both through citation-js.
 */
import type { Lang } from '../i18n';
import { sourceItem } from '../lib/cite/csl-item';
import { ENGLISH_LOCALE, formatEntries } from '../lib/cite/engine';
import { sources } from './collections';

const entries = new Map<Lang, Promise<Map<string, string>>>();

/** Source id → the entry as HTML (titles in italics), in the edition's style. */
export function bibliography(lang: Lang = 'pl'): Promise<Map<string, string>> {
  let made = entries.get(lang);
  if (!made) {
    made = (async () => {
      const all = await sources();
      const items = all.map((s) => sourceItem(s.id, s.data));
      const html = lang === 'en' ? await formatEntries(items, 'apa', 'html', ENGLISH_LOCALE) : await formatEntries(items, 'pn-iso-690', 'html');
      return new Map(all.map((s, i) => [s.id, html[i]!]));
    })();
    entries.set(lang, made);
  }
  return made;
}
