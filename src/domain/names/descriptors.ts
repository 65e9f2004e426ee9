import { fold } from "../text/fold";
import { countryOfAdjective } from "../vocabulary/nationalities";
import { stripArticles } from "./determiners";

/**
 * Descriptor phrases around an actor name, English and French (NAMING-POLICY actors §8):
 * "les insurgés de Boko Haram", "la secte Boko Haram", "les rebelles hutu rwandais des FDLR",
 * "a group of Wagner mercenaries", "MONUSCO peacekeepers", "Danab special forces",
 * "pro-government VDP militia", "Rwanda-backed M23 rebels", "STC-aligned forces",
 * "Hemeti's Rapid Support Forces", "Ansar Dine d'Iyad Ag Ghaly", "les shebab du Cabo Delgado",
 * "ISIS-Somalia fighters in Puntland". The words are noise; what they leave is tried as a
 * name by the resolver, never rewritten. Nationality adjectives among the words are
 * returned: where they name a country they must agree with the actor ("les militaires
 * camerounais"). All patterns are compiled once.
 */
export interface DescribedName {
  /** The name the words describe, in the order to try: the plainest reading first. */
  cores: string[];
  /** Countries named by nationality adjectives among the words ("russes" → Russia). */
  nationalities: string[];
  /** A country or region the trailing place phrase names ("en Somalie", "in Puntland"), or null. */
  place: string | null;
  /** The descriptor nouns were the army's ("militaires", "soldiers"): with only an adjective left, a national-army phrase. */
  military: boolean;
}

const NOUN = String.raw`(?:insurgés?|insurgents?|rebelles?|rebels?|miliciens?|milices?|militias?|militiamen|secte|islamistes?|islamists?|jihadistes?|djihadistes?|jihadists?|combattants?|fighters?|éléments?|elements?|troupes?|troops|soldats?|soldiers?|militaires?|mercenaires?|mercenaries|paramilitaires?|paramilitaries|terroristes?|terrorists?|casques bleus|peacekeepers?|séparatistes?|separatists?|membres?|members?|hommes|militants?|partisans?|supplétifs?|forces?(?: spéciales| de sécurité)?|special forces|security forces|sleeper cells?|cellules?|mouvement|movement|organisation|organization|groupe|group|régime|regime|branche armée|armed wing|unités?|units?)`;
const MILITARY_NOUN = /^(?:troupes?|troops|soldats?|soldiers?|militaires?|forces?|armée|army)$/i;
const JOINED = /\s(?:and|et|or|ou|&)\s|[\/,;+]/i;
const ARMY_ADJECTIVE = /^(?:armée|forces armées|army)\s+([\p{L}-]+)$/iu;
const LINK = String.raw`(?:\s+(?:de la|du|des|de|of(?: the)?|loyales? (?:à|au|aux)|loyal to)\s+|\s+(?:de l'|d')\s*)`;

