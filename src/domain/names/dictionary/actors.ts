import { BUILT_IN_DICTIONARIES } from "./loadBuiltIn";
import type { ActorDictionaryEntry, ContextAlias } from "./dictionarySchema";

/**
 * The built-in actor dictionary, written from shared/reference/actors.csv (ACLED codebook
 * and actor profiles): data/actors.json, read and checked by loadBuiltIn.ts. One entry per
 * canonical name, spelt letter for letter as the reference gives it, with the aliases that
 * name it and nothing else (data/README.md). Names whose meaning depends on the incident's
 * country are in ACTOR_CONTEXT_ALIASES below, never here.
 */
export const ACTORS: readonly ActorDictionaryEntry[] = BUILT_IN_DICTIONARIES.actors;

/**
 * Names that mean different actors in different countries (NAMING-POLICY actors §4–5):
 * data/actorContextAliases.json. `byCountry` maps the incident's country to the canonical
 * name, or to null where the country holds several candidates (refuse); `elsewhere` applies
 * to the other countries (a canonical name, or null to refuse), and `withoutCountry` to
 * cells with no country.
 */
export const ACTOR_CONTEXT_ALIASES: readonly ContextAlias[] = BUILT_IN_DICTIONARIES.actorContextAliases;
