/**
 * Countries whose names, or the adjectives made from them, are easily confused
 * (NAMING-POLICY actors §4 and §9): Niger and Nigeria (nigérien / nigérian), Sudan and South
 * Sudan, the two Congos, the Guineas. A state force written for an incident in the other
 * country of such a pair is refused, even in ACLED's own form: the writer may have meant the
 * incident country's own forces.
 */
const GROUPS: readonly (readonly string[])[] = [
  ["Niger", "Nigeria"],
  ["Sudan", "South Sudan"],
  ["Democratic Republic of Congo", "Republic of Congo"],
  ["Guinea", "Guinea-Bissau", "Equatorial Guinea"],
];

const GROUP_OF = new Map<string, number>();
GROUPS.forEach((group, i) => group.forEach((country) => GROUP_OF.set(country, i)));

/** Whether two different countries (ACLED's spelling) are a pair easily confused. */
export function confusableCountries(a: string, b: string): boolean {
  if (a === b) return false;
  const group = GROUP_OF.get(a);
  return group !== undefined && group === GROUP_OF.get(b);
}
