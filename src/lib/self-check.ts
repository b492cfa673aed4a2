import { ContentError } from './content-error';

/** One „Sprawdź się” question as written in the frontmatter. */
export interface SelfCheckItem {
  question: string;
  answer: string;
  /** The id of the heading whose section holds the answer. */
  anchor: string;
}

/** A question ready to show: the link to its passage carries the heading's text. */
export interface ShownSelfCheckItem extends SelfCheckItem {
  passage: string;
}

/**
 * Joins each question to the heading its answer comes from. An anchor that names no heading of the page
 * stops the build with the file, the field (`selfCheck[i].anchor`) and the headings there are.
 */
export function resolveSelfCheck(
  file: string | undefined,
  items: readonly SelfCheckItem[],
  headings: ReadonlyArray<{ slug: string; text: string }>,
): ShownSelfCheckItem[] {
  const byId = new Map(headings.map((h) => [h.slug, h.text]));
  return items.map((item, i) => {
    const passage = byId.get(item.anchor);
    if (passage === undefined) {
      const known = headings.map((h) => h.slug).join(', ') || '(brak nagłówków)';
      throw new ContentError(file, `selfCheck[${i}].anchor`, `na stronie nie ma nagłówka o identyfikatorze „${item.anchor}”; są: ${known}`);
    }
    return { ...item, passage };
  });
}
