import { ActorResolver } from "../actorResolver";
import { WeaponResolver } from "../weaponResolver";
import { Issue, makeIssue } from "../../issues/issue";
import { BUILT_IN_ACTOR_CONTEXT_ALIASES, BUILT_IN_ACTORS, builtInActorResolver, builtInWeaponResolver } from "./builtIn";
import { ActorDictionaryEntry, ContextAlias, WeaponDictionaryEntry } from "./dictionarySchema";
import { AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES, WEAPONS } from "./weapons";
import { LocalDictionary, LocalEntry } from "./workbookDictionary";
import type { NameKind } from "../resolution";
import { actorKeys } from "../actorResolver";
import { weaponKeys } from "../weaponResolver";

export interface Resolvers {
  actors: ActorResolver;
  weapons: WeaponResolver;
}

/**
 * The resolvers for a workbook: the built-in dictionaries, extended and overridden by the
 * workbook's own dictionary where it has one. A workbook alias wins over a built-in one
 * (and is reported once, so the override is visible); "different" entries remove the
 * pairing they name. Location rows are places, for clustering only: they never reach a resolver.
 */
export function resolversFor(local: LocalDictionary | undefined, issues: Issue[]): Resolvers {
  const entries = (local?.entries ?? []).filter(isNameEntry);
  if (!local || entries.length === 0) return { actors: builtInActorResolver(), weapons: builtInWeaponResolver() };
  const source = `workbook dictionary, ${local.sheet}`;
  const localCanonicals = new Set<string>();
  const notSame = entries.filter((e) => e.relation === "different").map((e) => ({ alias: e.alias, canonical: e.canonical, source: `ruled out in the ${local.sheet} sheet, row ${e.row}`, kind: e.kind }));

  const actors: ActorDictionaryEntry[] = BUILT_IN_ACTORS.map((entry) => ({ ...entry, aliases: [...entry.aliases] }));
  const contexts: ContextAlias[] = BUILT_IN_ACTOR_CONTEXT_ALIASES.map((context) => ({ ...context, byCountry: { ...context.byCountry } }));
  const weapons: WeaponDictionaryEntry[] = WEAPONS.map((entry) => ({ ...entry, aliases: [...entry.aliases], variants: [...(entry.variants ?? [])] }));

  for (const entry of entries) {
    const at = { sheet: local.sheet, row: entry.row, column: null, field: "alias" };
    if (entry.kind === "actor") {
      let target = actors.find((a) => a.canonical === entry.canonical);
      if (!target) {
        target = { canonical: entry.canonical, code: entry.canonical, type: "Rebel group", countries: entry.country ? [entry.country] : [], aliases: [] };
        actors.push(target);
        localCanonicals.add(entry.canonical);
      }
      if (!entry.alias) continue;
      const key = actorKeys(entry.alias)[0];
      if (entry.relation === "different") {
        target.aliases = target.aliases.filter((alias) => actorKeys(alias)[0] !== key);
        for (const context of contexts) {
          if (actorKeys(context.alias)[0] !== key) continue;
          for (const [country, canonical] of Object.entries(context.byCountry)) if (canonical === entry.canonical) context.byCountry[country] = null;
          if (context.elsewhere === entry.canonical) context.elsewhere = null;
          if (context.withoutCountry === entry.canonical) context.withoutCountry = null;
        }
        continue;
      }
      const previous = actors.find((a) => a !== target && a.aliases.some((alias) => actorKeys(alias)[0] === key));
      if (entry.country) {
        let context = contexts.find((c) => actorKeys(c.alias)[0] === key);
        if (!context) {
          context = { alias: entry.alias, byCountry: {}, elsewhere: previous?.canonical ?? null, withoutCountry: previous?.canonical ?? null, note: `the workbook's meaning in ${entry.country}` };
          contexts.push(context);
          if (previous) previous.aliases = previous.aliases.filter((alias) => actorKeys(alias)[0] !== key);
        }
        context.byCountry[entry.country] = entry.canonical;
        continue;
      }
      if (previous) {
        previous.aliases = previous.aliases.filter((alias) => actorKeys(alias)[0] !== key);
        issues.push(makeIssue(at, "inconsistent", `"${entry.alias}" names ${previous.canonical} in the built-in dictionary; this workbook maps it to ${entry.canonical} instead.`, entry.alias));
      }
      for (const context of contexts) if (actorKeys(context.alias)[0] === key) Object.assign(context, { byCountry: {}, elsewhere: entry.canonical, withoutCountry: entry.canonical });
      target.aliases.push(entry.alias);
    } else {
      let target = weapons.find((w) => w.canonical === entry.canonical);
      if (!target) {
        target = { canonical: entry.canonical, category: "other", kind: "weapon", calibre: null, origins: null, aliases: [], variants: [] };
        weapons.push(target);
        localCanonicals.add(entry.canonical);
      }
      if (!entry.alias) continue;
      const key = weaponKeys(entry.alias)[0];
      const sameKey = (name: string) => weaponKeys(name)[0] === key;
      if (entry.relation === "different") {
        target.aliases = target.aliases.filter((alias) => !sameKey(alias));
        target.variants = (target.variants ?? []).filter((variant) => !sameKey(variant));
        continue;
      }
      const previous = weapons.find((w) => w !== target && (w.aliases.some(sameKey) || (w.variants ?? []).some(sameKey) || sameKey(w.canonical)));
      if (previous && !sameKey(previous.canonical)) {
        previous.aliases = previous.aliases.filter((alias) => !sameKey(alias));
        previous.variants = (previous.variants ?? []).filter((variant) => !sameKey(variant));
        issues.push(makeIssue(at, "inconsistent", `"${entry.alias}" names ${previous.canonical} in the built-in dictionary; this workbook maps it to ${entry.canonical} instead.`, entry.alias));
      } else if (previous) {
        issues.push(makeIssue(at, "inconsistent", `"${entry.alias}" is the canonical name ${previous.canonical}; it cannot be an alias of ${entry.canonical}.`, entry.alias));
        continue;
      }
      target.aliases.push(entry.alias);
    }
  }
  const sourceOf = (canonical: string) => (localCanonicals.has(canonical) ? source : "built-in dictionary");
  const localAliasSource = new Set(entries.map((e) => e.canonical));
  return {
    actors: new ActorResolver({ entries: actors, contextAliases: contexts, sourceOf: (c) => (localAliasSource.has(c) ? source : sourceOf(c)), notSame: notSame.filter((p) => p.kind === "actor") }),
    weapons: new WeaponResolver({ entries: weapons, ambiguous: AMBIGUOUS_WEAPON_NAMES.filter((a) => !entries.some((e) => e.kind === "weapon" && e.alias && weaponKeys(e.alias)[0] === weaponKeys(a.name)[0])), generic: GENERIC_WEAPON_NAMES, sourceOf: (c) => (localAliasSource.has(c) ? source : sourceOf(c)), notSame: notSame.filter((p) => p.kind === "weapon") }),
  };
}

/** A row naming an actor or a weapon, which the resolvers read (not a place). */
function isNameEntry(entry: LocalEntry): entry is LocalEntry & { kind: NameKind } {
  return entry.kind === "actor" || entry.kind === "weapon";
}
