/**
 * A problem in the content, named by file, field and what is wrong.
 *
 * Every one made is also remembered: Astro's glob loader catches an error thrown while it renders
 * Markdown, logs it and builds on, so `src/integrations/content-errors.ts` stops the build on
 * what was remembered here.
 */
// Kept on globalThis: the content config and the Astro config load this module through different
// module runners of one process, and both must see the same list.
const store = globalThis as typeof globalThis & { __kpsContentErrors?: string[] };
const reported = (store.__kpsContentErrors ??= []);

export class ContentError extends Error {
  constructor(file: string | undefined, field: string, problem: string) {
    super(`${file ?? '(nieznany plik)'}: ${field}: ${problem}`);
    this.name = 'ContentError';
    reported.push(this.message);
  }
}

/** The content errors made so far in this process. */
export function reportedContentErrors(): readonly string[] {
  return reported;
}

/** Content errors made in another thread (a Markdown worker), remembered here as if made in this one. */
export function rememberContentErrors(messages: readonly string[]): void {
  reported.push(...messages);
}
