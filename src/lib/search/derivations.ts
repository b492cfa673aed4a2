/**
 * Words readers put in questions whose answer the pages give with a related word of another lemma:
 * „gdzie studiować pracę socjalną” is answered by the page on „studia”. Lemma typed → word searched for.
 * Every form of the lemma maps (the query table covers them), so „studiuję” works too. Add a row only
 * for a question that fails without it, and keep the target a word the pages use.
 */
export const derivations: Readonly<Record<string, string>> = {
  studiować: 'studia',
};
