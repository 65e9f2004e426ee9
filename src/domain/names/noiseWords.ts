import { stripArticles } from "./determiners";

/**
 * Words around a name that say what its members are or how sure the report is, not who
 * ("suspected", "fighters of the", "les jihadistes du", "… militants"): set aside, up to
 * three times, with articles, to read the name they surround.
 */
export const LEADING_NOISE = /^(?:the|suspected|alleged|presumed|purported|reported|members? of(?: the)?|fighters? of(?: the)?|elements? of(?: the)?|militants? of(?: the)?|les|des|présumés?|presumes?|(?:des |les )?(?:jihadistes|djihadistes|combattants|éléments|elements|terroristes|membres|hommes|militants|assaillants)(?: du| de la| de l'| des| de| d')?)\s+/i;
export const TRAILING_NOISE = /\s+(?:militants|militant|fighters|fighter|jihadists|jihadist|djihadistes|jihadistes|insurgents|insurgent|members|elements|combatants|terrorists|terroristes|gunmen|rebels|militiamen|militias?|operatives|loyalists|forces?)$/i;

/** The name with the noise words around it set aside. */
export function stripNoise(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = stripArticles(current.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "").trim()).trim();
    if (next === current) break;
    current = next;
  }
  return current;
}
