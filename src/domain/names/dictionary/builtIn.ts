import { ActorResolver } from "../actorResolver";
import { WeaponResolver } from "../weaponResolver";
import { AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES, WEAPONS } from "./weapons";
import { ACTOR_CONTEXT_ALIASES, ACTORS } from "./actors";
import { ADDED_ACTOR_CONTEXT_ALIASES, ADDED_ACTORS } from "./addedActors";
import type { ActorDictionaryEntry, ContextAlias } from "./dictionarySchema";

/** The built-in actor dictionary: the reference's actors (actors.ts), then the added ones (addedActors.ts). */
export const BUILT_IN_ACTORS: readonly ActorDictionaryEntry[] = [...ACTORS, ...ADDED_ACTORS];

/** The built-in country-dependent actor names, the reference's and the added actors'. */
export const BUILT_IN_ACTOR_CONTEXT_ALIASES: readonly ContextAlias[] = [...ACTOR_CONTEXT_ALIASES, ...ADDED_ACTOR_CONTEXT_ALIASES];

let actorResolver: ActorResolver | undefined;

/** The resolver over the built-in actor dictionary, built once. */
export function builtInActorResolver(): ActorResolver {
  actorResolver ??= new ActorResolver({ entries: BUILT_IN_ACTORS, contextAliases: BUILT_IN_ACTOR_CONTEXT_ALIASES });
  return actorResolver;
}

let weaponResolver: WeaponResolver | undefined;

/** The resolver over the built-in weapon dictionary, built once. */
export function builtInWeaponResolver(): WeaponResolver {
  weaponResolver ??= new WeaponResolver({ entries: WEAPONS, ambiguous: AMBIGUOUS_WEAPON_NAMES, generic: GENERIC_WEAPON_NAMES });
  return weaponResolver;
}
