import codes from "i18n-iso-countries/codes.json";
import english from "i18n-iso-countries/langs/en.json";
import { fold } from "../text/fold";
import { closestValue } from "../text/closest";
import { ACLED_COUNTRIES } from "./acledCountries";

/**
 * Countries: ACLED's country list (243 names as ACLED's `country` column spells them,
 * `acledCountries.ts`) with ISO 3166-1 codes beside each, and the rest of ISO 3166-1 from
 * the i18n-iso-countries package (kept up to date with ISO's list) under ISO's English short
 * name. ISO's names, codes and common aliases are read too, and stand for the canonical
 * name ("Timor-Leste" → East Timor, "Curaçao" → Curacao, "Guernsey" → Bailiwick of
 * Guernsey). Former states stay valid as a weapon's country of origin.
 */
/** Names people write for countries that neither ISO nor ACLED list that way. */
const EXTRA_ALIASES: Record<string, string[]> = {
  CD: ["DRC", "DR Congo", "RDC", "Congo-Kinshasa", "Congo Kinshasa", "Democratic Republic of the Congo"],
  CG: ["Congo-Brazzaville", "Congo Brazzaville", "Congo Republic"],
  CF: ["CAR", "Centrafrique", "Republique centrafricaine"],
  BF: ["Burkina"],
  CI: ["Cote d'Ivoire"],
  GB: ["Britain"],
  US: ["America"],
  ML: ["Republique du Mali"],
  NE: ["Republique du Niger"],
  TD: ["Tchad"],
  CM: ["Cameroun"],
  SO: ["Somalie"],
  DZ: ["Algerie"],
  LY: ["Libye"],
  SN: ["Senegal"],
  MR: ["Mauritanie"],
  GN: ["Guinee"],
  TG: ["Togolese Republic"],
  BJ: ["Benin Republic"],
  SS: ["S. Sudan"],
  VA: ["Holy See"],
};

/** Former states, valid as a country of origin (ISO 3166-3 codes). */
export const FORMER_COUNTRIES: readonly { name: string; codes: string[]; aliases: string[] }[] = [
  { name: "USSR", codes: ["SUHH", "SU"], aliases: ["Soviet Union", "Union of Soviet Socialist Republics", "URSS", "CCCP"] },
  { name: "Yugoslavia", codes: ["YUCS", "YU"], aliases: ["SFRY", "Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"] },
  { name: "Czechoslovakia", codes: ["CSHH", "CS"], aliases: ["CSSR", "Czechoslovak Socialist Republic"] },
  { name: "East Germany", codes: ["DDDE", "DD"], aliases: ["GDR", "DDR", "German Democratic Republic"] },
  { name: "West Germany", codes: [], aliases: ["FRG", "BRD", "Federal Republic of Germany (West)"] },
];

export interface Country {
  /** The canonical name: ACLED's where ACLED has one, else ISO's English short name. */
  name: string;
  alpha2: string | null;
  alpha3: string | null;
  former: boolean;
  /** ACLED's region, where the country is in ACLED's list. */
  acledRegion?: string;
}

/** Codes ACLED uses that ISO 3166-1 has not assigned (user-assigned XK for Kosovo). */
const NON_ISO: Record<string, { alpha3: string; names: string[] }> = { XK: { alpha3: "XKX", names: ["Kosovo", "Republic of Kosovo", "Kosova"] } };

const countries: Country[] = [];
const byKey = new Map<string, Country>();

const spellings: string[] = [];

function addKey(key: string, country: Country): void {
  if (key.length > 3) spellings.push(key);
  const folded = fold(key);
  if (folded && !byKey.has(folded)) byKey.set(folded, country);
}

const names = english.countries as Record<string, string | string[]>;
const acledByCode = new Map(ACLED_COUNTRIES.map(([name, alpha2, region]) => [alpha2, { name, region }]));
const isoCodes = (codes as [string, string, string, string][]).map(([alpha2, alpha3]) => [alpha2, alpha3] as const);
for (const [alpha2, { alpha3 }] of Object.entries(NON_ISO)) if (!isoCodes.some(([code]) => code === alpha2)) isoCodes.push([alpha2, alpha3]);
for (const [alpha2, alpha3] of isoCodes) {
  const isoNames = ([] as string[]).concat(names[alpha2] ?? NON_ISO[alpha2]?.names ?? []);
  if (isoNames.length === 0) continue;
  const acled = acledByCode.get(alpha2);
  const country: Country = { name: acled?.name ?? isoNames[0], alpha2, alpha3, former: false };
  if (acled) country.acledRegion = acled.region;
  countries.push(country);
  addKey(country.name, country);
}
// Codes and other names come second, so that a canonical name always wins a clash.
for (const country of [...countries]) {
  addKey(country.alpha2!, country);
  addKey(country.alpha3!, country);
  for (const name of ([] as string[]).concat(names[country.alpha2!] ?? NON_ISO[country.alpha2!]?.names ?? [])) addKey(name, country);
  for (const alias of EXTRA_ALIASES[country.alpha2!] ?? []) addKey(alias, country);
}
for (const former of FORMER_COUNTRIES) {
  const country: Country = { name: former.name, alpha2: null, alpha3: null, former: true };
  countries.push(country);
  addKey(former.name, country);
  for (const key of [...former.codes, ...former.aliases]) addKey(key, country);
}

/** Every country (current and former), canonical names first. */
export const COUNTRIES: readonly Country[] = countries;
/** The canonical names of current countries, for suggestions. */
export const CURRENT_COUNTRY_NAMES: readonly string[] = countries.filter((c) => !c.former).map((c) => c.name);
export const ALL_COUNTRY_NAMES: readonly string[] = countries.map((c) => c.name);

/** The canonical name of the country whose name is closest to a misspelt one, or undefined. */
export function closestCountryName(text: string): string | undefined {
  const closest = closestValue(text, spellings);
  return closest === undefined ? undefined : findCountry(closest)?.name;
}

/** The country a name or ISO code (alpha-2, alpha-3) stands for, case- and accent-insensitively. */
export function findCountry(text: string): Country | undefined {
  return byKey.get(fold(text.replace(/^the\s+/i, "")));
}
