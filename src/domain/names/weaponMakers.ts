import { findCountry } from "../vocabulary/countries";
import { countryOfAdjective } from "../vocabulary/nationalities";

/**
 * Where a weapon cell says the weapon comes from (NAMING-POLICY weapons §5): a nationality
 * adjective ("Serbian", "Chinese-made"), a manufacturer ("Norinco Type 56", "Zastava M70"),
 * or a country in parentheses ("Zastava M70 (Yugoslavia)", "Type 56 (made in China)"). The
 * words are noise for matching, and the country they give is evidence: one that contradicts
 * the model's known origin is worth a warning.
 */
const MAKERS: Record<string, string> = {
  norinco: "China", "china north industries": "China", zastava: "Serbia", "zastava arms": "Serbia", "crvena zastava": "Yugoslavia",
  arsenal: "Bulgaria", arcus: "Bulgaria", cugir: "Romania", izhmash: "Russia", "kalashnikov concern": "Russia", tula: "Russia",
  "fn herstal": "Belgium", "heckler & koch": "Germany", "heckler and koch": "Germany", colt: "United States", mkek: "Turkey",
  pof: "Pakistan", "pakistan ordnance factories": "Pakistan", radom: "Poland", feg: "Hungary", "ceska zbrojovka": "Czech Republic",
  "česká zbrojovka": "Czech Republic", valmet: "Finland", denel: "South Africa", imi: "Israel", "israel military industries": "Israel",
};
const MAKER_NAMES = Object.keys(MAKERS).sort((a, b) => b.length - a.length);
const LEADING_MAKER = new RegExp(`^(${MAKER_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:-made|\\s+made)?\\s+(?=\\S)`, "iu");
const LEADING_ADJECTIVE = /^(\p{L}+(?:\s\p{L}+)?)(?:-made|\s+made)?\s+(.+)$/u;
const TRAILING_PARENTHESIS = /^(.+?)\s*\(((?:made|manufactured|produced) in\s+|from\s+|fabriqué en\s+|de fabrication\s+)?([^()]+)\)$/i;

/** The country a word names as an origin: an adjective, a country, or a manufacturer. */
function originOf(word: string): string | undefined {
  const country = findCountry(word);
  return countryOfAdjective(word) ?? (country ? country.name : undefined) ?? MAKERS[word.toLowerCase()];
}

/** The text without a leading nationality adjective ("Serbian", "Chinese-made"), and the country it names. */
export function stripNationality(text: string): { text: string; origin?: string } {
  const match = LEADING_ADJECTIVE.exec(text);
  if (match) {
    for (const candidate of [match[1], match[1].split(" ")[0]]) {
      const origin = countryOfAdjective(candidate);
      if (origin) {
        const rest = candidate === match[1] ? match[2] : text.slice(candidate.length).replace(/^(?:-made|\s+made)?\s+/, "");
        return { text: rest.trim(), origin };
      }
    }
  }
  const parenthesis = TRAILING_PARENTHESIS.exec(text);
  if (parenthesis) {
    const inner = parenthesis[3].trim();
    const origin = originOf(inner);
    // A bare country in parentheses may be where the weapon was found ("RPG-7 (Iraq)"): noise
    // for matching, evidence of origin only where the cell says so ("made in", an adjective, a maker).
    const said = !!parenthesis[2] || countryOfAdjective(inner) !== undefined || MAKERS[inner.toLowerCase()] !== undefined;
    if (origin) return said ? { text: parenthesis[1].trim(), origin } : { text: parenthesis[1].trim() };
  }
  return { text };
}

/** The text without a leading manufacturer ("Norinco Type 56"), and the country of the maker. */
export function stripMaker(text: string): { text: string; origin?: string } | undefined {
  const match = LEADING_MAKER.exec(text);
  if (!match) return undefined;
  return { text: text.slice(match[0].length).trim(), origin: MAKERS[match[1].toLowerCase()] };
}
