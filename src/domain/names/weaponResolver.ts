import { countryOfAdjective } from "../vocabulary/nationalities";
import { WeaponDictionaryEntry } from "./dictionary/dictionarySchema";
import { foldLetters } from "./keyers/foldLetters";
import { NameIndex } from "./nameIndex";
import { cleanName } from "./nameText";
import { answer, CONFIDENCE, notSamePairs, NotSamePairs, Resolution, ruledOut } from "./resolution";

/**
 * The words of a weapon name: runs of letters and runs of digits (decimal points kept), so
 * that "AK-47", "AK 47" and "ak47" meet while "AK-74" stays apart; "7,62 x 39 mm" and
 * "7.62×39" meet on 7.62 x 39; "mm" is dropped and "mmR" read as R.
 */
export function weaponTokens(text: string): string[] {
  const folded = foldLetters(cleanName(text))
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/(\d)\s*[x×]\s*(\d)/g, "$1 x $2");
  const tokens = folded.match(/\d+(?:\.\d+)*|\p{L}+/gu) ?? [];
  const result: string[] = [];
  for (const token of tokens) {
    if (token === "mm") continue;
    result.push(token === "mmr" ? "r" : token);
  }
  return result;
}

/** Exact words, and words in any order. */
export function weaponKeys(text: string): string[] {
  const tokens = weaponTokens(text);
  return [tokens.join(" "), [...new Set(tokens)].sort().join(" ")];
}

type Category = string;
const LONG_GUNS = ["assault rifle", "battle rifle", "carbine", "self-loading carbine", "designated marksman/sniper rifle", "rifle"];
const MACHINE_GUNS = ["light machine gun", "general-purpose machine gun", "heavy machine gun"];
const LAUNCHERS = ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "grenade launcher", "under-barrel grenade launcher", "multiple rocket launcher"];
const ROUNDS = ["rocket", "round for recoilless weapon", "mortar bomb", "grenade for launcher", "artillery shell"];

/**
 * Class nouns written after a model ("RPG-7 launchers", "Zastava M05E1 rifles"): noise when
 * they fit the model's category, a different weapon when they do not ("Type 56 LMG",
 * "RPG-7 rocket"). Longer nouns first.
 */
