/** Every work in `content/sources/` as a PN-ISO 690 entry (our CSL style via citation-js), made once per build. */
import { sourceItem } from '../lib/cite/csl-item';
import { formatEntries } from '../lib/cite/engine';
import { sources } from './collections';

let entries: Promise<Map<string, string>> | undefined;

/** Source id → the entry as HTML (titles in italics). */
export function bibliography(): Promise<Map<string, string>> {
  entries ??= (async () => {
    const all = await sources();
    const html = await formatEntries(all.map((s) => sourceItem(s.id, s.data)), 'pn-iso-690', 'html');
    return new Map(all.map((s, i) => [s.id, html[i]!]));
  })();
  return entries;
}
