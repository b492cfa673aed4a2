/** A dictionary's shape without its literal values: the same keys and kinds (text, list, function), any words. */
export type Widen<T> = T extends 'pl' | 'en'
  ? 'pl' | 'en'
  : T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly unknown[]
      ? { readonly [K in keyof T]: Widen<T[K]> }
      : { readonly [K in keyof T]: Widen<T[K]> };
