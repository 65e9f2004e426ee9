import { WeaponDictionaryEntry } from "./dictionary/dictionarySchema";
import { foldLetters } from "./keyers/foldLetters";
import { NameIndex } from "./nameIndex";
import { RecentTexts } from "./recentTexts";
import { cleanName } from "./nameText";
import { answer, CONFIDENCE, notSamePairs, NotSamePairs, Resolution, ruledOut } from "./resolution";
import { stripCount } from "./determiners";
import { ClassNoun, leadingClassNoun, nounFits, trailingClassNoun, trailingClassNounAt } from "./weaponClassNouns";
import { Qualifiers, sameCalibre, stripQualifiers } from "./weaponQualifiers";
import { stripMaker, stripNationality, stripTrailingNationality } from "./weaponMakers";
import { stockContradicts, stripGloss } from "./weaponGlosses";
import { stripLauncher } from "./weaponLaunchers";
import { cartridgeNamedFor } from "./weaponCartridgeNames";
import { contextRefusal, mayDependOnCountry } from "./weaponContextNames";
import { isFamily, patternOf } from "./weaponPatterns";

/**
 * The words of a weapon name: runs of letters and runs of digits (decimal points kept), so
 * that "AK-47", "AK 47" and "ak47" meet while "AK-74" stays apart; "7,62 x 39 mm" and
 * "7.62×39" meet on 7.62 x 39; "mm" is dropped and "mmR" read as R.
 */
export function weaponTokens(text: string): string[] {
  let folded = foldLetters(cleanName(text));
  if (folded.includes(",")) folded = folded.replace(/(\d),(\d)/g, "$1.$2");
  // "7.62x39" reads 7.62, x, 39 as it is: only "×", which is no letter, must be written x.
  if (folded.includes("×")) folded = folded.replace(/(\d)\s*[x×]\s*(\d)/g, "$1 x $2");
  const tokens = asciiWeaponWords(folded) ?? folded.match(/\d+(?:\.\d+)*|\p{L}+/gu) ?? [];
  const result: string[] = [];
  for (const token of tokens) {
    if (token === "mm") continue;
    result.push(token === "mmr" ? "r" : token === "otan" ? "nato" : token);
  }
  return result;
}

/** The runs of digits (decimal points kept) and of letters of an ASCII text, in one pass, as `/\d+(?:\.\d+)*|\p{L}+/gu` reads them; undefined for other texts. */
function asciiWeaponWords(text: string): string[] | undefined {
  const words: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    let end = i + 1;
    if (isDigit(c)) {
      for (;;) {
        while (end < text.length && isDigit(text.charCodeAt(end))) end++;
        if (text.charCodeAt(end) === 0x2e && isDigit(text.charCodeAt(end + 1))) end += 2;
        else break;
      }
    } else if (isAsciiLetter(c)) {
      while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    } else {
      i = end;
      continue;
    }
    words.push(text.slice(i, end));
    i = end;
  }
  return words;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** Exact words, and words in any order. */
export function weaponKeys(text: string): string[] {
  return keysOfWeaponTokens(weaponTokens(text));
}

/** `weaponKeys` of words already read with `weaponTokens`. */
function keysOfWeaponTokens(tokens: readonly string[]): string[] {
  // Every word counts, repeated ones too: "M70/M70AB2" is two models, not the words of M70AB2.
  const spaced = tokens.join(" ");
  if (tokens.length < 2) return [spaced, spaced];
  if (tokens.length === 2) return [spaced, tokens[0] <= tokens[1] ? spaced : `${tokens[1]} ${tokens[0]}`];
  return [spaced, [...tokens].sort().join(" ")];
}

const LONG_GUNS = ["assault rifle", "battle rifle", "carbine", "self-loading carbine", "designated marksman/sniper rifle", "rifle", "shotgun"];
const GUNS = [...LONG_GUNS, "light machine gun", "general-purpose machine gun", "heavy machine gun", "sub-machine gun", "pistol", "revolver"];
const LAUNCHERS = ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "grenade launcher", "under-barrel grenade launcher", "multiple rocket launcher"];

/** The longest text read as a weapon name (the longest listed name is under 40 characters). */
const MAX_NAME_LENGTH = 200;

const COMPOUND_SEPARATORS = /\s*(?:\/|&|\+|;|,|\band\b|\bet\b|\bwith\b)\s*/i;
const COMPOUND_SPLIT = new RegExp(COMPOUND_SEPARATORS.source, "gi");

