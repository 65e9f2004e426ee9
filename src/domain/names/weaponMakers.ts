import { findCountry } from "../vocabulary/countries";
import { countryOfAdjective } from "../vocabulary/nationalities";
import { isAscii } from "../text/isAscii";

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
  "česká zbrojovka": "Czech Republic", "heckler und koch": "Germany", "h&k": "Germany", hk: "Germany", cz: "Czech Republic", valmet: "Finland", denel: "South Africa", imi: "Israel", "israel military industries": "Israel",
};
/** Designers whose name is written before a model ("Kalashnikov AK-47"): noise, and no evidence of origin. */
const DESIGNERS = ["kalashnikov", "kalachnikov", "degtyarev", "degtyaryov", "simonov"];
const MAKER_NAMES = [...Object.keys(MAKERS), ...DESIGNERS].sort((a, b) => b.length - a.length);
const LEADING_MAKER = new RegExp(`^(${MAKER_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?:-made|\\s+made)?\\s+(?=\\S)`, "iu");
/** "Soviet-designed", "Chinese-made", "Bulgarian made": the adjective and how it is joined. */
const MADE = String.raw`(?:-|\s+)(?:made|designed|built|produced|manufactured|supplied)`;
const LEADING_ADJECTIVE = new RegExp(String.raw`^(\p{L}+(?:\s\p{L}+)?)(?:${MADE})?\s+(.+)$`, "u");
const MADE_AFTER = new RegExp(String.raw`^(?:${MADE})?\s+`);

/**
 * French nationality adjectives, written after the noun ("fusil FAL belge", "fusils AK-103
 * russes", "mitrailleuse chinoise Type 80"), in every gender and number.
 */
const FRENCH: Record<string, string> = {
  chinois: "China", chinoise: "China", russe: "Russia", sovietique: "USSR", serbe: "Serbia", yougoslave: "Yugoslavia", bulgare: "Bulgaria",
  belge: "Belgium", americain: "United States", americaine: "United States", tchecoslovaque: "Czechoslovakia", tcheque: "Czech Republic",
  roumain: "Romania", roumaine: "Romania", allemand: "Germany", allemande: "Germany", israelien: "Israel", israelienne: "Israel",
  iranien: "Iran", iranienne: "Iran", pakistanais: "Pakistan", pakistanaise: "Pakistan", turc: "Turkey", turque: "Turkey",
  hongrois: "Hungary", hongroise: "Hungary", polonais: "Poland", polonaise: "Poland", francais: "France", francaise: "France",
  "nord-coreen": "North Korea", "nord-coreenne": "North Korea", egyptien: "Egypt", egyptienne: "Egypt", soudanais: "Sudan", soudanaise: "Sudan",
};
/** A French adjective's country: "serbes" → Serbia, "chinoise" → China, "américains" → United States. */
function frenchAdjective(word: string): string | undefined {
  const lower = word.toLowerCase();
  const folded = isAscii(lower) ? lower : lower.normalize("NFD").replace(/\p{M}/gu, "");
  const found = FRENCH_FORMS.get(folded);
  if (found || !folded.endsWith("s")) return found;
  // The plural: "serbes" (-s), "chinoises" (-s), "américaines" (-es after -s fails).
  return FRENCH_FORMS.get(folded.slice(0, -1)) ?? (folded.endsWith("es") ? FRENCH_FORMS.get(folded.slice(0, -2)) : undefined);
}
const FRENCH_FORMS = new Map(Object.entries(FRENCH));
const TRAILING_ORIGIN = /^(.+?)\s+(?:(?:de fabrication|fabriqué(?:e?s?)? en|made in|manufactured in|produced in)\s+)?(\p{L}[\p{L}-]*)$/iu;
const TRAILING_PARENTHESIS = /^(.+?)\s*\(((?:made|manufactured|produced) in\s+|from\s+|fabriqué en\s+|de fabrication\s+)?([^()]+)\)$/i;

/** States that made weapons and no longer exist: not in the list of ACLED countries. */
const FORMER_STATES: Record<string, string> = { czechoslovakia: "Czechoslovakia", ussr: "USSR", "soviet union": "USSR", yugoslavia: "Yugoslavia", "west germany": "West Germany", "east germany": "East Germany" };

/** The country a word names as an origin: an adjective, a country, or a manufacturer. */
function originOf(word: string): string | undefined {
  const country = findCountry(word);
  return countryOfAdjective(word) ?? (country ? country.name : undefined) ?? MAKERS[word.toLowerCase()] ?? FORMER_STATES[word.toLowerCase()];
}

/** The text without a leading nationality adjective ("Serbian", "Chinese-made"), and the country it names. */
export function stripNationality(text: string): { text: string; origin?: string } {
  const match = LEADING_ADJECTIVE.exec(text);
  if (match) {
    for (const candidate of [match[1], match[1].split(" ")[0]]) {
      const origin = countryOfAdjective(candidate) ?? frenchAdjective(candidate);
      if (origin) {
        const rest = candidate === match[1] ? match[2] : text.slice(candidate.length).replace(MADE_AFTER, "");
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


/**
 * The text without a nationality written after the model, French order ("fusil FAL belge",
 * "fusils AK-103 russes", "roquette PG-7VM de fabrication bulgare", "AK-47 made in China"),
 * and the country it names; undefined where the last word is not one.
 */
export function stripTrailingNationality(text: string): { text: string; origin: string } | undefined {
  const match = TRAILING_ORIGIN.exec(text);
  if (!match) return undefined;
  const origin = frenchAdjective(match[2]) ?? countryOfAdjective(match[2]) ?? (match[0].length > match[1].length + match[2].length + 1 ? originOf(match[2]) : undefined);
  return origin && match[1].trim() ? { text: match[1].trim(), origin } : undefined;
}
