import { actorKeys } from "../actorResolver";
import { weaponKeys } from "../weaponResolver";
import { actorEntrySchema, ambiguousWeaponNameSchema, contextAliasSchema, crossEntryProblems, DictionaryInput, EntryPlace, schemaProblems, weaponEntrySchema } from "./dictionarySchema";

export type { DictionaryInput } from "./dictionarySchema";

/** "actor Boko Haram", "context alias ISIS", "weapon AKM", `ambiguous "M16"`. */
const byName: EntryPlace = (kind, entry) => {
  const item = entry as { canonical?: unknown; alias?: unknown; name?: unknown };
  return kind === "ambiguous" ? `ambiguous "${String(item.name)}"` : `${kind} ${String(kind === "context alias" ? item.alias : item.canonical)}`;
};

/**
 * Everything wrong with a set of dictionaries, as sentences (empty when sound): entries
 * that fail their schema, the rules between entries (crossEntryProblems: canonical names
 * listed once, unknown countries, and references — parents, launchers, rounds, context
 * targets, candidates — to names that are not in the dictionary), and, through the
 * resolvers' keys, an alias claimed by two canonical names without being marked
 * context-dependent.
 */
export function validateDictionary(input: DictionaryInput): string[] {
  const problems: string[] = [];
  for (const entry of input.actors) {
    const parsed = actorEntrySchema.safeParse(entry);
    if (!parsed.success) problems.push(...schemaProblems(byName("actor", entry), parsed.error.issues));
  }
  for (const context of input.contextAliases) {
    const parsed = contextAliasSchema.safeParse(context);
    if (!parsed.success) problems.push(...schemaProblems(byName("context alias", context), parsed.error.issues));
  }
  for (const entry of input.weapons) {
    const parsed = weaponEntrySchema.safeParse(entry);
    if (!parsed.success) problems.push(...schemaProblems(byName("weapon", entry), parsed.error.issues));
  }
  for (const item of input.ambiguousWeapons) {
    const parsed = ambiguousWeaponNameSchema.safeParse(item);
    if (!parsed.success) problems.push(...schemaProblems(byName("ambiguous", item), parsed.error.issues));
  }
  problems.push(...crossEntryProblems(input, byName));

  const contextTargets = new Map<string, Set<string | null>>();
  for (const context of input.contextAliases) {
    const key = actorKeys(context.alias)[0];
    if (contextTargets.has(key)) problems.push(`context alias ${context.alias}: listed twice`);
    contextTargets.set(key, new Set([...Object.values(context.byCountry), context.elsewhere, context.withoutCountry]));
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

  const weaponOwner = new Map<string, string>();
  const ambiguousKeys = new Set(input.ambiguousWeapons.map((item) => weaponKeys(item.name)[0]));
  for (const entry of input.weapons) {
    for (const name of [entry.canonical, ...entry.aliases, ...(entry.variants ?? [])]) {
      const key = weaponKeys(name)[0];
      if (ambiguousKeys.has(key)) problems.push(`weapon alias "${name}" of ${entry.canonical} is also listed as ambiguous`);
      const owner = weaponOwner.get(key);
      if (owner && owner !== entry.canonical) problems.push(`weapon alias "${name}" is claimed by ${owner} and ${entry.canonical}`);
      weaponOwner.set(key, entry.canonical);
    }
  }
  return problems;
}
