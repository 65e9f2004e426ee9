import { z } from "zod";
import { ACTOR_TYPES } from "../../vocabulary/actorTypes";
import { WEAPON_CATEGORY_NAMES } from "../../vocabulary/weaponCategories";

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
  typeHistory: z.array(z.object({ until: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), type: z.enum(ACTOR_TYPES) })).optional(),
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

export type ActorDictionaryEntry = z.infer<typeof actorEntrySchema>;
export type ContextAlias = z.infer<typeof contextAliasSchema>;
export type WeaponDictionaryEntry = z.infer<typeof weaponEntrySchema>;
