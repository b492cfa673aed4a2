/** The Polish plural form for a count: 1 wynik, 2–4 wyniki (but 12–14 wyników), 5+ wyników. */
export function pluralPl(n: number, [one, few, many]: readonly [string, string, string]): string {
  if (n === 1) return one;
  return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? few : many;
}
