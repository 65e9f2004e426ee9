import { z } from "zod";
import { ACTOR_TYPES } from "../../vocabulary/actorTypes";
import { WEAPON_CATEGORY_NAMES } from "../../vocabulary/weaponCategories";
import { findCountry } from "../../vocabulary/countries";

/** One actor under its canonical name, with the aliases that name it and nothing else. */
export const actorEntrySchema = z.object({
  canonical: z.string().min(1),
  code: z.string().min(1),
  type: z.enum(ACTOR_TYPES),
  /** Countries where the actor is active (canonical country names). */
  countries: z.array(z.string().min(1)),
  aliases: z.array(z.string().min(1)),
  /**
   * ACLED's own actor strings for this actor, letter for letter (NAMING-POLICY actors §2):
   * recognised forms, counted as the actor but never rewritten by a fix.
   */
  acled: z.array(z.string().min(1)).optional(),
  /**
   * The types the actor had before a date (NAMING-POLICY actors §10): `type` holds from
   * `until` on, each earlier type until its own date (ISO, exclusive).
   */
  typeHistory: z.array(z.strictObject({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), type: z.enum(ACTOR_TYPES) })).optional(),
  /**
   * Outside the actor's countries a namesake or a local body of the same name may be meant
   * (NAMING-POLICY actors §9): the name is then refused, not mapped. Says who.
   */
  namesake: z.string().optional(),
  note: z.string().optional(),
  /** The public sources the entry's facts come from ("Wikipedia: …", "ACLED actor string in …"). */
  sources: z.array(z.string().min(1)).optional(),
});

/** A name whose canonical form depends on the incident's country. */
export const contextAliasSchema = z.object({
  alias: z.string().min(1),
  /** Country → canonical name, or null where that country holds several candidates. */
  byCountry: z.record(z.string(), z.string().nullable()),
  /** For countries not in `byCountry`: a canonical name, or null to refuse. */
  elsewhere: z.string().nullable(),
  /** For cells with no country: a canonical name, or null to refuse. */
  withoutCountry: z.string().nullable(),
  note: z.string(),
});

/** One weapon or munition under its canonical name, with the facts the checks may rely on. */
export const weaponEntrySchema = z.object({
  canonical: z.string().min(1),
  category: z.enum(WEAPON_CATEGORY_NAMES as [string, ...string[]]),
  kind: z.enum(["weapon", "ammunition"]),
  /** Confirmed calibre, or null where the reference leaves it unconfirmed. */
  calibre: z.string().nullable(),
  /** Confirmed countries of origin, or null where unconfirmed or "various". */
  origins: z.array(z.string().min(1)).nullable(),
  aliases: z.array(z.string().min(1)),
  /** Unlisted sub-variants that map to this entry. */
  variants: z.array(z.string().min(1)).optional(),
  /** The listed model this one is a variant of. */
  parent: z.string().optional(),
  /** Ammunition this launcher fires / launchers that fire this round. */
  fires: z.array(z.string()).optional(),
  firedBy: z.array(z.string()).optional(),
  /** The year the designation names, the earliest a weapon of the model can be made. */
  designationYear: z.number().int().min(1850).max(2100).optional(),
  note: z.string().optional(),
});

/**
 * A designation that names several weapons: refused, with candidates (NAMING-POLICY weapons
 * §3–4). `classDecides`: the candidates are of different classes, so a class noun written
 * with the designation ("M84 machine gun") picks the candidate of that class.
 */
export const ambiguousWeaponNameSchema = z.object({
  name: z.string().min(1),
  candidates: z.array(z.string().min(1)).min(1),
  note: z.string(),
  classDecides: z.boolean().optional(),
});

/** A generic class, vehicle or device, kept as written (NAMING-POLICY weapons §6). */
export const genericWeaponNameSchema = z.string().min(1);

export type ActorDictionaryEntry = z.infer<typeof actorEntrySchema>;
export type ContextAlias = z.infer<typeof contextAliasSchema>;
export type WeaponDictionaryEntry = z.infer<typeof weaponEntrySchema>;
export type AmbiguousWeaponName = z.infer<typeof ambiguousWeaponNameSchema>;
export type GenericWeaponName = z.infer<typeof genericWeaponNameSchema>;

