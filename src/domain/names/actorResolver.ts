import { findCountry } from "../vocabulary/countries";
import { countryOfAdjective, NATIONALITY_ADJECTIVES } from "../vocabulary/nationalities";
import { ActorDictionaryEntry, ContextAlias } from "./dictionary/dictionarySchema";
import { actorKeys, actorTokens, keysOfTokens } from "./actorKeys";
import { foldLetters } from "./keyers/foldLetters";
import { IndexTarget, NameIndex } from "./nameIndex";
import { cleanName } from "./nameText";
import { acledLabel } from "./acledLabels";
import { editDistance } from "../text/closest";
import { capitalise } from "../text/capitalise";
import { answer, CONFIDENCE, isMapped, notSamePairs, NotSamePairs, Resolution, ruledOut } from "./resolution";
import { stripArticles } from "./determiners";
import { contradictsFamily, Family, familyOfActor, parseAffiliation } from "./affiliations";
import { readParenthetical } from "./parentheticals";
import { translationKey } from "./translations";
import { confusableCountries } from "./confusableCountries";
import { isInitialismOf, nationalityOf, readDescriptors } from "./descriptors";

/** The keys and words of actor names live in actorKeys.ts; re-exported for the modules that read them here. */
export { actorKeys, actorTokens };

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
  /**
   * The normal forms of the texts one resolve reads (the cell, its parts, the words left when
   * descriptors are set aside): each computed once per resolve, forgotten at the next one.
   */
  private readonly forms = new Map<string, { tokens: string[]; keys?: string[]; translation?: ReturnType<typeof translationKey> | null }>();
  private readonly protectedWords: Set<string>;
  private readonly notSame: NotSamePairs;
  /** ACLED's own actor strings, letter for letter → canonical name. */
  private readonly acledForms = new Map<string, string>();
  /** Each entry's code (the dictionary's `code`), by its key → the canonical names that have it. */
  private readonly codes = new Map<string, Set<string>>();
  /** Translation key (English and French alike) → the names under it. */
  private readonly translations = new Map<string, { canonicals: Set<string>; contexts: Set<ContextAlias>; name: string; english: boolean }>();

  constructor(options: ActorResolverOptions) {
    this.notSame = notSamePairs(options.notSame, (text) => actorKeys(text)[0]);
    this.index = new NameIndex((text) => this.keys(text), (text) => this.tokens(text));
    for (const entry of options.entries) {
      const source = options.sourceOf?.(entry.canonical) ?? "built-in dictionary";
      this.entries.set(entry.canonical, entry);
      const codeKey = actorKeys(entry.code)[0];
      if (codeKey) this.codes.set(codeKey, (this.codes.get(codeKey) ?? new Set()).add(entry.canonical));
      this.index.add({ canonical: entry.canonical, relation: "canonical", name: entry.canonical, source });
      for (const alias of entry.aliases) this.index.add({ canonical: entry.canonical, relation: "alias", name: alias, source });
      for (const form of entry.acled ?? []) {
        this.acledForms.set(form, entry.canonical);
        // A form with its regime period is ACLED's name for the entry in that period only: read
        // whole, never by its words without the period.
        if (!entry.aliases.includes(form) && !REGIME_PERIOD.test(form)) this.index.add({ canonical: entry.canonical, relation: "alias", name: form, source });
      }
    }
    for (const context of options.contextAliases) {
      for (const key of contextKeys(context.alias)) this.contextByKey.set(key, context);
      this.addTranslation(context.alias, undefined, context);
    }
    for (const entry of options.entries) for (const name of [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]) this.addTranslation(name, entry.canonical, undefined);
    this.protectedWords = new Set([...NATIONALITY_ADJECTIVES.flatMap((a) => a.split(" ")), "niger", "nigeria", "mali", "chad", "sudan", "somalia", "congo", "guinea", "gambia", "zambia", "gambia"]);
    this.forms.clear();
  }

  private formsOf(text: string): { tokens: string[]; keys?: string[]; translation?: ReturnType<typeof translationKey> | null } {
    let forms = this.forms.get(text);
    if (!forms) this.forms.set(text, (forms = { tokens: actorTokens(text) }));
    return forms;
  }

  private tokens(text: string): string[] {
    return this.formsOf(text).tokens;
  }

  private keys(text: string): string[] {
    const forms = this.formsOf(text);
    return (forms.keys ??= keysOfTokens(forms.tokens));
  }

  private translationKeyOf(text: string): ReturnType<typeof translationKey> {
    const forms = this.formsOf(text);
    if (forms.translation === undefined) forms.translation = translationKey(text) ?? null;
    return forms.translation ?? undefined;
  }

  /** The keys under which a name's meaning may depend on the country: exact words, words run together, transliterated. */
  private contextKeys(text: string): string[] {
    const [exact, compact, , transliterated] = this.keys(text);
    return [exact, compact, transliterated].filter(Boolean);
  }

  private addTranslation(name: string, canonical: string | undefined, context: ContextAlias | undefined): void {
    const key = translationKey(cleanName(name));
    if (!key) return;
    let hit = this.translations.get(key.key);
    if (!hit) this.translations.set(key.key, (hit = { canonicals: new Set(), contexts: new Set(), name, english: !key.translated }));
    if (canonical) hit.canonicals.add(canonical);
    if (context) hit.contexts.add(context);
    if (!key.translated && !hit.english) Object.assign(hit, { english: true, name });
  }

  /**
   * A plain translation between English and French of a listed name ("Armée de libération
   * oromo", "Province de l'État islamique au Sahel"): the name it translates, where exactly
   * one actor (or one country-dependent name) has that translation key. A state force
   * outside its own country is refused: the adjective may be a neighbour's (nigérian /
   * nigérien).
   */
  private translated(raw: string, text: string, country: string | null, note: string): Resolution | undefined {
    const key = this.translationKeyOf(text);
    const hit = key ? this.translations.get(key.key) : undefined;
    // A translation, either way: French written for a name listed in English, or English for a
    // name listed only in French. English written for an English name in other words is not one.
    if (!key || !hit || !(key.translated ? hit.english : !hit.english)) return undefined;
    if (hit.contexts.size > 0) return hit.contexts.size === 1 && hit.canonicals.size <= 1 ? this.byContext(raw, text, [...hit.contexts][0], country, `${note} (a translation of "${[...hit.contexts][0].alias}")`) : undefined;
    if (hit.canonicals.size !== 1) return undefined;
    const [canonical] = hit.canonicals;
    const entry = this.entries.get(canonical);
    if (country && entry?.type === "State forces" && !entry.countries.includes(country)) {
      return answer(raw, "unknown", null, unique([canonical, ...this.entriesOfState(country)]), `"${text}" translates a name of ${canonical}, but the incident is in ${country}: not guessed.`);
    }
    return answer(raw, "alias", canonical, [], `"${text}" translates "${hit.name}", a name of ${canonical}${note}`, CONFIDENCE.alias);
  }

  /** The dictionary entry of a canonical name. */
  entry(canonical: string): ActorDictionaryEntry | undefined {
    return this.entries.get(canonical);
  }

  resolve(raw: string, country?: string | null): Resolution {
    return this.resolveIn(raw, country ?? null, false);
  }

  /**
   * A name whose row's country is not known (a weapon row checked without its incident
   * sheet, or whose incident id does not resolve): names whose meaning depends on the
   * country ("ISIS", "Al Shabaab") are refused, never read as they are read with no country.
   */
  resolveWithoutCountry(raw: string): Resolution {
    return this.resolveIn(raw, null, true);
  }

  /** Whether the name being resolved has a country that is not known (not merely absent). */
  private countryUnknown = false;

  private resolveIn(raw: string, country: string | null, countryUnknown: boolean): Resolution {
    const context = countryUnknown ? "\u0000unknown" : (country ?? "");
    let byRaw = this.memo.get(context);
    const known = byRaw?.get(raw);
    if (known) return known;
    this.countryUnknown = countryUnknown;
    this.forms.clear();
    let fresh: Resolution;
    try {
      fresh = this.resolveFresh(raw, country);
    } finally {
      this.countryUnknown = false;
    }
    const resolution = ruledOut(this.countryEvidence(fresh, country), this.notSame.get(this.keys(raw)[0]));
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
    const form = splitAcledForm(text);
    const base = form.base;
    const periodNote = form.period ? ` (ACLED regime period${form.unit ? " and unit" : ""} set aside for matching)` : "";

    // ACLED's "A and/or B", and "Military Forces of Mali (2021-)/Wagner": two actors, whatever
    // the first one's form (the period must not swallow the second as a "unit").
    const acledCompound = this.acledCompound(raw, text, country, form);
    if (acledCompound) return acledCompound;

    const recognised = this.recognisedForm(raw, form, country);
    if (recognised) return recognised;

    const direct = this.resolveWhole(raw, base, country, periodNote);
    if (direct) return this.keepingForm(direct, form, country);

    const denoised = stripNoise(base);
    if (denoised !== base && denoised) {
      const found = this.resolveWhole(raw, denoised, country, ` (descriptor words around the name set aside)${periodNote}`);
      if (found) return this.keepingForm(found, form, country);
    }

    const affiliated = this.affiliated(raw, denoised || base, country);
    if (affiliated) return affiliated;

    const parenthesised = this.parenthesised(raw, base, country);
    if (parenthesised) return parenthesised;

    // "Wagner Group (Mali)": a named actor with the country in brackets, as ACLED disambiguates.
    const bracketed = TRAILING_BRACKETS.exec(base);
    const bracketCountry = bracketed ? findCountry(bracketed[2]) : undefined;
    if (bracketed && bracketCountry) {
      // Recognised as written (the brackets carry the branch or the place), never rewritten.
      const inner = this.exactCanonical(bracketed[1], bracketCountry.name);
      if (inner) return this.acledAnswer(raw, inner, `${bracketed[1]} in ${bracketCountry.name}, written with the country in brackets as ACLED does: ${inner}`, form, false);
      // "Boko Haram Group (Nigeria)", "CODECO Militia (…)": a listed actor in a label's clothes, not a label.
      const labelled = /^(.+?)\s+(?:Group|Militia)$/i.exec(bracketed[1]);
      const named = labelled ? this.exactCanonical(labelled[1], bracketCountry.name) : undefined;
      if (named) return answer(raw, "alias", named, [], `"${labelled![1]}" is ${named}, written as an ACLED label with the country in brackets`, CONFIDENCE.variant);
    }

    const label = acledLabel(text);
    if (label) return answer(raw, "generic", null, [], `"${text}" is ACLED's label for ${label.family}, not a named actor; kept as written.`);

    const compound = this.compound(raw, base, country);
    if (compound) return compound;

    if (GENERIC_PATTERNS.some((pattern) => pattern.test(base))) {
      return answer(raw, "generic", null, [], `"${base}" is a generic description, not a named actor; kept as written.`);
    }

    const army = this.nationalArmy(raw, denoised || base, country);
    if (army) return this.keepingForm(army, form, country);

    const describedBy = this.describedByWords(raw, base, country);
    if (describedBy) return describedBy;

    const stateTypo = this.misspeltStateForce(raw, base, periodNote, country);
    if (stateTypo) return this.keepingForm(stateTypo, form, country);

    // The whole name first: descriptor words taken off may be part of it ("Rapid Suport Forces").
    const fuzzy = this.index.fuzzy(base, (word) => this.protectedWords.has(word)) ?? (denoised && denoised !== base ? this.index.fuzzy(denoised, (word) => this.protectedWords.has(word)) : undefined);
    if (fuzzy) {
      const canonicals = unique(fuzzy.targets.map((t) => t.canonical));
      if (canonicals.length > 1) return answer(raw, "ambiguous", null, canonicals, `"${base}" is one or two letters away from several names.`);
      const target = fuzzy.targets[0];
      if (this.contextKeys(target.name).some((key) => this.contextByKey.has(key))) {
        return answer(raw, "unknown", null, canonicals, `"${base}" looks like a misspelt "${target.name}", a name whose meaning depends on the country: not guessed.`);
      }
      // A typo guess for an actor not known to act in the incident's country is two doubts at
      // once ("MINUSCA" is one letter from MINUSMA, but in the Central African Republic): refused.
      const targetEntry = this.entries.get(target.canonical);
      if (country && targetEntry && targetEntry.countries.length > 0 && !targetEntry.countries.includes(country)) {
        return answer(raw, "unknown", null, canonicals, `"${base}" looks like "${target.name}" misspelt, but ${target.canonical} is not known to act in ${country}: not guessed.`);
      }
      const found = answer(raw, "fuzzy", target.canonical, [], `typo in "${fuzzy.word}": ${target.relation === "canonical" ? "" : `alias "${target.name}" of `}${target.canonical}${periodNote}`, CONFIDENCE.fuzzy - 0.1 * (fuzzy.edits - 1));
      // A typo inside one of ACLED's own forms is fixed to that form, period and unit kept.
      if (this.acledForms.has(target.name) || (form.suffix && isStateForceForm(target.name))) found.fix = target.name;
      return this.keepingForm(found, form, country);
    }

    const unknown = answer(raw, "unknown", null, this.index.sharingPrefix(denoised || base), `"${base}" is not in the dictionary and is not close enough to a known name to guess.`);
    unknown.notInDictionary = true;
    return unknown;
  }

  /**
   * The country as evidence against a name (NAMING-POLICY actors §9): an actor written for
   * an incident in a country where it is not known to act is refused where a namesake or a
   * local body of that name could be meant (the dictionary says so: "Hamas" in Algeria), and
   * otherwise mapped with a lower confidence and a reason that says so. Names whose meaning
   * the country decides already (context aliases) are left as they are.
   */
  private countryEvidence(resolution: Resolution, country: string | null): Resolution {
    if (!country || !resolution.canonical || resolution.status === "context") return resolution;
    const entry = this.entries.get(resolution.canonical);
    if (!entry || entry.countries.length === 0 || entry.countries.includes(country)) return resolution;
    if (entry.type === "State forces" && !entry.typeHistory) {
      // A state force outside its own countries: a name that is not ACLED's state-force form
      // ("FAMa" in Burkina Faso), or any form of a country easily confused with the incident's
      // ("Military Forces of Nigeria" in Niger), may mean the incident country's own forces.
      const confusable = entry.countries.some((own) => confusableCountries(own, country));
      const acledForm = resolution.stateForm || STATE_FORCE_FORM.test(splitAcledForm(cleanName(resolution.raw)).base);
      if (confusable || !acledForm) {
        return answer(resolution.raw, "unknown", null, unique([entry.canonical, ...this.entriesOfState(country)]), `"${cleanName(resolution.raw)}" names the state forces of ${entry.countries.join(", ")}, but the incident is in ${country}${confusable ? ", a name easily confused with it" : ""}: not guessed.`);
      }
    }
    if (entry.namesake) {
      return answer(resolution.raw, "unknown", null, [entry.canonical], `"${cleanName(resolution.raw)}" in ${country}: ${entry.canonical} is not known to act there, and ${entry.namesake}: not guessed.`);
    }
    // Written as the canonical name or ACLED's form, the name is still counted as written; the
    // confidence and the reason say that the actor is not known to act there.
    return { ...resolution, confidence: Math.min(resolution.confidence, CONFIDENCE.fuzzy), reason: `${resolution.reason}; ${entry.canonical} is not known to act in ${country}` };
  }

  /**
   * A name in ACLED's own form (NAMING-POLICY actors §2): a state-force name "Military
   * Forces of Mali (2021-)" with its period and unit, one of ACLED's actor strings listed in
   * the dictionary ("JNIM: Group for Support of Islam and Muslims", "Al Shabaab"), or ACLED's
   * "CODE: Full name" pattern whose parts name a listed actor. It counts as its actor and no
   * fix rewrites it. A unit that is itself a listed actor is that actor: "Military Forces of
   * Sudan (2019-) Rapid Support Forces" is the Rapid Support Forces.
   */
  private recognisedForm(raw: string, form: AcledForm, country: string | null): Resolution | undefined {
    // A form ACLED writes with one regime period only ("Military Forces of Syria (2000-)": the
    // Assad-era forces, the Syrian Arab Army) names the entry that lists it with that period.
    const periodic = form.period ? this.acledForms.get(`${form.base} ${form.period}`) : undefined;
    if (periodic) {
      const unit = form.unit ? this.unitActor(form.unit, country, periodic) : undefined;
      const isState = STATE_FORCE_FORM.test(form.base);
      return this.acledAnswer(raw, unit ?? periodic, unit ? `ACLED's name for the ${form.unit} of ${periodic}: the unit is ${unit}` : `ACLED's name for ${periodic} in the regime period ${form.period}${form.unit ? ` (unit: ${form.unit})` : ""}`, form, isState);
    }
    const listed = this.acledForms.get(form.base);
    // "Al Shabaab" is ACLED's name for the Somali group, but the same words in Mozambique
    // name the Islamic State there: a country-dependent name follows its country.
    const context = listed ? this.contextKeys(form.base).map((key) => this.contextByKey.get(key)).find(Boolean) : undefined;
    const inContext = !context ? listed : country ? (country in context.byCountry ? context.byCountry[country] : context.elsewhere) : this.countryUnknown ? undefined : listed;
    if (listed && inContext === listed) return this.acledAnswer(raw, listed, `ACLED's name for ${listed}`, form, false);
    const state = STATE_FORCE_FORM.exec(form.base);
    if (state) {
      const stateCountry = findCountry(state[3]);
      if (!stateCountry || stateCountry.former || stateCountry.name !== state[3]) return undefined;
      const canonical = this.stateForceOf(state[1] as "Military" | "Police", stateCountry.name, form.base);
      const unit = form.unit ? this.unitActor(form.unit, country, canonical) : undefined;
      if (unit) return this.acledAnswer(raw, unit, `ACLED's name for the ${form.unit} of the state forces of ${stateCountry.name}: the unit is ${unit}, not the state forces`, form, true);
      const misspelt = form.unit ? this.misspeltUnit(form.unit, canonical) : undefined;
      if (misspelt && form.unit) {
        const found = answer(raw, "fuzzy", misspelt.canonical, [], `the unit "${form.unit}" looks like "${misspelt.name}" misspelt: ${misspelt.canonical}, not the state forces of ${stateCountry.name}`, CONFIDENCE.fuzzy);
        found.fix = form.base + form.suffix.replace(form.unit, misspelt.name);
        found.period = form.period ?? undefined;
        found.unit = misspelt.name;
        found.stateForm = true;
        return found;
      }
      return this.acledAnswer(raw, canonical, `ACLED's name for the ${state[1] === "Police" ? "police" : "state"} forces of ${stateCountry.name}${form.period ? ", with its regime period" : ""}${form.unit ? ` and unit (${form.unit})` : ""}`, form, true);
    }
    // "CODE: Full name": the full name must name the actor (a code alone is shared: "JaS:
    // Levant Front" is not Boko Haram's JAS), the code must not name another, and ACLED's
    // "A and/or B" compounds are two actors, never one.
    const coded = COMPOUND_MARK.test(form.base) ? null : CODED_NAME.exec(form.base);
    if (coded) {
      const [, code, fullName] = coded;
      const inner = splitTrailingUnit(fullName);
      const byName = this.exactCanonical(inner.base, country) ?? this.exactCanonical(fullName, country);
      const byCode = this.exactCanonical(code, country);
      const canonical = byName;
      // A code the dictionary does not know is ACLED's own ("JWS: Syrian National Army"); one
      // that names another actor, or that the row's country refuses ("IS" in Niger), is not.
      const codeRefused = !byCode && this.contextKeys(code).some((key) => this.contextByKey.has(key));
      // A code that is not a name but another entry's code ("AMB: Ansar Dine") names that entry.
      const codeHolders = byCode ? undefined : this.codes.get(this.keys(code)[0]);
      const codeOf = byName && codeHolders && !codeHolders.has(byName) ? [...codeHolders][0] : byCode;
      if (byName && ((codeOf && byName !== codeOf) || codeRefused)) {
        return answer(raw, "unknown", null, unique([byName, ...(codeOf ? [codeOf] : [])]), `"${code}" is not a code of ${byName}${codeOf ? ` (it names ${codeOf})` : ""}: in ACLED's "code: name" form both must name one actor; not guessed.`);
      }
      if (canonical) {
        return this.acledAnswer(raw, canonical, `ACLED's "code: name" form of ${canonical}${inner.unit ? ` (${inner.unit})` : ""}`, { ...form, unit: form.unit ?? inner.unit }, false);
      }
    }
    return undefined;
  }

  private acledAnswer(raw: string, canonical: string, reason: string, form: AcledForm, stateForm: boolean): Resolution {
    const resolution = answer(raw, raw === canonical ? "canonical" : "acled", canonical, [], raw === canonical ? "the canonical name" : reason, CONFIDENCE.canonical);
    if (form.period) resolution.period = form.period;
    if (form.unit) resolution.unit = form.unit;
    if (stateForm) resolution.stateForm = true;
    return resolution;
  }

  /** The canonical name a text maps to exactly (canonical, alias or country context; no typo), or undefined. */
  private exactCanonical(text: string, country: string | null): string | undefined {
    const found = this.resolveWhole(text, text, country, "");
    return found && (found.status === "canonical" || found.status === "alias" || found.status === "context") ? (found.canonical ?? undefined) : undefined;
  }

  /** The listed actor a state-force unit names, where it names one other than the force itself. */
  private unitActor(unit: string, country: string | null, force: string): string | undefined {
    const canonical = this.exactCanonical(unit, country);
    return canonical && canonical !== force ? canonical : undefined;
  }

  /** A unit that looks like a listed actor's name misspelt ("Rapid Suport Forces"): that name, or undefined. */
  private misspeltUnit(unit: string, force: string): { canonical: string; name: string } | undefined {
    const fuzzy = this.index.fuzzy(unit, (word) => this.protectedWords.has(word));
    if (!fuzzy) return undefined;
    const canonicals = unique(fuzzy.targets.map((t) => t.canonical));
    if (canonicals.length !== 1 || canonicals[0] === force) return undefined;
    return { canonical: canonicals[0], name: fuzzy.targets[0].name };
  }

  /** The canonical name of a country's military or police forces. */
  private stateForceOf(kind: "Military" | "Police", country: string, written: string): string {
    if (kind === "Military") {
      const listed = this.index.findByKeys(this.keys(written))?.targets.find((t) => this.entries.get(t.canonical)?.type === "State forces");
      if (listed) return listed.canonical;
    }
    // Only a listed name says which entry a country's forces are: the country alone does not
    // ("Military Forces of Afghanistan (2004-2021)" were not the Taliban).
    return written;
  }

  /**
   * "Militery Forces of Mali", "Police Force of Benin": ACLED's state-force pattern with a
   * letter typo in its words and a country it knows, read as that pattern.
   */
  private misspeltStateForce(raw: string, text: string, note: string, country: string | null): Resolution | undefined {
    const match = /^(\S+)\s+(\S+)\s+of\s+(?:(the)\s+)?(.+)$/i.exec(text);
    if (!match) return undefined;
    const kind = withinEdits(match[1], "military", 1) ? "Military" : withinEdits(match[1], "police", 1) ? "Police" : undefined;
    if (!kind || !withinEdits(match[2], "forces", 1)) return undefined;
    const stateCountry = findCountry(match[4]);
    if (!stateCountry || stateCountry.former) return undefined;
    const other = otherCountry(raw, match[4], stateCountry.name, country);
    if (other) return other;
    const written = `${kind} Forces of ${match[3] ? "the " : ""}${stateCountry.name}`;
    if (written === text) return undefined;
    const canonical = this.stateForceOf(kind, stateCountry.name, written);
    const found = answer(raw, "fuzzy", canonical, [], `typo in ACLED's state-force name: "${written}"${note}`, CONFIDENCE.fuzzy);
    found.fix = written;
    return found;
  }

  /**
   * A mapped name whose cell carries an ACLED regime period or unit: the fix keeps them
   * (NAMING-POLICY actors §2), and a unit that is another listed actor decides the actor.
   */
  private keepingForm(resolution: Resolution, form: AcledForm, country: string | null): Resolution {
    if (!form.suffix || !resolution.canonical) return resolution;
    const kept: Resolution = { ...resolution };
    if (form.period) kept.period = form.period;
    if (form.unit) kept.unit = form.unit;
    const unit = form.unit ? this.unitActor(form.unit, country, resolution.canonical) : undefined;
    const misspelt = form.unit && !unit ? this.misspeltUnit(form.unit, resolution.canonical) : undefined;
    if (unit) {
      kept.canonical = unit;
      kept.reason = `${resolution.reason}; its unit "${form.unit}" is ${unit}`;
    } else if (misspelt) {
      // A unit that looks like another actor misspelt is not guessed through a second typo.
      return answer(resolution.raw, "unknown", null, [misspelt.canonical, resolution.canonical], `"${form.unit}" looks like "${misspelt.name}" misspelt inside a name that is itself not written as ACLED writes it: not guessed.`);
    }
    if (kept.status !== "canonical") {
      const base = resolution.fix ?? (isStateForceForm(resolution.canonical) ? resolution.canonical : (this.stateFormOf(resolution.canonical) ?? resolution.canonical));
      kept.fix = base + form.suffix;
    }
    if (kept.status === "canonical") kept.status = "acled";
    return kept;
  }

  /** ACLED's "Military Forces of X" name for a state force listed under another canonical name. */
  private stateFormOf(canonical: string): string | undefined {
    const entry = this.entries.get(canonical);
    if (!entry || entry.type !== "State forces") return undefined;
    return entry.aliases.find(isStateForceForm);
  }

  /** The whole text as one name: canonical, context-dependent, alias or ACLED state-force pattern. */
  private resolveWhole(raw: string, text: string, country: string | null, note: string): Resolution | undefined {
    const keys = this.keys(text);
    const context = this.contextByKey.get(keys[0]) ?? this.contextByKey.get(keys[1]) ?? this.contextByKey.get(keys[3]);
    if (context) return this.byContext(raw, text, context, country, note);
    const found = this.index.findByKeys(keys);
    if (found) {
      const canonicals = unique(found.targets.map((t) => t.canonical));
      if (canonicals.length > 1) return answer(raw, "ambiguous", null, this.activeIn(canonicals, country), `"${text}" names several actors in the dictionaries.`);
      const target = found.targets[0];
      if (raw === target.canonical) return answer(raw, "canonical", target.canonical, [], "the canonical name", CONFIDENCE.canonical);
      const contradiction = this.nationalityContradiction(raw, text, target.canonical, country);
      if (contradiction) return contradiction;
      const how = target.relation === "canonical" ? `"${target.canonical}" written differently` : `alias "${target.name}" of ${target.canonical}${target.source !== "built-in dictionary" ? ` (${target.source})` : ""}`;
      return answer(raw, "alias", target.canonical, [], `${how}${note}`, CONFIDENCE.alias);
    }
    const translated = this.translated(raw, text, country, note);
    if (translated) return translated;
    const pattern = STATE_FORCE_PATTERN.exec(text);
    if (pattern) {
      const stateCountry = findCountry(pattern[2]);
      const other = stateCountry && !stateCountry.former ? otherCountry(raw, pattern[2].replace(/^the\s+/i, ""), stateCountry.name, country) : undefined;
      if (other) return other;
      if (stateCountry && !stateCountry.former) {
        // ACLED keeps "the" where it writes it ("Military Forces of the United States").
        const canonical = this.stateForceOf(pattern[1] as "Military" | "Police", stateCountry.name, `${pattern[1]} Forces of ${/^the\s/i.test(pattern[2]) ? "the " : ""}${stateCountry.name}`);
        return raw === canonical
          ? answer(raw, "canonical", canonical, [], "ACLED's name for the state forces of a country", CONFIDENCE.canonical)
          : answer(raw, "alias", canonical, [], `ACLED's name for the state forces of ${stateCountry.name}${note}`, CONFIDENCE.alias);
      }
    }
    return undefined;
  }

  private byContext(raw: string, text: string, context: ContextAlias, country: string | null, note: string): Resolution {
    const candidates = this.activeIn(unique([...Object.values(context.byCountry), context.elsewhere, context.withoutCountry].filter((c): c is string => !!c)), country);
    if (!country) {
      if (this.countryUnknown) return answer(raw, "ambiguous", null, candidates, `"${text}" depends on the country (${context.note}), and the row's country is not known (no incident row gives it): not guessed.`);
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
   * The candidates known to act in the incident's country (NAMING-POLICY actors §9): "ISIS"
   * in Niger lists the two branches active there, not every branch. All of them where none
   * acts there, or where the country is not given.
   */
  private activeIn(candidates: string[], country: string | null): string[] {
    if (!country) return candidates;
    const active = candidates.filter((c) => this.entries.get(c)?.countries.includes(country));
    return active.length > 0 ? active : candidates;
  }

  /**
   * "Al-Qaeda affiliate JNIM", "IS-linked ISWAP", "JNIM, an al-Qaeda affiliate"
   * (NAMING-POLICY actors §8): the phrase names the parent; the actor is the one named beside
   * it, never the parent.
   */
  private affiliated(raw: string, text: string, country: string | null): Resolution | undefined {
    const affiliation = parseAffiliation(text);
    if (!affiliation || !affiliation.name) return undefined;
    return this.described(raw, this.resolveFresh(affiliation.name, country), affiliation.parent, `the affiliation "${affiliation.phrase}" set aside`);
  }

  /**
   * A named actor with words around it that describe it: mapped as the actor, unless a
   * parent the words name is of the other family ("IS-linked JNIM": not guessed). A refusal
   * of the named part stays a refusal; a part the dictionary does not know is left to the
   * other rules (undefined).
   */
  private described(raw: string, named: Resolution, parent: Family | undefined, note: string): Resolution | undefined {
    if (!isMapped(named.status) || !named.canonical) {
      return named.status === "ambiguous" || named.status === "compound" || (named.status === "unknown" && !named.notInDictionary) ? { ...named, raw } : undefined;
    }
    if (parent && contradictsFamily(named.canonical, parent)) {
      return answer(raw, "unknown", null, [named.canonical], `"${cleanName(raw)}" names ${parent === "al-Qaeda" ? "al-Qaeda" : "the Islamic State"} as the parent, but ${named.canonical} is ${familyOfActor(named.canonical) === "al-Qaeda" ? "an al-Qaeda" : "an Islamic State"} affiliate: not guessed.`);
    }
    return this.around(raw, named, note);
  }

  /** The answer for a cell whose name was found inside words set aside: the name's actor, never a recognised form of the whole cell. */
  private around(raw: string, named: Resolution, note: string): Resolution {
    const status = named.status === "fuzzy" || named.status === "context" ? named.status : "alias";
    const why = named.status === "canonical" || named.status === "acled" ? `"${cleanName(named.raw)}" is ${named.status === "canonical" ? "the canonical name" : named.reason}` : named.reason;
    const found = answer(raw, status, named.canonical, [], `${why}; ${note}`, Math.min(named.confidence, CONFIDENCE.alias));
    if (named.stateForm) found.stateForm = true;
    return found;
  }

  /**
   * A name with a parenthesis after it (NAMING-POLICY actors §8): "Front de libération du
   * Macina (FLM)", "Islamic State (ISIS)", "Al-Shabaab (al-Qaeda affiliate)". The same actor
   * or a description is noise; a branch of an umbrella name says which branch ("Islamic
   * State (Sahel Province)"); another actor makes the cell compound; a splinter or faction is
   * not the actor. Country and regime-period parentheses are ACLED's own, read elsewhere.
   */
  private parenthesised(raw: string, text: string, country: string | null): Resolution | undefined {
    const parts = readParenthetical(text);
    if (!parts) return undefined;
    const outer = this.resolveFresh(parts.outer, country);
    const written = cleanName(raw);
    if (!isMapped(outer.status) || !outer.canonical) {
      if (parts.kind === "name" && outer.status === "ambiguous") {
        const inner = this.resolveFresh(parts.inner, country);
        if (isMapped(inner.status) && inner.canonical && outer.candidates.includes(inner.canonical)) return this.around(raw, inner, `"${parts.outer}" is an umbrella name; "${parts.inner}" in parentheses says which`);
      }
      return outer.status === "ambiguous" || outer.status === "compound" || (outer.status === "unknown" && !outer.notInDictionary) ? { ...outer, raw } : undefined;
    }
    if (parts.kind === "part") {
      return answer(raw, "unknown", null, [outer.canonical], `"${written}": "(${parts.inner})" says a splinter, faction or former part of ${outer.canonical}, not ${outer.canonical} itself: not guessed.`);
    }
    if (parts.kind === "affiliation") return this.described(raw, outer, parts.affiliation.parent, `the gloss "(${parts.inner})" set aside`);
    if (parts.kind === "description") return this.around(raw, outer, `the description "(${parts.inner})" set aside`);
    const inner = this.resolveFresh(parts.inner, country);
    // "Forces armées burkinabè (FABF)": an acronym no dictionary lists, made of the outer name's initials.
    if (inner.status === "unknown" && inner.notInDictionary && isInitialismOf(parts.inner, parts.outer)) return this.around(raw, outer, `"${parts.inner}" in parentheses is the initials of "${parts.outer}"`);
    if (inner.status === "generic") return this.around(raw, outer, `the description "(${parts.inner})" set aside`);
    if (isMapped(inner.status) && inner.canonical) {
      if (inner.canonical === outer.canonical) return this.around(raw, outer, `"${parts.inner}" in parentheses names the same actor`);
      if (this.umbrellaOf(parts.outer)?.includes(inner.canonical)) return this.around(raw, inner, `"${parts.outer}" is an umbrella name; "${parts.inner}" in parentheses says which`);
      if (this.umbrellaOf(parts.inner)?.includes(outer.canonical)) return this.around(raw, outer, `"${parts.inner}" in parentheses is an umbrella name that includes it`);
      return answer(raw, "compound", null, [outer.canonical, inner.canonical], `the parenthesis names another actor: the cell names 2 actors (${outer.canonical}; ${inner.canonical}); split it, never pick one.`);
    }
    if (inner.status === "ambiguous" && inner.candidates.includes(outer.canonical)) return this.around(raw, outer, `"${parts.inner}" in parentheses can name it`);
    if (inner.status === "ambiguous" || inner.status === "compound" || (inner.status === "unknown" && !inner.notInDictionary)) {
      return answer(raw, "unknown", null, unique([outer.canonical, ...inner.candidates]), `"${written}": "${parts.outer}" is ${outer.canonical}, but the parenthesis is refused (${inner.reason}): not guessed.`);
    }
    return undefined;
  }

  /** Every meaning of an umbrella name whose meaning the country decides ("ISIS"), or undefined for other names. */
  private umbrellaOf(text: string): string[] | undefined {
    const keys = this.contextKeys(stripNoise(text));
    const context = keys.map((key) => this.contextByKey.get(key)).find(Boolean);
    return context ? [...Object.values(context.byCountry), context.elsewhere, context.withoutCountry].filter((c): c is string => !!c) : undefined;
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
    // An actor whose type changed (the Taliban) is not "the state forces" of every period.
    for (const entry of this.entries.values()) if (entry.type === "State forces" && !entry.typeHistory && entry.countries.length === 1 && entry.countries[0] === country) found.push(entry.canonical);
    return found;
  }

  /**
   * Descriptor words around a name (NAMING-POLICY actors §8, see descriptors.ts): "les
   * insurgés de Boko Haram", "MONUSCO peacekeepers", "Hemeti's Rapid Support Forces", "les
   * militaires camerounais". What the words leave is read with every rule; a nationality
   * adjective among them must agree with the actor, and a place phrase with the incident's
   * country.
   */
  private describedByWords(raw: string, text: string, country: string | null): Resolution | undefined {
    // The raw cell first: a leader's possessive ("Hemeti’s") is still written there.
    const countryOf = (name: string) => findCountry(name)?.name;
    const read = readDescriptors(raw.trim(), countryOf) ?? readDescriptors(text, countryOf);
    if (!read) return undefined;
    if (read.place && country && read.place !== country) return undefined;
    for (const core of read.cores) {
      const stated = /\s/.test(core) ? undefined : nationalityOf(core);
      if (stated || /^congolais(?:e|es)?$/i.test(core)) {
        if (!read.military) return undefined;
        if (!stated) return this.described(raw, this.resolveWhole(core, "Congolese army", country, "") ?? this.resolveFresh("Congolese army", country), undefined, `"${core}": the Congolese army`);
        const own = this.entriesOfState(stated);
        const canonical = this.armyEntryOf(stated) ?? own.find((c) => !/^Police Forces/.test(c)) ?? own[0] ?? `Military Forces of ${stated}`;
        const entry = this.entries.get(canonical);
        if (country && country !== stated && !entry?.countries.includes(country)) {
          return answer(raw, "unknown", null, this.entriesOfState(country), `"${text}" names the forces of ${stated}, but the incident is in ${country}: not guessed.`);
        }
        return answer(raw, "alias", canonical, [], `the national forces of ${stated} (descriptor words set aside)`, CONFIDENCE.alias);
      }
      const found = this.resolveFresh(core, country);
      if (!isMapped(found.status) || !found.canonical) {
        if (found.status === "ambiguous" || found.status === "compound" || (found.status === "unknown" && !found.notInDictionary)) return { ...found, raw };
        continue;
      }
      const entry = this.entries.get(found.canonical);
      // A state force's adjective is its country ("les militaires tchadiens"); another actor's
      // may be its origin ("les rebelles hutu rwandais des FDLR"), which is no contradiction.
      const disagrees = read.nationalities.find((n) => entry && entry.type === "State forces" && !entry.countries.includes(n));
      if (disagrees) return answer(raw, "unknown", null, [found.canonical], `"${text}": the adjective names ${disagrees}, where ${found.canonical} is not known to act: not guessed.`);
      return this.around(raw, found, `the descriptor words around "${core}" set aside`);
    }
    return undefined;
  }

  /** ACLED's "Military Forces of X" entry of a country, with "the" where ACLED writes it. */
  private armyEntryOf(country: string): string | undefined {
    return [`Military Forces of ${country}`, `Military Forces of the ${country}`].find((name) => this.entries.has(name));
  }

  /** "Malian soldiers", "armée du Mali": the country's state forces, when the country agrees with the row's. */
  private nationalArmy(raw: string, text: string, country: string | null): Resolution | undefined {
    const phrase = NATIONAL_ARMY.exec(text);
    const of = ARMY_OF.exec(text);
    const stated = phrase ? countryOfAdjective(phrase[1]) ?? findCountry(phrase[1])?.name : of ? findCountry(of[1])?.name : undefined;
    if (!stated) return undefined;
    const own = this.entriesOfState(stated);
    const canonical = this.armyEntryOf(stated) ?? own.find((c) => !/^Police Forces/.test(c)) ?? own[0] ?? `Military Forces of ${stated}`;
    // Another country's army is refused, unless it is known to act there ("Israeli soldiers" in Syria).
    if (country && country !== stated && !this.entries.get(canonical)?.countries.includes(country)) {
      return answer(raw, "unknown", null, this.entriesOfState(country), `"${text}" names the forces of ${stated}, but the incident is in ${country}: not guessed.`);
    }
    // An army phrase names the military, not the police ("Russian forces").
    return answer(raw, "alias", canonical, [], `the national army of ${stated}`, CONFIDENCE.alias);
  }

  /** "ISWAP/Boko Haram", "JNIM and/or IS Sahel": two actors in one cell (NAMING-POLICY actors §6). */
  /**
   * ACLED's "A and/or B" (split there only: the names themselves may hold "and"), and a
   * second actor after a period ("Military Forces of Mali (2021-)/Wagner"), each part read
   * with every rule, ACLED's forms included. Checked first, so that the period does not
   * swallow the second actor as a "unit".
   */
  private acledCompound(raw: string, text: string, country: string | null, form: AcledForm): Resolution | undefined {
    if (form.unit && UNIT_SEPARATOR.test(form.unit)) {
      const parts = [form.base + form.suffix.slice(0, form.suffix.length - form.unit.length), form.unit.replace(UNIT_SEPARATOR, "")];
      const found = this.compoundOf(raw, parts, country, false, "; split it, never pick one");
      if (found) return found;
    }
    if (COMPOUND_MARK.test(text)) return this.compoundOf(raw, text.split(/\s+and\/or\s+/i), country, true, ` joined by ACLED's "and/or": either may be meant; never pick one`);
    return undefined;
  }

  /** A compound answer where every part names an actor (or, with `generics`, a generic description). */
  private compoundOf(raw: string, parts: string[], country: string | null, generics: boolean, advice: string): Resolution | undefined {
    const named = unique(parts.map((part) => this.resolveFresh(part.trim(), country)).map((part) => (isMapped(part.status) ? part.canonical : generics && part.status === "generic" ? part.raw : null)));
    if (named.length < 2 || named.includes(null)) return undefined;
    const names = named as string[];
    return answer(raw, "compound", null, names, `the cell names ${names.length} actors (${names.join("; ")})${advice}.`);
  }

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
    if (unique(named).length === 1 && parts.length > 1 && text.split("/").length === parts.length && this.entries.has(named[0])) {
      // "JNIM/GSIM": two names of one actor joined by a slash are that actor, not a compound.
      return answer(raw, "alias", named[0], [], `"${parts.join('" and "')}" are two names of ${named[0]}, joined by a slash`, CONFIDENCE.alias);
    }
    if (unique(named).length < 2) return undefined;
    return answer(raw, "compound", null, unique(named), `the cell names ${unique(named).length} actors (${unique(named).join("; ")}); split it, never pick one.`);
  }
}

