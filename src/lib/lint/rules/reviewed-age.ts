import { dateAgeRule } from './date-age.ts';

export { monthsBefore } from './date-age.ts';

/** How old a `reviewed` date may get before the page should be checked against its sources again. */
export const REVIEW_MONTHS = 18;

/** A `reviewed` date older than 18 months: a warning, the page needs another look. */
export const reviewedAge = dateAgeRule({
  id: 'reviewed-age',
  field: 'reviewed',
  months: REVIEW_MONTHS,
  description: `data „reviewed” starsza niż ${REVIEW_MONTHS} miesięcy`,
  message: (day) => `sprawdzono ${day}, ponad ${REVIEW_MONTHS} miesięcy temu – sprawdź stronę ze źródłami`,
});