/** A schema's complaints about one entry, a sentence each: `<where>, field aliases.2: Too small: …`. */
export function schemaProblems(where: string, issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.map(String).join(".") : issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "";
    return field ? `${where}, field ${field}: ${issue.message}` : `${where}: ${issue.message}`;
  });
}

/** The dictionaries the cross-entry rules read. */
export interface DictionaryInput {
  actors: readonly ActorDictionaryEntry[];
  contextAliases: readonly ContextAlias[];
  weapons: readonly WeaponDictionaryEntry[];
  ambiguousWeapons: readonly AmbiguousWeaponName[];
}

/** Names an entry in a problem: "actor Boko Haram", or the data file and the entry's place in it. */
export type EntryPlace = (kind: "actor" | "context alias" | "weapon" | "ambiguous", entry: object) => string;

/**
 * The rules between entries that the schemas cannot carry, a sentence for each breach:
 * canonical names listed once; countries are canonical country names; every context
 * alias's targets, every weapon's parent, rounds and launchers, and every ambiguous name's
 * candidates are entries; a launcher's rounds name it among their launchers.
 * Cheap (maps and sets), so the built-in data is checked by it as it loads (loadBuiltIn.ts).
 */
export function crossEntryProblems(input: DictionaryInput, place: EntryPlace): string[] {
  const problems: string[] = [];
  const country = (where: string, field: string, name: string) => {
    if (findCountry(name)?.name !== name) problems.push(`${where}, field ${field}: "${name}" is not a canonical country name`);
  };
  const actors = new Map<string, ActorDictionaryEntry>();
  for (const entry of input.actors) {
    const where = place("actor", entry);
    const first = actors.get(entry.canonical);
    if (first) problems.push(`${where}, field canonical: "${entry.canonical}" is listed twice (also ${place("actor", first)})`);
    else actors.set(entry.canonical, entry);
    for (const name of entry.countries) country(where, "countries", name);
  }
  for (const context of input.contextAliases) {
    const where = place("context alias", context);
    const targets: [string, string | null][] = [...Object.entries(context.byCountry).map(([name, target]): [string, string | null] => [`byCountry.${name}`, target]), ["elsewhere", context.elsewhere], ["withoutCountry", context.withoutCountry]];
    for (const [field, target] of targets) if (target !== null && !actors.has(target)) problems.push(`${where}, field ${field}: "${target}" is not a canonical actor`);
    for (const name of Object.keys(context.byCountry)) country(where, "byCountry", name);
  }
  const weapons = new Map<string, WeaponDictionaryEntry>();
  for (const entry of input.weapons) {
    const first = weapons.get(entry.canonical);
    if (first) problems.push(`${place("weapon", entry)}, field canonical: "${entry.canonical}" is listed twice (also ${place("weapon", first)})`);
    else weapons.set(entry.canonical, entry);
  }
  for (const entry of input.weapons) {
    const where = place("weapon", entry);
    for (const name of entry.origins ?? []) country(where, "origins", name);
    const references: [string, string | undefined][] = [["parent", entry.parent], ...(entry.fires ?? []).map((name): [string, string] => ["fires", name]), ...(entry.firedBy ?? []).map((name): [string, string] => ["firedBy", name])];
    for (const [field, reference] of references) if (reference !== undefined && !weapons.has(reference)) problems.push(`${where}, field ${field}: "${reference}" is not a canonical weapon`);
    for (const round of entry.fires ?? []) {
      const fired = weapons.get(round);
      if (fired && !(fired.firedBy ?? []).includes(entry.canonical)) problems.push(`${where}, field fires: ${entry.canonical} fires ${round}, but ${round} does not list it as a launcher`);
    }
  }
  for (const item of input.ambiguousWeapons) {
    for (const candidate of item.candidates) if (!weapons.has(candidate)) problems.push(`${place("ambiguous", item)}, field candidates: "${candidate}" is not a canonical weapon`);
  }
  return problems;
}
