import { dateAgeRule } from './date-age.ts';

/** How old the legal state a page describes may get before its law must be read again. */
export const LEGAL_STATE_MONTHS = 12;

/** A `legalState` more than 12 months old: a warning, the law the page describes may have changed since. */
export const legalStateAge = dateAgeRule({
  id: 'legal-state-age',
  field: 'legalState',
  months: LEGAL_STATE_MONTHS,
  description: `stan prawny („legalState”) starszy niż ${LEGAL_STATE_MONTHS} miesięcy`,
  message: (day) => `stan prawny na ${day}, ponad ${LEGAL_STATE_MONTHS} miesięcy temu – sprawdź, czy przepisy się nie zmieniły`,
});