/** An actor name split as ACLED writes it: the name, then "(2019-)" and a unit. */
export interface AcledForm {
  base: string;
  /** The period and unit exactly as written, with the space before them ("" where none). */
  suffix: string;
  period: string | null;
  unit: string | null;
}

/** Splits "Military Forces of Sudan (2019-) Rapid Support Forces" into name, period and unit. */
export function splitAcledForm(text: string): AcledForm {
  const period = REGIME_PERIOD.exec(text);
  if (!period) return { base: text, suffix: "", period: null, unit: null };
  const unit = period[1].trim();
  const suffix = text.slice(period.index);
  return { base: text.slice(0, period.index).trim(), suffix, period: suffix.slice(0, suffix.length - period[1].length).trim(), unit: unit || null };
}

/** The years an ACLED regime period covers ("(2013-2020)", "(2021-)": to undefined), or undefined where there is none. */
export function periodYears(period: string | null | undefined): { from: number; to: number | undefined } | undefined {
  const match = period ? /\((\d{4})\s*-\s*(\d{4})?\s*\)/.exec(period) : null;
  return match ? { from: Number(match[1]), to: match[2] ? Number(match[2]) : undefined } : undefined;
}

/** A name and what its final brackets hold: "Wagner Group (Mali)", "Southern Transitional Council (Security Belt Forces)". */
const TRAILING_BRACKETS = /^(.+?)\s*\(([^()]+)\)$/;

