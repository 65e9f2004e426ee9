import { findCountry } from "../vocabulary/countries";
import { countryOfAdjective, NATIONALITY_ADJECTIVES } from "../vocabulary/nationalities";
import { ActorDictionaryEntry, ContextAlias } from "./dictionary/dictionarySchema";
import { actorKeys, actorTokens, keysOfTokens } from "./actorKeys";
import { foldLetters } from "./keyers/foldLetters";
import { IndexTarget, NameIndex } from "./nameIndex";
import { cleanName } from "./nameText";
import { capitalise } from "../text/capitalise";
import { answer, CONFIDENCE, isMapped, notSamePairs, NotSamePairs, Resolution, ruledOut } from "./resolution";
import { contradictsFamily, Family, familyOfActor } from "./affiliations";
import { TranslationKeys, translationKey } from "./translations";
import { KeyVocabulary, LookupKeys } from "./keyVocabulary";
import { RecentTexts } from "./recentTexts";
import { confusableCountries } from "./confusableCountries";
import { AcledForm, isStateForceForm, otherCountry, REGIME_PERIOD, splitAcledForm, STATE_FORCE_FORM, STATE_FORCE_PATTERN } from "./acledForm";
import { stripNoise } from "./noiseWords";
import { ACTOR_STAGES } from "./actorStages/actorStages";
import { unique, type ActorCore, type ActorName } from "./actorStages/actorStage";

/** The keys and words of actor names live in actorKeys.ts, ACLED's forms in acledForm.ts; re-exported for the modules that read them here. */
export { actorKeys, actorTokens };
export { periodYears, splitAcledForm } from "./acledForm";
export type { AcledForm } from "./acledForm";




/** A text's normal forms, computed as asked: its words, its keys, its translation key (null: none). */
interface NameForms {
  tokens: string[];
  keys?: string[];
  /** Its keys with "" for the layers no held key can match (`KeyVocabulary`): for look-ups only. */
  lookup?: LookupKeys;
  translation?: ReturnType<typeof translationKey> | null;
}

/** Where the time of each stage goes: `now` in milliseconds, `add` once per stage run (`answered` where it gave the resolution). */
export interface StageClock {
  now(): number;
  add(stage: string, ms: number, answered: boolean): void;
}

/** The name a resolve reads: what every stage needs of it, each part computed once (noise words only when asked). */
class NameBeingRead implements ActorName {
  readonly form: AcledForm;
  readonly base: string;
  readonly periodNote: string;
  private stripped: string | undefined;

  constructor(readonly raw: string, readonly text: string, readonly country: string | null) {
    this.form = splitAcledForm(text);
    this.base = this.form.base;
    this.periodNote = this.form.period ? ` (ACLED regime period${this.form.unit ? " and unit" : ""} set aside for matching)` : "";
  }