/** A text's words and keys, computed as asked (the exact words' key alone where no other is). */
interface WeaponForms {
  tokens: string[];
  keys?: string[];
  exact?: string;
}

export interface AmbiguousWeaponName {
  name: string;
  candidates: string[];
  note: string;
  classDecides?: boolean;
}

export interface WeaponResolverOptions {
  entries: readonly WeaponDictionaryEntry[];
  /** `classDecides`: a class noun written with the designation picks the one candidate it fits ("M84 machine gun"). */
  ambiguous: readonly AmbiguousWeaponName[];
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
  private readonly ambiguous = new Map<string, AmbiguousWeaponName>();
  private readonly generic = new Set<string>();
  private readonly memo = new Map<string, Resolution>();
  /** The words and keys of the texts one resolve reads (the cell and what is left as parts are set aside): each read once, forgotten at the next resolve. */
  private readonly forms = new RecentTexts<WeaponForms>();
  /** The ambiguous designation each refusal of resolveWhole came from, for a class noun to decide. */
  private readonly ambiguousOf = new WeakMap<Resolution, AmbiguousWeaponName>();
  private readonly notSame: NotSamePairs;

  constructor(options: WeaponResolverOptions) {
    this.notSame = notSamePairs(options.notSame, (text) => weaponKeys(text)[0]);
    this.index = new NameIndex(
      (text) => this.keysOf(text),
      (text) => this.tokensOf(text),
    );
    for (const entry of options.entries) {
      const source = options.sourceOf?.(entry.canonical) ?? "built-in dictionary";
      this.entries.set(entry.canonical, entry);
      this.index.add({ canonical: entry.canonical, relation: "canonical", name: entry.canonical, source });
      for (const alias of entry.aliases) this.index.add({ canonical: entry.canonical, relation: "alias", name: alias, source });
      for (const variant of entry.variants ?? []) this.index.add({ canonical: entry.canonical, relation: "variant", name: variant, source });
    }
    for (const item of options.ambiguous) this.ambiguous.set(weaponKeys(item.name)[0], item);
    for (const name of options.generic) this.generic.add(genericKey(name));
    this.forms.clear();
  }

  private formsOf(text: string): WeaponForms {
    let forms = this.forms.get(text);
    if (!forms) this.forms.set(text, (forms = { tokens: weaponTokens(text) }));
    return forms;
  }

  private tokensOf(text: string): string[] {
    return this.formsOf(text).tokens;
  }

  private keysOf(text: string): string[] {
    const forms = this.formsOf(text);
    return (forms.keys ??= keysOfWeaponTokens(forms.tokens));
  }

  /** `keysOf(text)[0]`, the exact words, without the words in any order. */
  private exactKeyOf(text: string): string {
    const forms = this.formsOf(text);
    return forms.keys ? forms.keys[0] : (forms.exact ??= forms.tokens.join(" "));
  }

  entry(canonical: string): WeaponDictionaryEntry | undefined {
    return this.entries.get(canonical);
  }

  /**
   * The canonical name of a raw weapon name. The incident's country, where given, is evidence
   * too: a nickname that names another weapon there ("Dushka" in Syria) is refused.
   */
  resolve(raw: string, country?: string | null): Resolution {
    this.forms.clear();
    if (country && mayDependOnCountry(raw)) {
      const refusal = contextRefusal(this.tokensOf(raw), country);
      if (refusal) return answer(raw, "ambiguous", null, refusal.candidates, `"${raw}" in ${country}: ${refusal.note}; not guessed.`);
    }
    const known = this.memo.get(raw);
    if (known) return known;
    const resolution = ruledOut(this.resolveFresh(raw), this.notSame.size > 0 ? this.notSame.get(this.exactKeyOf(raw)) : undefined);
    if (this.memo.size > 100_000) this.memo.clear();
    this.memo.set(raw, resolution);
    return resolution;
  }