/** "Southern Transitional Council (Security Belt Forces)": a name and the unit in its final parentheses. */
function splitTrailingUnit(text: string): { base: string; unit: string | null } {
  const match = TRAILING_BRACKETS.exec(text);
  return match ? { base: match[1], unit: match[2] } : { base: text, unit: null };
}

/** ACLED's state-force names, as ACLED writes them: "Military Forces of the United States". */
const STATE_FORCE_FORM = /^(Military|Police) Forces of (the )?(.+)$/;
/** A "unit" that is really a second actor: "(2021-)/Wagner", "(2021-) & Wagner". */
const UNIT_SEPARATOR = /^\s*[\/&;+,]\s*/;
/** ACLED's mark of a compound actor: "JNIM: … and/or Islamic State (Sahel)". */
const COMPOUND_MARK = /\band\/or\b/i;
/** ACLED's "CODE: Full name" form of a named actor: "ADF: Allied Democratic Forces". */
const CODED_NAME = /^([A-Z0-9][A-Za-z0-9'’.\-\/&]{0,15}): (.+)$/;

function isStateForceForm(name: string): boolean {
  const match = STATE_FORCE_FORM.exec(name);
  return !!match && findCountry(match[3])?.name === match[3];
}

/**
 * "Congo" in a state-force name for an incident in the DRC: a country written by a name that
 * is not ACLED's, standing for another country than the row's, is not guessed (Congo /
 * Democratic Republic of Congo). The refusal, or undefined.
 */
function otherCountry(raw: string, written: string, stateCountry: string, country: string | null): Resolution | undefined {
  if (!country || stateCountry === country || stateCountry === written) return undefined;
  return answer(raw, "unknown", null, [], `"${written}" is written for ${stateCountry}, but the incident is in ${country}: not guessed.`);
}

/** Whether two words are within `limit` letter edits, case-insensitively. */
function withinEdits(a: string, b: string, limit: number): boolean {
  return editDistance(a.toLowerCase(), b.toLowerCase(), limit) <= limit;
}

/** The keys under which a context-dependent name is recognised: every layer but words-in-any-order. */
function contextKeys(text: string): string[] {
  const [exact, compact, , transliterated] = actorKeys(text);
  return [exact, compact, transliterated].filter(Boolean);
}

function stripNoise(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = stripArticles(current.replace(LEADING_NOISE, "").replace(TRAILING_NOISE, "").trim()).trim();
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
