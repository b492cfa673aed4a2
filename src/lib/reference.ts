/**
 * A bibliography entry in the manner of PN-ISO 690, for the lists of sources on each page and on /zrodla/.
 * (The „Jak cytować” block formats the pages themselves; this formats the works they cite.)
 */
export interface SourceData {
  type: string;
  title: string;
  author?: Array<{ family?: string; given?: string; literal?: string }>;
  editor?: Array<{ family?: string; given?: string; literal?: string }>;
  issued?: string;
  dateNote?: string;
  containerTitle?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  publisherPlace?: string;
  number?: string;
  url?: string;
  accessed?: string;
  note?: string;
}

type Person = NonNullable<SourceData['author']>[number];

function name(p: Person): string {
  if (p.literal) return p.literal;
  return [p.family?.toUpperCase(), p.given].filter(Boolean).join(', ');
}

function names(people: Person[] = []): string {
  if (people.length > 3) return `${name(people[0]!)} i in.`;
  return people.map(name).join(', ');
}

export function formatReference(s: SourceData): string {
  const parts: string[] = [];
  const authors = names(s.author);
  if (authors) parts.push(`${authors}.`);
  parts.push(`${s.title}${s.url ? ' [online]' : ''}.`);
  const eds = names(s.editor);
  if (eds) parts.push(`Red. ${eds}.`);
  if (s.containerTitle) {
    const vol = [s.volume, s.issue ? `nr ${s.issue}` : ''].filter(Boolean).join(', ');
    parts.push(`${s.type.startsWith('article') || s.type === 'chapter' ? 'W: ' : ''}${s.containerTitle}${vol ? `, ${vol}` : ''}.`);
  }
  const pub = [s.publisherPlace, s.publisher].filter(Boolean).join(': ');
  const year = s.issued ? s.issued.slice(0, 4) : 'b.d.';
  parts.push(`${pub ? `${pub}, ` : ''}${s.issued ? formatIssued(s.issued) : year}.`);
  if (s.number) parts.push(`${s.number}.`);
  if (s.page) parts.push(`S. ${s.page}.`);
  if (s.dateNote) parts.push(`(${s.dateNote}).`);
  if (s.accessed) parts.push(`[dostęp ${s.accessed}].`);
  if (s.url) parts.push(`Dostępny w: ${s.url}.`);
  return parts.join(' ').replace(/\.\./g, '.');
}

function formatIssued(issued: string): string {
  return issued.length === 4 ? issued : issued.split('-').reverse().join('.');
}