/** "les insurgés [hutu rwandais] de|du|des …": descriptor noun, up to three lower-case words, a link, the name. */
const LEADING_NOUN_LINK = new RegExp(`^${NOUN}((?:\\s+(?!(?:de|du|des|d')(?:\\s|$))[^\\s']+){0,3}?)${LINK}(?=\\S)(.+)$`, "iu");
/** "la secte Boko Haram", "les miliciens CODECO", "milice dogon Dan Na Ambassagou": noun, then the name. */
const LEADING_NOUN = new RegExp(`^${NOUN}\\s+(.+)$`, "iu");
/** "MONUSCO peacekeepers", "RSF paramilitaries", "Taliban security forces". */
const TRAILING_NOUN = new RegExp(`^(.+?)\\s+${NOUN}$`, "iu");
/** "a group of", "un groupe de", "troops of", "forces loyal to". */
const GROUP_OF = /^(?:a group of|groups of|a unit of|un groupe de|une unité de|groupes? d'|forces loyales? (?:à|au|aux)|forces loyal to|troops of|soldiers of|fighters from)\s+/iu;
/** "pro-government", "Rwanda-backed", "Kurdish-led", "Iran-backed", "soutenus par l'Iran". */
const LEADING_BACKING = /^(?:pro-?[\p{L}]+|[\p{L}]+-(?:backed|supported|sponsored|allied|aligned|led|affiliated))\s+/iu;
const TRAILING_BACKING = /\s+(?:soutenus? par|appuyés? par|backed by|supported by|liés? (?:à|au)|linked to)\s+.+$/iu;
/** "STC-aligned forces", "HTS-led rebels": the name before the hyphen. */
const BACKED_NOUN = new RegExp(`^(.+?)-(?:aligned|led|backed|allied|affiliated)\\s+${NOUN}$`, "iu");
/** "STC-aligned", "HTS-led" as the whole of what is left: the name before the hyphen. */
const HYPHEN_BACKED = /^(.+?)-(?:aligned|led|backed|allied|affiliated)$/iu;
/** "Hemeti's Rapid Support Forces", "Joseph Kony's LRA": a person's possessive before the name. */
const LEADER_POSSESSIVE = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+(?=\S)/u;
/** The text without a leader's possessive before the name; the pattern needs an apostrophe, told at once. */
function withoutLeaderPossessive(text: string): string {
  return text.includes("'") || text.includes("’") ? text.replace(LEADER_POSSESSIVE, "") : text;
}
/** "Ansar Dine d'Iyad Ag Ghaly", "Al-Mourabitoun de Mokhtar Belmokhtar", "Ansaroul Islam de Malam Dicko": a person after the name. */
const LEADER_AFTER = /^(.+?)\s+(?:de|d'|du)\s*(?:(?:l'|le |la )?(?:maréchal|général|colonel|émir|chef|cheikh|imam)\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|ag|ould|ben|bin|al|el|wa|wad)){1,3})$/u;
/** What LEADER_AFTER needs to match at all: a space, then "de", "d'" or "du". */
const MAY_NAME_LEADER = /\s(?:de|d'|du)/;
/** "in Puntland", "en Somalie", "du Cabo Delgado", "au Sahel": a trailing place. */
const TRAILING_PLACE = /^(.+?)\s+(?:in|en|au|aux|du|de la|dans le|dans la|dans l'|from)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;
/** A lower-case word that opens or closes the name: an adjective ("hutu", "somaliens", "proturcs"). */
const LEADING_LOWER = /^([\p{Ll}][\p{L}-]*)\s+(?=\S)/u;
const TRAILING_LOWER = /\s+([\p{Ll}][\p{L}-]*)$/u;

/** French nationality adjectives (masculine singular; feminine and plural forms are derived). */
const FRENCH: Record<string, string> = {
  russe: "Russia", somalien: "Somalia", israelien: "Israel", rwandais: "Rwanda", pakistanais: "Pakistan", libanais: "Lebanon", soudanais: "Sudan",
  camerounais: "Cameroon", malien: "Mali", nigerian: "Nigeria", nigerien: "Niger", tchadien: "Chad", burkinabe: "Burkina Faso", libyen: "Libya",
  syrien: "Syria", irakien: "Iraq", iranien: "Iran", afghan: "Afghanistan", ougandais: "Uganda", kenyan: "Kenya", ethiopien: "Ethiopia",
  ukrainien: "Ukraine", turc: "Turkey", yemenite: "Yemen", mozambicain: "Mozambique", algerien: "Algeria", mauritanien: "Mauritania",
  beninois: "Benin", togolais: "Togo", americain: "United States", francais: "France", burundais: "Burundi", erythreen: "Eritrea",
};
const FRENCH_FORMS = new Map<string, string>();
for (const [base, country] of Object.entries(FRENCH)) {
  const forms = base.endsWith("ien") || base.endsWith("een") ? [base, `${base}s`, `${base}ne`, `${base}nes`] : base.endsWith("s") ? [base, `${base}e`, `${base}es`] : base.endsWith("e") ? [base, `${base}s`] : [base, `${base}s`, `${base}e`, `${base}es`];
  if (base === "turc") forms.push("turque", "turques");
  for (const form of forms) FRENCH_FORMS.set(form, country);
}

/** The country a nationality adjective names, English or French ("russes", "somaliennes"), or undefined. */
export function nationalityOf(word: string): string | undefined {
  return countryOfAdjective(word) ?? FRENCH_FORMS.get(fold(word).toLowerCase());
}

/** Regions written in place phrases, and the country they are in. */
const REGIONS: Record<string, string> = {
  puntland: "Somalia", jubaland: "Somalia", "cabo delgado": "Mozambique", ituri: "Democratic Republic of Congo",
  "nord-kivu": "Democratic Republic of Congo", "north kivu": "Democratic Republic of Congo", "sud-kivu": "Democratic Republic of Congo",
  borno: "Nigeria", idlib: "Syria", darfour: "Sudan", darfur: "Sudan", tigray: "Ethiopia", amhara: "Ethiopia", gaza: "Palestine",
  somalie: "Somalia", mozambique: "Mozambique", syrie: "Syria", irak: "Iraq", "rd congo": "Democratic Republic of Congo", rdc: "Democratic Republic of Congo",
};

/** The place a trailing phrase names: a region above, or a country by any name the caller's finder knows. */
function placeOf(text: string, findCountry: (text: string) => string | undefined): string | undefined {
  return REGIONS[text.toLowerCase()] ?? findCountry(text);
}

/**
 * Every word the patterns above spell out, in each of its forms: nouns, links, leaders'
 * titles, backing, places and articles ("d'" and "l'" are told by their apostrophe).
 */
const PATTERN_WORDS = [
  ...["insurgé", "insurgés", "insurgent", "insurgents", "rebelle", "rebelles", "rebel", "rebels", "milicien", "miliciens", "milice", "milices", "militia", "militias", "militiamen"],
  ...["secte", "islamiste", "islamistes", "islamist", "islamists", "jihadiste", "jihadistes", "djihadiste", "djihadistes", "jihadist", "jihadists", "combattant", "combattants"],
  ...["fighter", "fighters", "élément", "éléments", "element", "elements", "troupe", "troupes", "troops", "soldat", "soldats", "soldier", "soldiers", "militaire", "militaires"],
  ...["mercenaire", "mercenaires", "mercenaries", "paramilitaire", "paramilitaires", "paramilitaries", "terroriste", "terroristes", "terrorist", "terrorists", "casques", "bleus"],
  ...["peacekeeper", "peacekeepers", "séparatiste", "séparatistes", "separatist", "separatists", "membre", "membres", "member", "members", "hommes", "militant", "militants"],
  ...["partisan", "partisans", "supplétif", "supplétifs", "force", "forces", "spéciales", "sécurité", "special", "security", "sleeper", "cell", "cells", "cellule", "cellules"],
  ...["mouvement", "movement", "organisation", "organization", "groupe", "groupes", "group", "groups", "régime", "regime", "branche", "armée", "armées", "armed", "wing", "army"],
  ...["unité", "unités", "unit", "units", "loyale", "loyales", "loyal", "maréchal", "général", "colonel", "émir", "chef", "cheikh", "imam", "from", "dans"],
  ...["pro", "backed", "supported", "sponsored", "allied", "aligned", "led", "affiliated", "soutenu", "soutenus", "par", "appuyé", "appuyés", "by", "lié", "liés", "linked"],
  ...["the", "a", "an", "of", "to", "in", "en", "le", "la", "les", "un", "une", "des", "du", "de", "au", "aux", "à"],
];
/** The pattern words of four letters or more, by their first four; the shorter ones whole. */
const PATTERN_PREFIXES = new Set(PATTERN_WORDS.filter((word) => word.length >= 4).map((word) => word.slice(0, 4)));
const PATTERN_SHORT_WORDS = new Set(PATTERN_WORDS.filter((word) => word.length < 4));

/**
 * Whether the patterns above can set anything aside in a text: a word they spell out (by its
 * first four letters), a word beginning "pro", an apostrophe (possessives, "d'", "l'"). Told in
 * one pass, before the patterns' backtracking: a text without any of them is described by no
 * pattern. Characters beyond Latin-1 (curly apostrophes, letters case-folded otherwise) are
 * left to the patterns.
 */
function mayHoldDescriptors(text: string): boolean {
  const lower = text.toLowerCase();
  let from = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0x20;
    if (c > 0xff || c === 0x27) return true;
    const letter = (c >= 0x61 && c <= 0x7a) || c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (from < 0) from = i;
      continue;
    }
    if (from >= 0) {
      const length = i - from;
      if (length < 4 ? PATTERN_SHORT_WORDS.has(lower.slice(from, i)) : PATTERN_PREFIXES.has(lower.slice(from, from + 4)) || lower.startsWith("pro", from)) return true;
      from = -1;
    }
  }
  return false;
}

