/** Which pages cite which source: the backlinks of the bibliography. */
import { articles, roles } from './collections';
import { articleUrl, roleUrl } from '../lib/urls';

export async function citedBy(): Promise<Map<string, Array<{ href: string; title: string }>>> {
  const map = new Map<string, Array<{ href: string; title: string }>>();
  const add = (id: string, page: { href: string; title: string }) => map.set(id, [...(map.get(id) ?? []), page]);
  for (const a of await articles()) for (const s of a.data.sources) add(s.id, { href: articleUrl(a.id), title: a.data.title });
  for (const r of await roles()) for (const s of r.data.sources) add(s.id, { href: roleUrl(r.id), title: r.data.title });
  return map;
}