  get denoised(): string {
    return (this.stripped ??= stripNoise(this.base));
  }
}

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
export class ActorResolver implements ActorCore {
  readonly index: NameIndex;
  readonly contextByKey = new Map<string, ContextAlias>();
  readonly entries = new Map<string, ActorDictionaryEntry>();
  /** Country (or "") → raw cell → answer: one look-up per cell, no key to build. */
  private readonly memo = new Map<string, Map<string, Resolution>>();
  private memoSize = 0;
  /** Where the time of each stage goes, when the bench asks (`timeStages`); only the top-level stages of a resolve are timed. */
  private clock: StageClock | undefined;
  private depth = 0;
  /**
   * The normal forms of the texts one resolve reads (the cell, its parts, the words left when
   * descriptors are set aside): each computed once per resolve, forgotten at the next one.
   */
  private readonly forms = new RecentTexts<NameForms>();
  readonly protectedWords: Set<string>;
  private readonly notSame: NotSamePairs;
  /** ACLED's own actor strings, letter for letter → canonical name. */
  readonly acledForms = new Map<string, string>();
  /** Each entry's code (the dictionary's `code`), by its key → the canonical names that have it. */
  readonly codes = new Map<string, Set<string>>();
  /** Translation key (English and French alike) → the names under it. */
  private readonly translations = new Map<string, { canonicals: Set<string>; contexts: Set<ContextAlias>; name: string; english: boolean }>();
  /** What the keys of the index and the country-dependent names are made of, built once they are all held. */
  private readonly vocabulary: KeyVocabulary | undefined;
  /** Every word of the translation keys: a text with another word has no translation listed. */
  private readonly translationWords = new Set<string>();
  /** Translation keys of the texts resolved, each word's reading remembered. */
  private readonly translationKeys: TranslationKeys;

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
      for (const key of this.contextKeys(context.alias)) this.contextByKey.set(key, context);
      this.addTranslation(context.alias, undefined, context);
    }
    for (const entry of options.entries) for (const name of [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]) this.addTranslation(name, entry.canonical, undefined);
    for (const key of this.translations.keys()) for (const word of key.split(" ")) this.translationWords.add(word);
    this.translationKeys = new TranslationKeys(this.translationWords);
    this.vocabulary = new KeyVocabulary([...this.index.heldKeys(), ...this.contextByKey.keys()]);
    this.protectedWords = new Set([...NATIONALITY_ADJECTIVES.flatMap((a) => a.split(" ")), "niger", "nigeria", "mali", "chad", "sudan", "somalia", "congo", "guinea", "gambia", "zambia", "gambia"]);
    this.forms.clear();
  }

  private formsOf(text: string): NameForms {
    let forms = this.forms.get(text);
    if (!forms) this.forms.set(text, (forms = { tokens: actorTokens(text) }));
    return forms;
  }

  private tokens(text: string): string[] {
    return this.formsOf(text).tokens;
  }

  keys(text: string): string[] {
    const forms = this.formsOf(text);
    return (forms.keys ??= keysOfTokens(forms.tokens));
  }

  exactKey(text: string): string {
    const forms = this.formsOf(text);
    return forms.keys ? forms.keys[0] : forms.tokens.join(" ");
  }

  /** A text's keys to look up in the index and the country-dependent names: `keys`, or those of its layers that can be found there. */
  private lookupKeys(text: string): LookupKeys {
    const forms = this.formsOf(text);
    if (forms.lookup) return forms.lookup;
    return (forms.lookup = forms.keys || !this.vocabulary ? LookupKeys.of(forms.tokens, this.keys(text)) : this.vocabulary.keysWorthLookingUp(forms.tokens));
  }

  private translationKeyOf(text: string): ReturnType<typeof translationKey> {
    const forms = this.formsOf(text);
    if (forms.translation === undefined) forms.translation = this.translationKeys.key(text) ?? null;
    return forms.translation ?? undefined;
  }

  /**
   * The keys under which a name's meaning may depend on the country: exact words, words run
   * together, transliterated (for a look-up once the resolver is built: only those a held key
   * can equal).
   */
  contextKeys(text: string): string[] {
    const keys = this.lookupKeys(text);
    return [keys.layer(0), keys.layer(1), keys.layer(3)].filter(Boolean);
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

  /** Times every stage of the resolves that follow (inclusive of the parts it reads with every stage), or stops timing (undefined). */
  timeStages(clock: StageClock | undefined): void {
    this.clock = clock;
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
  countryUnknown = false;

  get readingPart(): boolean {
    return this.depth > 1;
  }

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
    const resolution = ruledOut(this.countryEvidence(fresh, country), this.notSame.size > 0 ? this.notSame.get(this.exactKey(raw)) : undefined);
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

  /** A text read with every stage, as a cell of its own (the stages read parts of a cell so). */
  resolveFresh(raw: string, country: string | null): Resolution {
    const text = cleanName(raw);
    if (!text) return answer(raw, "unknown", null, [], "The cell is empty.");
    const name = new NameBeingRead(raw, text, country);
    const clock = this.depth === 0 ? this.clock : undefined;
    this.depth++;
    try {
      for (const stage of ACTOR_STAGES) {
        const start = clock ? clock.now() : 0;
        const found = stage.run(name, this);
        if (clock) clock.add(stage.name, clock.now() - start, found !== undefined);
        if (found) return found;
      }
    } finally {
      this.depth--;
    }
    throw new Error("The last stage of ACTOR_STAGES always answers.");
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


  acledAnswer(raw: string, canonical: string, reason: string, form: AcledForm, stateForm: boolean): Resolution {
    const resolution = answer(raw, raw === canonical ? "canonical" : "acled", canonical, [], raw === canonical ? "the canonical name" : reason, CONFIDENCE.canonical);
    if (form.period) resolution.period = form.period;
    if (form.unit) resolution.unit = form.unit;
    if (stateForm) resolution.stateForm = true;
    return resolution;
  }

  /** The canonical name a text maps to exactly (canonical, alias or country context; no typo), or undefined. */
  exactCanonical(text: string, country: string | null): string | undefined {
    const found = this.resolveWhole(text, text, country, "");
    return found && (found.status === "canonical" || found.status === "alias" || found.status === "context") ? (found.canonical ?? undefined) : undefined;
  }

  /** The listed actor a state-force unit names, where it names one other than the force itself. */
  unitActor(unit: string, country: string | null, force: string): string | undefined {
    const canonical = this.exactCanonical(unit, country);
    return canonical && canonical !== force ? canonical : undefined;
  }

  /** A unit that looks like a listed actor's name misspelt ("Rapid Suport Forces"): that name, or undefined. */
  misspeltUnit(unit: string, force: string): { canonical: string; name: string } | undefined {
    const fuzzy = this.index.fuzzy(unit, (word) => this.protectedWords.has(word));
    if (!fuzzy) return undefined;
    const canonicals = unique(fuzzy.targets.map((t) => t.canonical));
    if (canonicals.length !== 1 || canonicals[0] === force) return undefined;
    return { canonical: canonicals[0], name: fuzzy.targets[0].name };
  }

  /** The canonical name of a country's military or police forces. */
  stateForceOf(kind: "Military" | "Police", written: string): string {
    if (kind === "Military") {
      const listed = this.index.findByLayers(this.lookupKeys(written))?.targets.find((t) => this.entries.get(t.canonical)?.type === "State forces");
      if (listed) return listed.canonical;
    }
    // Only a listed name says which entry a country's forces are: the country alone does not
    // ("Military Forces of Afghanistan (2004-2021)" were not the Taliban).
    return written;
  }


  /**
   * A mapped name whose cell carries an ACLED regime period or unit: the fix keeps them
   * (NAMING-POLICY actors §2), and a unit that is another listed actor decides the actor.
   */
  keepingForm(resolution: Resolution, form: AcledForm, country: string | null): Resolution {
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
  resolveWhole(raw: string, text: string, country: string | null, note: string): Resolution | undefined {
    const keys = this.lookupKeys(text);
    const context = this.contextByKey.get(keys.layer(0)) ?? this.contextByKey.get(keys.layer(1)) ?? this.contextByKey.get(keys.layer(3));
    if (context) return this.byContext(raw, text, context, country, note);
    const found = this.index.findByLayers(keys);
    if (found) {
      // A key's targets name each canonical name once (NameIndex.add): more than one is several actors.
      if (found.targets.length > 1) return answer(raw, "ambiguous", null, this.activeIn(unique(found.targets.map((t) => t.canonical)), country), `"${text}" names several actors in the dictionaries.`);
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
        const canonical = this.stateForceOf(pattern[1] as "Military" | "Police", `${pattern[1]} Forces of ${/^the\s/i.test(pattern[2]) ? "the " : ""}${stateCountry.name}`);
        return raw === canonical
          ? answer(raw, "canonical", canonical, [], "ACLED's name for the state forces of a country", CONFIDENCE.canonical)
          : answer(raw, "alias", canonical, [], `ACLED's name for the state forces of ${stateCountry.name}${note}`, CONFIDENCE.alias);
      }
    }
    return undefined;
  }

  private byContext(raw: string, text: string, context: ContextAlias, country: string | null, note: string): Resolution {
    // The candidates of a refusal, worked out only for one.
    const candidates = () => this.activeIn(unique([...Object.values(context.byCountry), context.elsewhere, context.withoutCountry].filter((c): c is string => !!c)), country);
    if (!country) {
      if (this.countryUnknown) return answer(raw, "ambiguous", null, candidates(), `"${text}" depends on the country (${context.note}), and the row's country is not known (no incident row gives it): not guessed.`);
      if (context.withoutCountry) {
        const status = raw === context.withoutCountry ? "canonical" : "alias";
        return answer(raw, status, context.withoutCountry, [], status === "canonical" ? "the canonical name" : `"${text}" with no country → ${context.withoutCountry}${note}`, status === "canonical" ? CONFIDENCE.canonical : CONFIDENCE.context);
      }
      return answer(raw, "ambiguous", null, candidates(), `"${text}" depends on the country (${context.note}), and the row gives none.`);
    }
    const mapped = country in context.byCountry ? context.byCountry[country] : context.elsewhere;
    if (!mapped) {
      return country in context.byCountry
        ? answer(raw, "ambiguous", null, candidates(), `"${text}" in ${country}: more than one candidate is active there (${context.note}).`)
        : answer(raw, "unknown", null, candidates(), `"${text}" in ${country}: no known meaning there (${context.note}).`);
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
   * A named actor with words around it that describe it: mapped as the actor, unless a
   * parent the words name is of the other family ("IS-linked JNIM": not guessed). A refusal
   * of the named part stays a refusal; a part the dictionary does not know is left to the
   * other rules (undefined).
   */
  described(raw: string, named: Resolution, parent: Family | undefined, note: string): Resolution | undefined {
    if (!isMapped(named.status) || !named.canonical) {
      return named.status === "ambiguous" || named.status === "compound" || (named.status === "unknown" && !named.notInDictionary) ? { ...named, raw } : undefined;
    }
    if (parent && contradictsFamily(named.canonical, parent)) {
      return answer(raw, "unknown", null, [named.canonical], `"${cleanName(raw)}" names ${parent === "al-Qaeda" ? "al-Qaeda" : "the Islamic State"} as the parent, but ${named.canonical} is ${familyOfActor(named.canonical) === "al-Qaeda" ? "an al-Qaeda" : "an Islamic State"} affiliate: not guessed.`);
    }
    return this.around(raw, named, note);
  }

  /** The answer for a cell whose name was found inside words set aside: the name's actor, never a recognised form of the whole cell. */
  around(raw: string, named: Resolution, note: string): Resolution {
    const status = named.status === "fuzzy" || named.status === "context" ? named.status : "alias";
    const why = named.status === "canonical" || named.status === "acled" ? `"${cleanName(named.raw)}" is ${named.status === "canonical" ? "the canonical name" : named.reason}` : named.reason;
    const found = answer(raw, status, named.canonical, [], `${why}; ${note}`, Math.min(named.confidence, CONFIDENCE.alias));
    if (named.stateForm) found.stateForm = true;
    return found;
  }


  /** Every meaning of an umbrella name whose meaning the country decides ("ISIS"), or undefined for other names. */
  umbrellaOf(text: string): string[] | undefined {
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

  entriesOfState(country: string): string[] {
    const found: string[] = [];
    // An actor whose type changed (the Taliban) is not "the state forces" of every period.
    for (const entry of this.entries.values()) if (entry.type === "State forces" && !entry.typeHistory && entry.countries.length === 1 && entry.countries[0] === country) found.push(entry.canonical);
    return found;
  }


  /** ACLED's "Military Forces of X" entry of a country, with "the" where ACLED writes it. */
  armyEntryOf(country: string): string | undefined {
    return [`Military Forces of ${country}`, `Military Forces of the ${country}`].find((name) => this.entries.has(name));
  }




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



export type { IndexTarget };
