import { findCountry } from "../../vocabulary/countries";
import { actorKeys } from "../actorResolver";
import { weaponKeys } from "../weaponResolver";
import { ActorDictionaryEntry, actorEntrySchema, ContextAlias, contextAliasSchema, WeaponDictionaryEntry, weaponEntrySchema } from "./dictionarySchema";

export interface DictionaryInput {
  actors: readonly ActorDictionaryEntry[];
  contextAliases: readonly ContextAlias[];
  weapons: readonly WeaponDictionaryEntry[];
  ambiguousWeapons: readonly { name: string; candidates: string[] }[];
}

/**
 * Everything wrong with a set of dictionaries, as sentences (empty when sound): entries
 * that fail their schema, an alias claimed by two canonical names without being marked
 * context-dependent, unknown countries, and references (parents, launchers, rounds,
 * context targets, candidates) to names that are not in the dictionary.
 */
export function validateDictionary(input: DictionaryInput): string[] {
  const problems: string[] = [];
  for (const entry of input.actors) {
    const parsed = actorEntrySchema.safeParse(entry);
    if (!parsed.success) problems.push(`actor ${entry.canonical}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    for (const country of entry.countries) if (findCountry(country)?.name !== country) problems.push(`actor ${entry.canonical}: "${country}" is not a canonical country name`);
  }
  const actorNames = new Set(input.actors.map((entry) => entry.canonical));
  const contextTargets = new Map<string, Set<string | null>>();
  for (const context of input.contextAliases) {
    const parsed = contextAliasSchema.safeParse(context);
    if (!parsed.success) problems.push(`context alias ${context.alias}: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
    const targets = [...Object.values(context.byCountry), context.elsewhere, context.withoutCountry];
    for (const target of targets) if (target !== null && !actorNames.has(target)) problems.push(`context alias ${context.alias}: "${target}" is not a canonical actor`);
    for (const country of Object.keys(context.byCountry)) if (findCountry(country)?.name !== country) problems.push(`context alias ${context.alias}: "${country}" is not a canonical country name`);
    const key = actorKeys(context.alias)[0];
    if (contextTargets.has(key)) problems.push(`context alias ${context.alias}: listed twice`);
    contextTargets.set(key, new Set(targets));
  }
  const actorOwner = new Map<string, string>();
  for (const entry of input.actors) {
    for (const name of [entry.canonical, ...entry.aliases]) {
      const key = actorKeys(name)[0];
      const context = contextTargets.get(key);
      if (context && !context.has(entry.canonical)) problems.push(`actor alias "${name}" of ${entry.canonical} is shadowed by a context-dependent name that never means it`);
      const owner = actorOwner.get(key);
      if (owner && owner !== entry.canonical && !context) problems.push(`actor alias "${name}" is claimed by ${owner} and ${entry.canonical} without being context-dependent`);
      actorOwner.set(key, entry.canonical);
    }
  }

  const weaponNames = new Set(input.weapons.map((entry) => entry.canonical));
  const weaponOwner = new Map<string, string>();
  const ambiguousKeys = new Set(input.ambiguousWeapons.map((item) => weaponKeys(item.name)[0]));
  for (const entry of input.weapons) {
    const parsed = weaponEntrySchema.safeParse(entry);
    if (!parsed.success) problems.push(`weapon ${entry.canonical}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    for (const country of entry.origins ?? []) if (findCountry(country)?.name !== country) problems.push(`weapon ${entry.canonical}: "${country}" is not a canonical country name`);
    for (const reference of [entry.parent, ...(entry.fires ?? []), ...(entry.firedBy ?? [])]) {
      if (reference !== undefined && !weaponNames.has(reference)) problems.push(`weapon ${entry.canonical}: "${reference}" is not a canonical weapon`);
    }
    for (const round of entry.fires ?? []) {
      const fired = input.weapons.find((w) => w.canonical === round);
      if (fired && !(fired.firedBy ?? []).includes(entry.canonical)) problems.push(`weapon ${entry.canonical} fires ${round}, but ${round} does not list it as a launcher`);
    }
    for (const name of [entry.canonical, ...entry.aliases, ...(entry.variants ?? [])]) {
      const key = weaponKeys(name)[0];
      if (ambiguousKeys.has(key)) problems.push(`weapon alias "${name}" of ${entry.canonical} is also listed as ambiguous`);
      const owner = weaponOwner.get(key);
      if (owner && owner !== entry.canonical) problems.push(`weapon alias "${name}" is claimed by ${owner} and ${entry.canonical}`);
      weaponOwner.set(key, entry.canonical);
    }
  }
  for (const item of input.ambiguousWeapons) for (const candidate of item.candidates) if (!weaponNames.has(candidate)) problems.push(`ambiguous "${item.name}": "${candidate}" is not a canonical weapon`);
  return problems;
}
