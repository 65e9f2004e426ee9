import type { ActorDictionaryEntry, ContextAlias } from "../dictionary/dictionarySchema";
import type { AcledForm } from "../acledForm";
import type { Family } from "../affiliations";
import type { NameIndex } from "../nameIndex";
import type { Resolution } from "../resolution";

/**
 * One stage of reading an actor name (NAMING-POLICY actors): given the name and the
 * resolver's dictionaries, it answers, or passes (undefined) to the next stage. The stages
 * run in the order `ACTOR_STAGES` lists them; the first answer is the resolution. A stage
 * may read a part of the name with every stage (`core.resolveFresh`), as a parenthesis or a
 * descriptor phrase asks.
 */
export interface ActorStage {
  /** What the stage reads, in a few words: the name the bench reports its time under. */
  readonly name: string;
  run(name: ActorName, core: ActorCore): Resolution | undefined;
}

/** The name being read: the cell as written, cleaned, split as ACLED writes it, and the incident's country. */
export interface ActorName {
  readonly raw: string;
  /** `cleanName` of the cell. */
  readonly text: string;
  /** The cleaned text split into name, ACLED regime period and unit. */
  readonly form: AcledForm;
  /** The name without its period and unit. */
  readonly base: string;
  /** The name with noise words around it set aside ("suspected", "… militants"); `base` where none. */
  readonly denoised: string;
  /** Said in reasons where a period and unit were set aside for matching ("" where none). */
  readonly periodNote: string;
  readonly country: string | null;
}

/**
 * What the stages may ask of the resolver: its dictionaries and the readings every stage
 * shares (a whole name looked up, a form kept on a fix, an answer for a name found inside
 * words set aside).
 */
export interface ActorCore {
  readonly entries: ReadonlyMap<string, ActorDictionaryEntry>;
  readonly index: NameIndex;
  /** ACLED's own actor strings, letter for letter → canonical name. */
  readonly acledForms: ReadonlyMap<string, string>;
  /** Each entry's code, by its key → the canonical names that have it. */
  readonly codes: ReadonlyMap<string, ReadonlySet<string>>;
  readonly contextByKey: ReadonlyMap<string, ContextAlias>;
  /** Nationalities and country names, in which no typo is ever allowed. */
  readonly protectedWords: ReadonlySet<string>;
  /** Whether the row's country is not known (not merely absent). */
  readonly countryUnknown: boolean;
  /** Whether the text being read is a part of a cell (a parenthesis, a name among descriptor words), read by a stage of the cell. */
  readonly readingPart: boolean;
  /** A text read with every stage, as a cell of its own. */
  resolveFresh(raw: string, country: string | null): Resolution;
  /** The whole text as one name: canonical, context-dependent, alias or ACLED state-force pattern. */
  resolveWhole(raw: string, text: string, country: string | null, note: string): Resolution | undefined;
  /** The canonical name a text maps to exactly (no typo), or undefined. */
  exactCanonical(text: string, country: string | null): string | undefined;
  /** A mapped name whose cell carries ACLED's period or unit: the fix keeps them. */
  keepingForm(resolution: Resolution, form: AcledForm, country: string | null): Resolution;
  acledAnswer(raw: string, canonical: string, reason: string, form: AcledForm, stateForm: boolean): Resolution;
  /** A named actor found among words that describe it: the actor, unless a parent the words name contradicts it. */
  described(raw: string, named: Resolution, parent: Family | undefined, note: string): Resolution | undefined;
  /** The answer for a cell whose name was found inside words set aside. */
  around(raw: string, named: Resolution, note: string): Resolution;
  unitActor(unit: string, country: string | null, force: string): string | undefined;
  misspeltUnit(unit: string, force: string): { canonical: string; name: string } | undefined;
  stateForceOf(kind: "Military" | "Police", written: string): string;
  umbrellaOf(text: string): string[] | undefined;
  armyEntryOf(country: string): string | undefined;
  entriesOfState(country: string): string[];
  keys(text: string): string[];
  /** A text's exact-words key (`keys(text)[0]`), without the other layers. */
  exactKey(text: string): string;
  contextKeys(text: string): string[];
}

/** The items once each, in their first order. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
