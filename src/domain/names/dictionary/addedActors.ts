import { BUILT_IN_DICTIONARIES } from "./loadBuiltIn";
import type { ActorDictionaryEntry, ContextAlias } from "./dictionarySchema";

/**
 * Actors curators meet that the reference does not list (issue 13, item 5):
 * data/addedActors.json, read and checked by loadBuiltIn.ts. The reference's actors, whose
 * canonical names stay letter for letter, are in actors.ts; these are added, each with the
 * public `sources` of its facts. How they were chosen and how their facts were written:
 * data/README.md; test/domain/names/dictionary/addedActors.test.ts recomputes the ranking
 * from the real ACLED files.
 */
export const ADDED_ACTORS: readonly ActorDictionaryEntry[] = BUILT_IN_DICTIONARIES.addedActors;

/**
 * Short names of added actors that other bodies share (NAMING-POLICY actors §5), mapped only
 * in the country where the actor acts, refused elsewhere and without a country:
 * data/addedActorContextAliases.json.
 */
export const ADDED_ACTOR_CONTEXT_ALIASES: readonly ContextAlias[] = BUILT_IN_DICTIONARIES.addedActorContextAliases;
