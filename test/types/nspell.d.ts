/** Types for the parts of nspell and dictionary-pl the spelling test uses (neither ships its own). */
declare module 'nspell' {
  interface Spell {
    correct(word: string): boolean;
    add(word: string): Spell;
  }
  export default function nspell(dictionary: { aff: Uint8Array | string; dic?: Uint8Array | string }): Spell;
}
