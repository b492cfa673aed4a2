/**
 * Suppletive plurals: forms that Hunspell lists as entries of their own, with no link to the
 * word they inflect (dzieci is not a form of dziecko there, ludzie not of człowiek).
 * Form → lemma, lower case. Add a row when a page uses such a word and searching for it fails.
 */
export const suppletive: Readonly<Record<string, string>> = {
  dzieci: 'dziecko',
  dzieciom: 'dziecko',
  dziećmi: 'dziecko',
  dzieciach: 'dziecko',
  ludzie: 'człowiek',
  ludzi: 'człowiek',
  ludziom: 'człowiek',
  ludźmi: 'człowiek',
  ludziach: 'człowiek',
  bracia: 'brat',
  braci: 'brat',
  braćmi: 'brat',
  oczy: 'oko',
  oczu: 'oko',
  uszy: 'ucho',
};