  private resolveFresh(raw: string): Resolution {
    const cleaned = singularModels(cleanName(raw));
    if (!cleaned) return answer(raw, "unknown", null, [], "The cell is empty.");
    // A weapon name is a few words; a long text (a note, a description) is not read word by word.
    if (cleaned.length > MAX_NAME_LENGTH) return answer(raw, "unknown", null, [], `The cell holds ${cleaned.length} characters: too long to be a weapon name; kept as written.`);
    // An alias may itself begin with a nationality ("Chinese SKS", "Yugoslav M70").
    const literal = this.resolveWhole(raw, cleaned);
    if (literal) return literal;
    // "a PKM machine gun", "two PKM machine guns", "deux fusils": articles and counts are noise.
    const { text, origin } = stripNationality(stripCount(cleaned).text);
    const withOrigin = (resolution: Resolution): Resolution => (origin && !resolution.statedOrigin ? { ...resolution, statedOrigin: origin } : resolution);

    const whole = this.resolveWhole(raw, text) ?? (singularLastWord(text) !== text ? this.resolveWhole(raw, singularLastWord(text)) : undefined);
    if (whole) return withOrigin(whole);

    // "9×18mm Makarov": a cartridge named after its pistol is not the pistol.
    const cartridge = cartridgeNamedFor(text);
    const named = cartridge ? this.resolveWhole(raw, cartridge.name) : undefined;
    if (cartridge && named?.canonical && this.entries.get(named.canonical)?.kind === "weapon") {
      return answer(raw, "unknown", null, [], `"${text}" is the ${cartridge.calibre} cartridge named after ${named.canonical}, not the weapon; the cartridge is not in the dictionary.`);
    }

    // "AKM, 7.62×39mm": a calibre after the model describes it; not a second model.
    const qualifiers = stripQualifiers(text);
    const qualified = qualifiers ? this.readModel(raw, qualifiers.model, 1) : undefined;
    if (qualifiers && qualified) return withOrigin(this.qualified(raw, text, qualified, qualifiers));

    const compound = this.compound(raw, text);
    if (compound) return withOrigin(compound);

    if (this.isGeneric(text)) return withOrigin(answer(raw, "generic", null, [], `"${text}" is a class of weapon, not a model; kept as written.`));

    // Class nouns, calibres, roles and makers around the model.
    const model = this.readModel(raw, text, 0);
    if (model) return withOrigin(model);

    const fuzzy = this.fuzzy(raw, text);
    if (fuzzy) return withOrigin(fuzzy);
    return withOrigin(this.unknown(raw, text));
  }

  /**
   * The model a text names once the words written with it are set aside (NAMING-POLICY
   * weapons §5): class nouns after it or, in French, before it ("mitrailleuse PKM"),
   * calibres and roles ("PKM 7.62mm", "PG-7VL HEAT"), a manufacturer ("Norinco Type 56").
   * Each must agree with the model; one that does not is a refusal that says why. Undefined
   * where no model is found.
   */
  private readModel(raw: string, text: string, depth: number): Resolution | undefined {
    if (depth > 0) {
      const exact = this.resolveWhole(raw, text) ?? (singularLastWord(text) !== text ? this.resolveWhole(raw, singularLastWord(text)) : undefined);
      if (exact) return exact;
    }
    if (depth > 7) return undefined;
    const qualifiers = depth > 0 ? stripQualifiers(text) : undefined;
    if (qualifiers) {
      const found = this.readModel(raw, qualifiers.model, depth + 1);
      if (found) return this.qualified(raw, text, found, qualifiers);
    }
    // "PG-7V rockets for RPG-7": the round, which the launcher must fire.
    const launcher = stripLauncher(text);
    if (launcher) {
      const found = this.readModel(raw, launcher.round, depth + 1);
      if (found) return this.firedBy(raw, text, found, launcher.launcher, depth);
    }
    // "DShK mounted on a technical", "AKMS (underfolding stock)": how it was used or built.
    const gloss = stripGloss(text);
    if (gloss) {
      const found = this.readModel(raw, gloss.text, depth + 1);
      if (found?.canonical && stockContradicts(gloss.gloss, found.canonical)) return answer(raw, "unknown", null, [found.canonical], `"${text}": "${gloss.gloss}" is not the stock of ${found.canonical} (another variant?): not guessed.`);
      if (found) return found.canonical ? { ...found, status: found.status === "canonical" ? "alias" : found.status, reason: `${found.reason} ("${gloss.gloss}" describes it)` } : found;
    }
    // "fusil FAL belge", "de fabrication bulgare" after the model; "chinois" between a French noun and the model.
    const origin = stripTrailingNationality(text) ?? (depth > 0 ? stripNationality(text) : undefined);
    if (origin?.origin && origin.text !== text) {
      const found = this.readModel(raw, origin.text, depth + 1);
      if (found) return found.canonical && !found.statedOrigin ? { ...found, statedOrigin: origin.origin } : found;
    }
    // "Kalashnikov-type", "de type Kalachnikov": a family, never the model itself.
    const pattern = patternOf(text);
    if (pattern) {
      const found = this.readModel(raw, pattern, depth + 1);
      if (found?.canonical && !isFamily(found.canonical)) return answer(raw, "unknown", null, [found.canonical], `"${text}" names a weapon of the ${found.canonical} pattern, not that model: not guessed.`);
      if (found) return found;
    }
    const noun = trailingClassNoun(text) ?? leadingClassNoun(text);
    if (noun) {
      // "mortar 82mm", "mortier 60 mm": a calibre named by its class, in the other order;
      // "roquettes Grad", "mortiers de 60mm": a French noun whose English one ends the alias.
      const reordered =
        (noun.english && !text.startsWith(noun.model) ? this.resolveWhole(raw, `${noun.model} ${noun.english}`) : undefined) ??
        (/^\d/.test(noun.model) && !text.startsWith(noun.model) ? this.resolveWhole(raw, `${noun.model} ${noun.noun}`) : undefined);
      if (reordered?.canonical) return reordered;
      const found = this.readModel(raw, noun.model, depth + 1) ?? this.fuzzy(raw, noun.model);
      if (found) return this.classed(raw, text, found, noun);
      if (reordered) return reordered;
    }
    const maker = stripMaker(text);
    if (maker && maker.text) {
      const found = this.readModel(raw, maker.text, depth + 1);
      if (found) return found.canonical ? { ...found, statedOrigin: found.statedOrigin ?? maker.origin, reason: `${found.reason} (the maker's name set aside)` } : found;
    }
    return undefined;
  }

