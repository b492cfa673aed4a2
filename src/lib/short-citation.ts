import type { SourceStub } from './source-registry';

type Person = NonNullable<SourceStub['author']>[number];

function personName(p: Person): string {
  return p.literal ?? [p.given, p.family].filter(Boolean).join(' ');
}

/**
 * The short form of a source used in footnotes: „K. Wódz, Tytuł (2014)”, or just the title
 * for works without a personal author (acts, notices).
 */
export function shortCitation(source: Pick<SourceStub, 'title' | 'author' | 'issued'>): string {
  const people = (source.author ?? []).filter((a) => !a.literal);
  const who = people.length === 0 ? '' : people.length > 2 ? `${personName(people[0]!)} i in.` : people.map(personName).join(', ');
  const year = source.issued ? ` (${source.issued.slice(0, 4)})` : '';
  return `${who ? `${who}, ` : ''}${source.title}${year}`;
}
