import { ActorResolver } from "../actorResolver";
import { WeaponResolver } from "../weaponResolver";
import { AMBIGUOUS_WEAPON_NAMES, GENERIC_WEAPON_NAMES, WEAPONS } from "./weapons";
import { ACTOR_CONTEXT_ALIASES, ACTORS } from "./actors";

let actorResolver: ActorResolver | undefined;

/** The resolver over the built-in actor dictionary, built once. */
export function builtInActorResolver(): ActorResolver {
  actorResolver ??= new ActorResolver({ entries: ACTORS, contextAliases: ACTOR_CONTEXT_ALIASES });
  return actorResolver;
}

let weaponResolver: WeaponResolver | undefined;

/** The resolver over the built-in weapon dictionary, built once. */
export function builtInWeaponResolver(): WeaponResolver {
  weaponResolver ??= new WeaponResolver({ entries: WEAPONS, ambiguous: AMBIGUOUS_WEAPON_NAMES, generic: GENERIC_WEAPON_NAMES });
  return weaponResolver;
}