  /** A model found under a class noun: the noun must fit its category ("AK-47 rocket" is another weapon). */
  private classed(raw: string, text: string, found: Resolution, noun: ClassNoun): Resolution {
    if (!found.canonical) return this.decidedByClass(raw, found, noun);
    const entry = this.entries.get(found.canonical)!;
    if (!nounFits(noun.fits, entry.category)) {
      const candidates = entry.fires ?? entry.firedBy ?? [];
      const written = noun.noun.replace(/s$/, "");
      return answer(raw, "unknown", null, candidates, `"${text}": ${found.canonical} is ${article(entry.category)} ${entry.category}, not ${article(written)} ${written}; another weapon${candidates.length ? " (which round is not said)" : ""}: not guessed.`);
    }
    if (stockContradicts(noun.noun, found.canonical)) return answer(raw, "unknown", null, [found.canonical], `"${text}": "${noun.noun}" is not the stock of ${found.canonical} (another variant?): not guessed.`);
    return { ...found, status: found.status === "canonical" ? "alias" : found.status, reason: `${found.reason} ("${noun.noun}" is the class of the model)` };
  }

  /**
   * A bare designation that names several weapons, written with a class noun that fits only
   * one of them ("M84 general-purpose machine gun", "mitrailleuse M84", "Type 80 general-purpose
   * machine guns"): that one, where the designation's entry says a class decides. A generic
   * noun ("weapon", "system") decides nothing; a variant question (M16) is never decided so.
   */
  private decidedByClass(raw: string, found: Resolution, noun: ClassNoun): Resolution {
    if (found.status !== "ambiguous" || noun.fits === "any") return found;
    const item = this.ambiguousOf.get(found);
    if (!item?.classDecides) return found;
    const fitting = item.candidates.filter((c) => { const e = this.entries.get(c); return !!e && nounFits(noun.fits, e.category); });
    if (fitting.length !== 1) return found;
    return answer(raw, "alias", fitting[0], [], `"${noun.model}" names several weapons; "${noun.noun}" says which: ${fitting[0]}`, CONFIDENCE.alias);
  }

  /** A round written with its launcher ("OG-9 rounds for SPG-9"): the launcher must be one that fires it. */
  private firedBy(raw: string, text: string, found: Resolution, launcherText: string, depth: number): Resolution {
    if (!found.canonical) return found;
    const entry = this.entries.get(found.canonical)!;
    const launcher = this.readModel(raw, launcherText, depth + 1) ?? this.resolveWhole(raw, launcherText);
    if (entry.kind !== "ammunition" || !launcher?.canonical || !(entry.firedBy ?? []).includes(launcher.canonical)) {
      return answer(raw, "unknown", null, [found.canonical], `"${text}": ${launcher?.canonical ?? `"${launcherText}"`} is not a launcher that fires ${found.canonical}: not guessed.`);
    }
    return { ...found, status: found.status === "canonical" ? "alias" : found.status, reason: `${found.reason} (fired by ${launcher.canonical}, as written)` };
  }

