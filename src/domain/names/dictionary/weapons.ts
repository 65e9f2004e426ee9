import { BUILT_IN_DICTIONARIES } from "./loadBuiltIn";
import type { AmbiguousWeaponName, GenericWeaponName, WeaponDictionaryEntry } from "./dictionarySchema";

/**
 * The built-in weapon dictionary, written from shared/reference/weapons.csv (Small Arms
 * Survey, Amnesty International, UN lists): data/weapons.json, read and checked by
 * loadBuiltIn.ts. One entry per canonical name, spelt letter for letter as the reference
 * gives it. `calibre` and `origins` are set only where the reference confirms them: facts it
 * marks "not re-verified" or "UNCERTAIN" are left out, so no weapon-mismatch is built on
 * them. `variants` are unlisted sub-variants that map to the entry (NAMING-POLICY weapons
 * §2); `designationYear` is the year a designation itself names (AK-47, Type 56, M70), the
 * earliest a weapon of that model can have been made (data/README.md).
 */
export const WEAPONS: readonly WeaponDictionaryEntry[] = BUILT_IN_DICTIONARIES.weapons;

/**
 * Designations that name several weapons: refused, with candidates (NAMING-POLICY
 * weapons §3–4): data/ambiguousWeaponNames.json. Keys are written as a curator would write
 * them. `classDecides`: the weapons the designation names are of different classes, so a
 * class noun written with it ("M84 machine gun") picks the candidate of that class; never
 * set where the doubt is a variant (M16).
 */
export const AMBIGUOUS_WEAPON_NAMES: readonly AmbiguousWeaponName[] = BUILT_IN_DICTIONARIES.ambiguousWeaponNames;

/**
 * Generic classes, vehicles and devices: not models, kept as written (NAMING-POLICY
 * weapons §6): data/genericWeaponNames.json.
 */
export const GENERIC_WEAPON_NAMES: readonly GenericWeaponName[] = BUILT_IN_DICTIONARIES.genericWeaponNames;
