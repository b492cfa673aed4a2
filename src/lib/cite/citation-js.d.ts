/** Types for the parts of citation-js this site uses (the packages ship none). */
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Array<Record<string, unknown>>;
    format(format: string, options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
  interface Registry {
    add(name: string, value: string): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: Registry; locales: Registry } };
    input: { chain(data: unknown, options?: Record<string, unknown>): Array<Record<string, unknown>> };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