  /** A model found under a calibre or a role word: they must agree with it ("AK-47 5.56mm" is not guessed). */
  private qualified(raw: string, text: string, found: Resolution, qualifiers: Qualifiers): Resolution {
    if (!found.canonical) return found;
    const entry = this.entries.get(found.canonical)!;
    const { calibre, role } = qualifiers;
    if (calibre && entry.calibre && !sameCalibre(calibre, entry.calibre)) {
      return answer(raw, "unknown", null, [found.canonical], `"${text}": the calibre ${calibre} contradicts ${found.canonical} (${entry.calibre}): not guessed.`);
    }
    if (role) {
      const fits = role.of === "round" ? entry.kind === "ammunition" || LAUNCHERS.includes(entry.category) : entry.kind === "weapon" && GUNS.includes(entry.category);
      if (!fits) return answer(raw, "unknown", null, [found.canonical], `"${text}": "${role.word}" does not describe ${article(entry.category)} ${entry.category} such as ${found.canonical}: not guessed.`);
    }
    const words = [calibre ? `"${calibre}" is its calibre` : "", role ? `"${role.word}" describes it` : ""].filter(Boolean).join(", ");
    return { ...found, status: found.status === "canonical" ? "alias" : found.status, reason: `${found.reason} (${words})` };
  }

  /**
   * A name not found, with the true reason: a known model followed by words the resolver
   * does not read ("PKM Pecheneg"), a designation that differs from a listed one in its
   * digits or suffix ("RPK-74", "PKP"), or simply a name the dictionary does not have.
   */
  private unknown(raw: string, text: string): Resolution {
    const candidates = this.index.sharingPrefix(text);
    const words = text.split(" ");
    for (let n = words.length - 1; n > 0; n--) {
      const known = this.resolveWhole(raw, words.slice(0, n).join(" "));
      if (known?.canonical) {
        return answer(raw, "unknown", null, [known.canonical], `"${text}": ${known.canonical} followed by "${words.slice(n).join(" ")}", words that are not a class, calibre or role (another model or a variant?): not guessed.`);
      }
    }
    if (candidates.length > 0 || /\d/.test(text)) return answer(raw, "unknown", null, candidates, `"${text}" is not in the dictionary; digits and suffixes are identity, never guessed.`);
    return answer(raw, "unknown", null, candidates, `"${text}" is not in the dictionary.`);
  }

  private resolveWhole(raw: string, text: string): Resolution | undefined {
    const exact = this.exactKeyOf(text);
    const ambiguous = this.ambiguous.get(exact);
    if (ambiguous) {
      const refused = answer(raw, "ambiguous", null, ambiguous.candidates, `"${text}" names several weapons (${ambiguous.note}).`);
      this.ambiguousOf.set(refused, ambiguous);
      return refused;
    }
    // The words in any order are keyed only where the exact words find nothing.
    const found = this.index.findByLayers({ layer: (layer) => (layer === 0 ? exact : this.keysOf(text)[layer]) });
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
    const at = trailingClassNounAt(text);
    const body = at > 0 ? text.slice(0, at) : text;
    const noun = at > 0 ? text.slice(at) : "";
    const parts = body.split(COMPOUND_SPLIT).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) return undefined;
    const named: string[] = [];
    let previous = "";
    for (const part of parts) {
      // "-2" after "Type 56-1" is "Type 56-2".
      // "56-1" after "Type 56" is "Type 56-1": the words before the previous part's digits.
      const prefix = /^\d/.test(part) ? /^(\D*\p{L}\D*?)\s*\d/u.exec(previous)?.[1] : undefined;
      const expanded = /^-\w+$/.test(part) && previous.includes("-") ? previous.slice(0, previous.lastIndexOf("-")) + part : prefix ? `${prefix.trim()} ${part}` : part;
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

/** "Kalashnikovs" → "Kalashnikov", "mortar bombs" → "mortar bomb": the last word in the singular. */
function singularLastWord(text: string): string {
  return text.endsWith("s") ? text.replace(/(\p{Ll}{3,})s$/u, "$1") : text;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) || /^(?:lmg|hmg|smg|rpg)\b/i.test(word) ? "an" : "a";
}

function genericKey(text: string): string {
  return foldLetters(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