const CLASS_NOUNS: [RegExp, readonly Category[] | "any"][] = [
  [/\s+(?:assault rifles?|fusils? d'assaut)$/i, ["assault rifle", "carbine"]],
  [/\s+(?:sniper rifles?|marksman rifles?)$/i, ["designated marksman/sniper rifle"]],
  [/\s+(?:grenade launchers?)$/i, ["grenade launcher", "under-barrel grenade launcher"]],
  [/\s+(?:rocket launchers?|rpg launchers?|lance-roquettes?)$/i, ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle"]],
  [/\s+(?:recoilless (?:rifles?|guns?))$/i, ["recoilless rifle"]],
  [/\s+(?:light machine guns?|lmgs?)$/i, ["light machine gun"]],
  [/\s+(?:heavy machine guns?|hmgs?)$/i, ["heavy machine gun"]],
  [/\s+(?:general[- ]purpose machine guns?|gpmgs?)$/i, ["general-purpose machine gun"]],
  [/\s+(?:sub-?machine guns?|smgs?)$/i, ["sub-machine gun"]],
  [/\s+(?:machine guns?|mgs?|mitrailleuses?)$/i, MACHINE_GUNS],
  [/\s+(?:rifles?|fusils?)$/i, LONG_GUNS],
  [/\s+(?:carbines?)$/i, ["carbine", "self-loading carbine"]],
  [/\s+(?:pistols?|handguns?|pistolets?)$/i, ["pistol"]],
  [/\s+(?:launchers?)$/i, LAUNCHERS],
  [/\s+(?:rockets?|roquettes?)$/i, ["rocket"]],
  [/\s+(?:grenades?)$/i, ["rocket", "grenade for launcher", "hand grenade"]],
  [/\s+(?:rounds?|shells?|projectiles?|bombs?|obus)$/i, ROUNDS],
  [/\s+(?:cartridges?|ammunition|ammo|bullets?|munitions?)$/i, ["cartridge"]],
  [/\s+(?:mortars?|mortiers?|mortar tubes?)$/i, ["mortar"]],
  [/\s+(?:guns?|weapons?|systems?)$/i, "any"],
];

const COMPOUND_SEPARATORS = /\s*(?:\/|&|\+|;|,|\band\b|\bet\b|\bwith\b)\s*/i;
const COMPOUND_SPLIT = new RegExp(COMPOUND_SEPARATORS.source, "gi");

export interface WeaponResolverOptions {
  entries: readonly WeaponDictionaryEntry[];
  ambiguous: readonly { name: string; candidates: string[]; note: string }[];
  generic: readonly string[];
  sourceOf?: (canonical: string) => string;
  /** Pairings a team has ruled out ("Not the same name"): the alias is never mapped to that canonical name. */
  notSame?: readonly { alias: string; canonical: string; source: string }[];
}

/**
 * Resolves weapon and munition names following NAMING-POLICY.md: digits and suffixes are
 * identity, listed variants are their own canonical, class nouns and nationality adjectives
 * are noise, bare designations that name several weapons are refused. Memoised.
 */
export class WeaponResolver {
  private readonly index: NameIndex;
  private readonly entries = new Map<string, WeaponDictionaryEntry>();
  private readonly ambiguous = new Map<string, { name: string; candidates: string[]; note: string }>();
  private readonly generic = new Set<string>();
  private readonly memo = new Map<string, Resolution>();
  private readonly notSame: NotSamePairs;

  constructor(options: WeaponResolverOptions) {
    this.notSame = notSamePairs(options.notSame, (text) => weaponKeys(text)[0]);
    this.index = new NameIndex(weaponKeys, weaponTokens);
    for (const entry of options.entries) {
      const source = options.sourceOf?.(entry.canonical) ?? "built-in dictionary";
      this.entries.set(entry.canonical, entry);
      this.index.add({ canonical: entry.canonical, relation: "canonical", name: entry.canonical, source });
      for (const alias of entry.aliases) this.index.add({ canonical: entry.canonical, relation: "alias", name: alias, source });
      for (const variant of entry.variants ?? []) this.index.add({ canonical: entry.canonical, relation: "variant", name: variant, source });
    }
    for (const item of options.ambiguous) this.ambiguous.set(weaponKeys(item.name)[0], item);
    for (const name of options.generic) this.generic.add(genericKey(name));
  }

  entry(canonical: string): WeaponDictionaryEntry | undefined {
    return this.entries.get(canonical);
  }

  resolve(raw: string): Resolution {
    const known = this.memo.get(raw);
    if (known) return known;
    const resolution = ruledOut(this.resolveFresh(raw), this.notSame.get(weaponKeys(raw)[0]));
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(raw, resolution);
    return resolution;
  }

  private resolveFresh(raw: string): Resolution {
    const cleaned = singularModels(cleanName(raw));
    if (!cleaned) return answer(raw, "unknown", null, [], "The cell is empty.");
    // An alias may itself begin with a nationality ("Chinese SKS", "Yugoslav M70").
    const literal = this.resolveWhole(raw, cleaned);
    if (literal) return literal;
    const { text, origin } = stripNationality(cleaned);
    const withOrigin = (resolution: Resolution): Resolution => (origin ? { ...resolution, statedOrigin: origin } : resolution);

    const whole = this.resolveWhole(raw, text) ?? (singularLastWord(text) !== text ? this.resolveWhole(raw, singularLastWord(text)) : undefined);
    if (whole) return withOrigin(whole);

    const compound = this.compound(raw, text);
    if (compound) return withOrigin(compound);

    if (this.isGeneric(text)) return withOrigin(answer(raw, "generic", null, [], `"${text}" is a class of weapon, not a model; kept as written.`));

    // Class nouns after the model: noise if they fit it, another weapon if not.
    for (const [pattern, fits] of CLASS_NOUNS) {
      const match = pattern.exec(text);
      if (!match) continue;
      const model = text.slice(0, match.index).trim();
      if (!model) break;
      const noun = match[0].trim();
      const found = this.resolveWhole(raw, model) ?? this.fuzzy(raw, model);
      if (!found) break;
      if (!found.canonical) return withOrigin(found);
      const entry = this.entries.get(found.canonical)!;
      if (fits !== "any" && !fits.includes(entry.category)) {
        const candidates = entry.fires ?? entry.firedBy ?? [];
        const written = noun.replace(/s$/, "");
        return withOrigin(answer(raw, "unknown", null, candidates, `"${text}": ${found.canonical} is ${article(entry.category)} ${entry.category}, not ${article(written)} ${written}; another weapon${candidates.length ? " (which round is not said)" : ""}: not guessed.`));
      }
      return withOrigin({ ...found, reason: `${found.reason} ("${noun}" is the class of the model)` });
    }

    const fuzzy = this.fuzzy(raw, text);
    if (fuzzy) return withOrigin(fuzzy);
    return withOrigin(answer(raw, "unknown", null, this.index.sharingPrefix(text), `"${text}" is not in the dictionary; digits and suffixes are never guessed.`));
  }

  private resolveWhole(raw: string, text: string): Resolution | undefined {
    const keys = weaponKeys(text);
    const ambiguous = this.ambiguous.get(keys[0]);
    if (ambiguous) return answer(raw, "ambiguous", null, ambiguous.candidates, `"${text}" names several weapons (${ambiguous.note}).`);
    const found = this.index.findByKeys(keys);
    if (!found) return undefined;
    const canonicals = [...new Set(found.targets.map((t) => t.canonical))];
    if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${text}" names several weapons in the dictionaries.`);
    const target = found.targets[0];
    if (raw === target.canonical) return answer(raw, "canonical", target.canonical, [], "the canonical name", CONFIDENCE.canonical);
    const via = target.source !== "built-in dictionary" ? ` (${target.source})` : "";
    if (target.relation === "variant") return answer(raw, "alias", target.canonical, [], `${target.name} is a variant of ${target.canonical}${via}`, CONFIDENCE.variant);
    const how = target.relation === "canonical" ? `"${target.canonical}" written differently` : `alias "${target.name}" of ${target.canonical}${via}`;
    return answer(raw, "alias", target.canonical, [], how, CONFIDENCE.alias);
  }

  private fuzzy(raw: string, text: string): Resolution | undefined {
    const found = this.index.fuzzy(text, () => false);
    if (!found) return undefined;
    const canonicals = [...new Set(found.targets.map((t) => t.canonical))];
    if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${text}" is a letter or two away from several names.`);
    const target = found.targets[0];
    return answer(raw, "fuzzy", target.canonical, [], `typo in "${found.word}": ${target.relation === "canonical" ? "" : `${target.relation} "${target.name}" of `}${target.canonical}`, CONFIDENCE.fuzzy - 0.1 * (found.edits - 1));
  }

  private isGeneric(text: string): boolean {
    const key = genericKey(text);
    return this.generic.has(key) || this.generic.has(key.replace(/s$/, ""));
  }

  /** "Type 56-1/-2 rifles", "AK-47 and RPG-7": two models in one cell (NAMING-POLICY weapons §5). */
  private compound(raw: string, text: string): Resolution | undefined {
    if (!COMPOUND_SEPARATORS.test(text)) return undefined;
    let body = text;
    let noun = "";
    for (const [pattern] of CLASS_NOUNS) {
      const match = pattern.exec(text);
      if (match && match.index > 0) {
        body = text.slice(0, match.index);
        noun = match[0];
        break;
      }
    }
    const parts = body.split(COMPOUND_SPLIT).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) return undefined;
    const named: string[] = [];
    let previous = "";
    for (const part of parts) {
      // "-2" after "Type 56-1" is "Type 56-2".
      const expanded = /^-\w+$/.test(part) && previous.includes("-") ? previous.slice(0, previous.lastIndexOf("-")) + part : part;
      previous = expanded;
      const found = this.resolveWhole(expanded, expanded) ?? this.resolveWhole(expanded, expanded + noun) ?? this.fuzzy(expanded, expanded);
      if (found?.canonical) named.push(found.canonical);
      else if (this.isGeneric(expanded)) named.push(expanded);
      else return undefined;
    }
    const distinct = [...new Set(named)];
    if (distinct.length < 2) return undefined;
    return answer(raw, "compound", null, distinct, `the cell names ${distinct.length} models (${distinct.join("; ")}); one row per model, never pick one.`);
  }
}

/** "AK-47s" → "AK-47", "AKMs" → "AKM": a plural s after a designation (upper case or digits). */
function singularModels(text: string): string {
  return text.replace(/\b([A-Z0-9][A-Z0-9.-]*[A-Z0-9])s\b/g, (whole, model: string) => (/[0-9]/.test(model) || /^[A-Z]{2,}$/.test(model) ? model : whole));
}

/** A leading nationality ("Serbian", "Chinese-made") is noise for matching and evidence of origin. */
function stripNationality(text: string): { text: string; origin?: string } {
  const match = /^(\p{L}+(?:\s\p{L}+)?)(?:-made|\s+made)?\s+(.+)$/u.exec(text);
  if (match) {
    for (const candidate of [match[1], match[1].split(" ")[0]]) {
      const origin = countryOfAdjective(candidate);
      if (origin) {
        const rest = candidate === match[1] ? match[2] : text.slice(candidate.length).replace(/^(?:-made|\s+made)?\s+/, "");
        return { text: rest.trim(), origin };
      }
    }
  }
  const madeIn = /^(.+?)\s*\((?:made in|from)\s+(.+)\)$/i.exec(text);
  if (madeIn) {
    const origin = countryOfAdjective(madeIn[2]);
    if (origin) return { text: madeIn[1], origin };
  }
  return { text };
}

/** "Kalashnikovs" → "Kalashnikov", "mortar bombs" → "mortar bomb": the last word in the singular. */
function singularLastWord(text: string): string {
  return text.replace(/(\p{Ll}{3,})s$/u, "$1");
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(?:lmg|hmg|smg|rpg)\b/i.test(word) ? "an" : "a";
}

function genericKey(text: string): string {
  return foldLetters(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