/**
 * The names that descriptor words around `text` leave, or undefined where there are none.
 * `findCountry` reads a country name (ACLED's spelling out).
 */
export function readDescriptors(text: string, findCountry: (text: string) => string | undefined): DescribedName | undefined {
  return mayHoldDescriptors(text) ? readByPatterns(text, findCountry) : undefined;
}

/** `readDescriptors` with every pattern tried, its quick test not asked first (for tests: both must always agree). */
export function readByPatterns(text: string, findCountry: (text: string) => string | undefined): DescribedName | undefined {
  const nationalities: string[] = [];
  let place: string | null = null;
  let military = false;
  const cores: string[] = [];
  const adjective = (word: string) => {
    const country = nationalityOf(word);
    if (country) nationalities.push(country);
    return !!country;
  };
  // Two names joined ("Ukrainian and Russian forces") are a compound, never one described name.
  if (JOINED.test(text)) return undefined;
  let current = stripArticles(text.trim());
  // "l'armée congolaise", "les forces armées soudanaises": the army of an adjective's country.
  const army = ARMY_ADJECTIVE.exec(current);
  if (army) return { cores: [army[1]], nationalities, place, military: true };
  // Every stage of the stripping is a reading to try, the least stripped first.
  const original = text.trim();
  const stage = (reading: string) => {
    const trimmed = stripArticles(reading.trim());
    if (trimmed && trimmed !== original && !cores.includes(trimmed)) cores.push(trimmed);
    return trimmed;
  };
  const backedNoun = BACKED_NOUN.exec(current);
  if (backedNoun) current = stage(backedNoun[1]);
  for (let i = 0; i < 4; i++) {
    let next = withoutLeaderPossessive(current);
    if (next !== current) stage(next);
    next = stripArticles(next.replace(GROUP_OF, "").replace(LEADING_BACKING, "").replace(TRAILING_BACKING, "").trim());
    if (next !== current) stage(next);
    const placed = TRAILING_PLACE.exec(next);
    const where = placed ? placeOf(placed[2], findCountry) : undefined;
    if (placed && where) {
      place = where;
      next = placed[1];
    }
    const linked = LEADING_NOUN_LINK.exec(next);
    if (linked) {
      for (const word of linked[1].trim().split(/\s+/).filter(Boolean)) adjective(word);
      if (MILITARY_NOUN.test(next.split(/\s+/)[0])) military = true;
      next = linked[2];
    } else {
      const trailing = TRAILING_NOUN.exec(next);
      if (trailing && trailing[1].split(/\s+/).length <= 6) {
        if (MILITARY_NOUN.test(next.slice(trailing[1].length).trim())) military = true;
        next = trailing[1];
      } else {
        const leading = LEADING_NOUN.exec(next);
        if (leading) {
          if (MILITARY_NOUN.test(next.split(/\s+/)[0])) military = true;
          next = leading[1];
        }
      }
    }
    if (next !== current) stage(next);
    next = withoutLeaderPossessive(next);
    // The leader pattern needs " de", " d'" or " du": told at once, before its backtracking.
    const led = MAY_NAME_LEADER.test(next) ? LEADER_AFTER.exec(next) : null;
    if (led) next = led[1];
    const hyphen = HYPHEN_BACKED.exec(next);
    if (hyphen) next = hyphen[1];
    next = stripArticles(next.trim());
    if (next === current || !next) break;
    current = next;
  }
  if (current === text.trim()) return undefined;
  if (!cores.includes(current)) cores.push(current);
  // Lower-case words left at either end: adjectives ("les shebab somaliens", "milice dogon …").
  let trimmed = current;
  for (let i = 0; i < 3; i++) {
    const before = trimmed;
    const tail = TRAILING_LOWER.exec(trimmed);
    if (tail && trimmed.split(/\s+/).length > 1) {
      adjective(tail[1]);
      trimmed = trimmed.slice(0, tail.index);
    }
    const head = LEADING_LOWER.exec(trimmed);
    if (head && trimmed.split(/\s+/).length > 1) {
      adjective(head[1]);
      trimmed = trimmed.slice(head[0].length);
    }
    // "Ugandan AMISOM": a capitalised nationality adjective before the name.
    const first = /^(\S+)\s+(?=\S)/.exec(trimmed);
    if (first && nationalityOf(first[1])) {
      adjective(first[1]);
      trimmed = trimmed.slice(first[0].length);
    }
    if (trimmed === before) break;
    if (trimmed) cores.push(trimmed);
  }
  // A core that is only a nationality adjective ("les militaires camerounais") is the army phrase.
  return { cores, nationalities, place, military };
}

const SMALL_WORDS = new Set(["de", "du", "des", "la", "le", "les", "l", "d", "al", "el", "of", "the", "and", "et", "for", "pour", "in", "en", "au"]);

/**
 * Whether an acronym is made of a name's initials, in order ("FSR" of "Forces de soutien
 * rapide", "FABF" of "Forces armées burkinabè", "HTC" of "Hayat Tahrir al-Cham"): the first
 * letters agree, and all but at most one of the name's significant words are matched.
 */
export function isInitialismOf(acronym: string, name: string): boolean {
  if (!/^[A-Z][A-Z-]{1,7}$/.test(acronym)) return false;
  const letters = acronym.replace(/-/g, "").toLowerCase();
  const initials = fold(name).toLowerCase().split(/[^a-z]+/).filter((w) => w && !SMALL_WORDS.has(w)).map((w) => w[0]);
  if (initials.length < 2 || letters[0] !== initials[0]) return false;
  let matched = 0;
  let at = 0;
  for (const initial of initials) {
    const found = letters.indexOf(initial, at);
    if (found >= 0) {
      matched++;
      at = found + 1;
    }
  }
  return matched >= initials.length - 1 && matched >= 2 && letters.length <= initials.length + 1;
}
