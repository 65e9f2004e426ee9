import { findCountry } from "../vocabulary/countries";
import { countryOfAdjective, NATIONALITY_ADJECTIVES } from "../vocabulary/nationalities";
import { ActorDictionaryEntry, ContextAlias } from "./dictionary/dictionarySchema";
import { foldLetters } from "./keyers/foldLetters";
import { ngramFingerprintKeyer } from "./keyers/ngramFingerprint";
import { IndexTarget, NameIndex } from "./nameIndex";
import { cleanName } from "./nameText";
import { capitalise } from "../text/capitalise";
import { answer, CONFIDENCE, notSamePairs, NotSamePairs, Resolution, ruledOut } from "./resolution";

/**
 * The words of an actor name for matching: folded, apostrophes dropped, other punctuation
 * a separator, and the Arabic article read as al- whether written el-, or assimilated to a
 * sun letter (ash-Shabaab, ad-Din, as-Sunna).
 */
export function actorTokens(text: string): string[] {
  const folded = foldLetters(cleanName(text)).replace(/'/g, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (!folded) return [];
  const tokens = folded.split(" ");
  return tokens.map((token, i) => {
    if (token === "el") return "al";
    const next = tokens[i + 1];
    if (next && SUN_LETTER_ARTICLES.has(token) && next.startsWith(token.slice(1))) return "al";
    return token;
  });
}

const SUN_LETTER_ARTICLES = new Set(["ash", "as", "ad", "adh", "ar", "at", "ath", "az", "an", "ad"]);

/**
 * Transliteration variants read alike (NAMING-POLICY actors §8): doubled vowels and
 * "ee", "oo", "ou" (Muslimeen / Muslimin, Shabaab / Shabab, Mourabitoun / Murabitun).
 */
function transliterationKey(tokens: string[]): string {
  return tokens.map((token) => token.replace(/ee/g, "i").replace(/oo|ou/g, "u").replace(/([aiu])\1+/g, "$1")).join(" ");
}

const bigrams = ngramFingerprintKeyer(2);

/**
 * Exact words, words run together, words in any order, transliteration variants, and
 * OpenRefine's bigram fingerprint (letter pairs in any order: transposed or doubled letters
 * meet) for names of eight letters or more without digits.
 */
export function actorKeys(text: string): string[] {
  const tokens = actorTokens(text);
  const compact = tokens.join("");
  const ngram = compact.length >= 8 && !/\d/.test(compact) ? `#${bigrams.key(tokens.join(" "))}` : "";
  return [tokens.join(" "), compact, [...new Set(tokens)].sort().join(" "), transliterationKey(tokens), ngram];
}

const REGIME_PERIOD = /\s*\(\s*\d{4}\s*-\s*(?:\d{4})?\s*\)(.*)$/;
const LEADING_NOISE = /^(?:the|suspected|alleged|presumed|purported|reported|members? of(?: the)?|fighters? of(?: the)?|elements? of(?: the)?|militants? of(?: the)?|les|des|présumés?|presumes?|(?:des |les )?(?:jihadistes|djihadistes|combattants|éléments|elements|terroristes|membres|hommes|militants|assaillants)(?: du| de la| de l'| des| de| d')?)\s+/i;
const TRAILING_NOISE = /\s+(?:militants|militant|fighters|fighter|jihadists|jihadist|djihadistes|jihadistes|insurgents|insurgent|members|elements|combatants|terrorists|terroristes|gunmen|rebels|militiamen|militias?|operatives|loyalists|forces?)$/i;
const COMPOUND_SEPARATORS = /\s*(?:\/|\band\/or\b|\bet\/ou\b|&|;|,|\+|\band\b|\bet\b|\bwith\b|\bou\b|\bor\b)\s*/i;
const COMPOUND_SPLIT = new RegExp(COMPOUND_SEPARATORS.source, "gi");
const NATIONAL_ARMY = /^(.+?)\s+(?:army|armed forces|military|soldiers|troops|forces|defen[cs]e forces|security forces|armée|forces armées)$/i;
const ARMY_OF = /^(?:armée|forces armées|armed forces)\s+(?:du|de la|de l'|des|of(?: the)?)\s+(.+)$/i;

/** Generic descriptions, not actors (NAMING-POLICY actors §7): kept as written. */
const GENERIC_PATTERNS: RegExp[] = [
  /^(?:unknown|unidentified|armed|masked|suspected|presumed)?\s*(?:gunmen|gunman|armed men|armed individuals|assailants|attackers|kidnappers|abductors)$/i,
  /^(?:armed\s+)?bandits?$/i,
  /^(?:islamist\s+|suspected\s+)?(?:jihadists?|djihadistes?|jihadistes?|islamists?|terrorists?|terroristes?|militants?|insurgents?|extremists?|rebels?|militiamen|militia|vigilantes?)$/i,
  /^(?:hommes armés(?: non identifiés)?|individus armés(?: non identifiés)?|HANI|groupes? armés?(?: non identifiés?)?|bandits armés)$/i,
  /^(?:unidentified|unknown)\s+(?:armed|communal|ethnic)?\s*(?:group|militia)(?:\s*\(.+\))?$/i,
  /^(?:civilians|protesters|rioters|private security forces|unidentified armed group)\s*\(.+\)$/i,
  /^civilians$|^protesters$|^rioters$|^villagers$|^herders$|^farmers$/i,
  /\b(?:ethnic|communal|clan|tribal)\s+militia\b/i,
  /^(?:self-defen[cs]e group|local defen[cs]e group|dozos?|koglweogo)$/i,
];

/** ACLED's pattern for state forces of any country: "Military Forces of X", "Police Forces of X". */
const STATE_FORCE_PATTERN = /^(Military|Police) Forces of (.+)$/;

export interface ActorResolverOptions {
  entries: readonly ActorDictionaryEntry[];
  contextAliases: readonly ContextAlias[];
  /** Where each entry comes from, for reasons ("workbook dictionary"). */
  sourceOf?: (canonical: string) => string;
  /** Pairings a team has ruled out ("Not the same name"): the alias is never mapped to that canonical name. */
  notSame?: readonly { alias: string; canonical: string; source: string }[];
}

/**
 * Resolves actor names to canonical ones following NAMING-POLICY.md, refusing where a
 * guess could be wrong. Memoised per distinct cell and country.
 */
export class ActorResolver {
  private readonly index: NameIndex;
  private readonly contextByKey = new Map<string, ContextAlias>();
  private readonly entries = new Map<string, ActorDictionaryEntry>();
  /** Country (or "") → raw cell → answer: one look-up per cell, no key to build. */
  private readonly memo = new Map<string, Map<string, Resolution>>();
  private memoSize = 0;
  private readonly protectedWords: Set<string>;
  private readonly notSame: NotSamePairs;

  constructor(options: ActorResolverOptions) {
    this.notSame = notSamePairs(options.notSame, (text) => actorKeys(text)[0]);
    this.index = new NameIndex(actorKeys, actorTokens);
    for (const entry of options.entries) {
      const source = options.sourceOf?.(entry.canonical) ?? "built-in dictionary";
      this.entries.set(entry.canonical, entry);
      this.index.add({ canonical: entry.canonical, relation: "canonical", name: entry.canonical, source });
      for (const alias of entry.aliases) this.index.add({ canonical: entry.canonical, relation: "alias", name: alias, source });
    }
    for (const context of options.contextAliases) {
      for (const key of contextKeys(context.alias)) this.contextByKey.set(key, context);
    }
    this.protectedWords = new Set([...NATIONALITY_ADJECTIVES.flatMap((a) => a.split(" ")), "niger", "nigeria", "mali", "chad", "sudan", "somalia", "congo", "guinea", "gambia", "zambia", "gambia"]);
  }

  /** The dictionary entry of a canonical name. */
  entry(canonical: string): ActorDictionaryEntry | undefined {
    return this.entries.get(canonical);
  }

  resolve(raw: string, country?: string | null): Resolution {
    const context = country ?? "";
    let byRaw = this.memo.get(context);
    const known = byRaw?.get(raw);
    if (known) return known;
    const resolution = ruledOut(this.resolveFresh(raw, country ?? null), this.notSame.get(actorKeys(raw)[0]));
    if (this.memoSize > 100_000) {
      this.memo.clear();
      this.memoSize = 0;
      byRaw = undefined;
    }
    if (!byRaw) this.memo.set(context, (byRaw = new Map()));
    byRaw.set(raw, resolution);
    this.memoSize++;
    return resolution;
  }

  private resolveFresh(raw: string, country: string | null): Resolution {
    const text = cleanName(raw);
    if (!text) return answer(raw, "unknown", null, [], "The cell is empty.");
    const period = REGIME_PERIOD.exec(text);
    const base = period ? text.slice(0, period.index).trim() : text;
    const periodNote = period ? ` (ACLED regime period${period[1].trim() ? " and unit" : ""} set aside for matching)` : "";

    const direct = this.resolveWhole(raw, base, country, periodNote);
    if (direct) return direct;

    const denoised = stripNoise(base);
    if (denoised !== base && denoised) {
      const found = this.resolveWhole(raw, denoised, country, ` (descriptor words around the name set aside)${periodNote}`);
      if (found) return found;
    }

    const compound = this.compound(raw, base, country);
    if (compound) return compound;

    if (GENERIC_PATTERNS.some((pattern) => pattern.test(base))) {
      return answer(raw, "generic", null, [], `"${base}" is a generic description, not a named actor; kept as written.`);
    }

    const army = this.nationalArmy(raw, denoised || base, country);
    if (army) return army;

    const fuzzy = this.index.fuzzy(denoised || base, (word) => this.protectedWords.has(word));
    if (fuzzy) {
      const canonicals = unique(fuzzy.targets.map((t) => t.canonical));
      if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${base}" is one or two letters away from several names.`);
      const target = fuzzy.targets[0];
      if (contextKeys(target.name).some((key) => this.contextByKey.has(key))) {
        return answer(raw, "unknown", null, canonicals, `"${base}" looks like a misspelt "${target.name}", a name whose meaning depends on the country: not guessed.`);
      }
      return answer(raw, "fuzzy", target.canonical, [], `typo in "${fuzzy.word}": ${target.relation === "canonical" ? "" : `alias "${target.name}" of `}${target.canonical}`, CONFIDENCE.fuzzy - 0.1 * (fuzzy.edits - 1));
    }

    return answer(raw, "unknown", null, this.index.sharingPrefix(denoised || base), `"${base}" is not in the dictionary and is not close enough to a known name to guess.`);
  }

  /** The whole text as one name: canonical, context-dependent, alias or ACLED state-force pattern. */
  private resolveWhole(raw: string, text: string, country: string | null, note: string): Resolution | undefined {
    const keys = actorKeys(text);
    const context = this.contextByKey.get(keys[0]) ?? this.contextByKey.get(keys[1]) ?? this.contextByKey.get(keys[3]);
    if (context) return this.byContext(raw, text, context, country, note);
    const found = this.index.findByKeys(keys);
    if (found) {
      const canonicals = unique(found.targets.map((t) => t.canonical));
      if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${text}" names several actors in the dictionaries.`);
      const target = found.targets[0];
      if (raw === target.canonical) return answer(raw, "canonical", target.canonical, [], "the canonical name", CONFIDENCE.canonical);
      const contradiction = this.nationalityContradiction(raw, text, target.canonical, country);
      if (contradiction) return contradiction;
      const how = target.relation === "canonical" ? `"${target.canonical}" written differently` : `alias "${target.name}" of ${target.canonical}${target.source !== "built-in dictionary" ? ` (${target.source})` : ""}`;
      return answer(raw, "alias", target.canonical, [], `${how}${note}`, CONFIDENCE.alias);
    }
    const pattern = STATE_FORCE_PATTERN.exec(text);
    if (pattern) {
      const stateCountry = findCountry(pattern[2]);
      if (stateCountry && !stateCountry.former) {
        const canonical = `${pattern[1]} Forces of ${stateCountry.name}`;
        return raw === canonical
          ? answer(raw, "canonical", canonical, [], "ACLED's name for the state forces of a country", CONFIDENCE.canonical)
          : answer(raw, "alias", canonical, [], `ACLED's name for the state forces of ${stateCountry.name}${note}`, CONFIDENCE.alias);
      }
    }
    return undefined;
  }

  private byContext(raw: string, text: string, context: ContextAlias, country: string | null, note: string): Resolution {
    const candidates = unique([...Object.values(context.byCountry), context.elsewhere, context.withoutCountry].filter((c): c is string => !!c));
    if (!country) {
      if (context.withoutCountry) {
        const status = raw === context.withoutCountry ? "canonical" : "alias";
        return answer(raw, status, context.withoutCountry, [], status === "canonical" ? "the canonical name" : `"${text}" with no country → ${context.withoutCountry}${note}`, status === "canonical" ? CONFIDENCE.canonical : CONFIDENCE.context);
      }
      return answer(raw, "ambiguous", null, candidates, `"${text}" depends on the country (${context.note}), and the row gives none.`);
    }
    const mapped = country in context.byCountry ? context.byCountry[country] : context.elsewhere;
    if (!mapped) {
      return country in context.byCountry
        ? answer(raw, "ambiguous", null, candidates, `"${text}" in ${country}: more than one candidate is active there (${context.note}).`)
        : answer(raw, "unknown", null, candidates, `"${text}" in ${country}: no known meaning there (${context.note}).`);
    }
    if (raw === mapped) return answer(raw, "canonical", mapped, [], "the canonical name", CONFIDENCE.canonical);
    return answer(raw, "context", mapped, [], `${text} in ${country} → ${mapped}${note}`, CONFIDENCE.context);
  }

  /**
   * "Nigerian army" in an incident in Niger: refused (NAMING-POLICY actors §4). A
   * national-army phrase is refused where the incident's country is not one where those
   * state forces are known to act; other forces ("Russian Africa Corps") are not concerned.
   */
  private nationalityContradiction(raw: string, text: string, canonical: string, country: string | null): Resolution | undefined {
    if (!country) return undefined;
    const entry = this.entries.get(canonical);
    if (!entry || entry.type !== "State forces" || entry.countries.includes(country)) return undefined;
    const adjective = nationalityIn(text);
    if (!adjective) return undefined;
    const stated = countryOfAdjective(adjective);
    if (!stated || stated === country) return undefined;
    const local = this.entriesOfState(country);
    return answer(raw, "unknown", null, unique([canonical, ...local]), `"${text}" names the forces of ${stated}, but the incident is in ${country} (${capitalise(adjective)} is easily confused with a neighbour's name): not guessed.`);
  }

  private entriesOfState(country: string): string[] {
    const found: string[] = [];
    for (const entry of this.entries.values()) if (entry.type === "State forces" && entry.countries.length === 1 && entry.countries[0] === country) found.push(entry.canonical);
    return found;
  }

  /** "Malian soldiers", "armée du Mali": the country's state forces, when the country agrees with the row's. */
  private nationalArmy(raw: string, text: string, country: string | null): Resolution | undefined {
    const phrase = NATIONAL_ARMY.exec(text);
    const of = ARMY_OF.exec(text);
    const stated = phrase ? countryOfAdjective(phrase[1]) ?? findCountry(phrase[1])?.name : of ? findCountry(of[1])?.name : undefined;
    if (!stated) return undefined;
    if (country && country !== stated) {
      return answer(raw, "unknown", null, this.entriesOfState(country), `"${text}" names the forces of ${stated}, but the incident is in ${country}: not guessed.`);
    }
    const canonical = this.entriesOfState(stated)[0] ?? `Military Forces of ${stated}`;
    return answer(raw, "alias", canonical, [], `the national army of ${stated}`, CONFIDENCE.alias);
  }

  /** "ISWAP/Boko Haram", "JNIM and/or IS Sahel": two actors in one cell (NAMING-POLICY actors §6). */
  private compound(raw: string, text: string, country: string | null): Resolution | undefined {
    if (!COMPOUND_SEPARATORS.test(text)) return undefined;
    const parts = text.split(COMPOUND_SPLIT).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) return undefined;
    const named: string[] = [];
    for (const part of parts) {
      const found = this.resolveWhole(part, part, country, "") ?? this.resolveWhole(part, stripNoise(part), country, "");
      if (found?.canonical) named.push(found.canonical);
      else if (GENERIC_PATTERNS.some((pattern) => pattern.test(part))) named.push(part);
      else return undefined;
    }
    if (unique(named).length < 2) return undefined;
    return answer(raw, "compound", null, unique(named), `the cell names ${unique(named).length} actors (${unique(named).join("; ")}); split it, never pick one.`);
  }
}

/** The keys under which a context-dependent name is recognised: every layer but words-in-any-order. */
function contextKeys(text: string): string[] {
  const [exact, compact, , transliterated] = actorKeys(text);
  return [exact, compact, transliterated].filter(Boolean);
}

function stripNoise(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = current.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "").trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

function nationalityIn(text: string): string | undefined {
  const words = foldLetters(text).split(/[^\p{L}]+/u);
  for (let i = 0; i < words.length; i++) {
    const two = i + 1 < words.length ? `${words[i]} ${words[i + 1]}` : "";
    if (two && countryOfAdjective(two)) return two;
    if (countryOfAdjective(words[i])) return words[i];
  }
  return undefined;
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}


export type { IndexTarget };
