import { findCountry } from "../vocabulary/countries";

/**
 * ACLED's label families: the structured names ACLED gives actors that are groups of people
 * rather than organisations (ACLED codebook, "actor names"). They are recognised as such
 * (kept as written, never matched to a named actor): "Farmers (Burkina Faso)", "Students
 * (India)", "Fulani Ethnic Group (Mali)", "Dozo Communal Militia (Mali)", "Hawiye-Abgal
 * Sub-Clan Militia (Somalia)", "Vigilante Group (Benin)", "Unidentified Military Forces",
 * "Government of Mali", "Refugees/IDPs (International)".
 */
export interface AcledLabel {
  /** What kind of label it is, for reasons ("a social group", "an identity militia"). */
  family: string;
}

/** Groups of people ACLED names by what they are, followed by the country in parentheses. */
const SOCIAL_GROUPS = [
  "Civilians",
  "Protesters",
  "Rioters",
  "Farmers",
  "Pastoralists",
  "Herders",
  "Fishers",
  "Fishermen",
  "Miners",
  "Traders",
  "Students",
  "Teachers",
  "Health Workers",
  "Aid Workers",
  "Journalists",
  "Lawyers",
  "Judges",
  "Women",
  "Children",
  "Prisoners",
  "Refugees/IDPs",
  "Refugees",
  "IDPs",
  "Migrants",
  "Settlers",
  "Labour Group",
  "Labor Group",
  "Business Group",
  "LGBT",
  "LGBTQ+",
  "Vigilante Group",
  "Unidentified Gang",
  "Islamist Militia",
  "Private Security Forces",
  "Unidentified Armed Group",
  "Unidentified Clan Militia",
  "Unidentified Communal Militia",
  "Unidentified Ethnic Militia",
  "Former Military Forces",
  "Former Police Forces",
  "Prison Guards",
  "Sole Perpetrator",
];

const BY_HEAD = new Map(SOCIAL_GROUPS.map((head) => [head.toLowerCase(), head]));

/** The part in final parentheses: a country ACLED names, or "International". */
const COUNTRY_SUFFIX = /^(.+?)\s*\(([^()]+)\)$/;
/** "Fulani Ethnic Group", "Dozo Communal Militia", "Hawiye-Abgal Sub-Clan Militia", "Muslim Group", "Indigenous Group". */
const IDENTITY_LABEL = /^[\p{Lu}][\p{L}'’.-]*(?:[\s-][\p{L}'’.-]+)*\s+(?:(?:Ethnic|Communal|Clan|Sub-Clan|Tribal|Religious|Caste)\s+)?(?:Group|Militia)$/u;
const GOVERNMENT = /^(?:Government|Former Government|Presidency|Parliament) of (?:the )?(.+)$/;
const UNIDENTIFIED = /^Unidentified(?: [\p{L}/-]+){1,5}$/u;

function isCountrySuffix(text: string): boolean {
  return text === "International" || findCountry(text) !== undefined;
}

/** The ACLED label family a name belongs to, or undefined for a name that is not one. */
export function acledLabel(text: string): AcledLabel | undefined {
  const name = text.trim();
  if (name.includes(":")) return undefined; // "CODE: Full name" is ACLED's form of a named actor
  const government = GOVERNMENT.exec(name);
  if (government && findCountry(government[1])) return { family: "a government" };
  const suffixed = COUNTRY_SUFFIX.exec(name);
  const head = suffixed && isCountrySuffix(suffixed[2].trim()) ? suffixed[1] : null;
  if (head !== null) {
    if (BY_HEAD.has(head.toLowerCase())) return { family: "a group of people ACLED names by what they are" };
    if (IDENTITY_LABEL.test(head)) return { family: /Militia$/.test(head) ? "an identity militia" : "an identity group" };
  }
  if (UNIDENTIFIED.test(head ?? name)) return { family: "an unidentified actor" };
  return undefined;
}
