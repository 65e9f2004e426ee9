import { findCountry } from "../vocabulary/countries";
import { Affiliation, parseGloss } from "./affiliations";

/**
 * What a parenthesis after an actor name holds (NAMING-POLICY actors §8): "Front de
 * libération du Macina (FLM)", "Islamic State (ISIS)", "Al-Shabaab (al-Qaeda affiliate)",
 * "Boko Haram (jihadist group)". A parenthesis that names the same actor, or describes it,
 * is noise; one that names another actor makes the cell compound; one that calls the actor
 * a splinter or faction says it is not the named actor. ACLED's own parentheses keep their
 * meaning and are not read here: a country ("Wagner Group (Mali)") and a regime period
 * ("(2021-)"), which are split off before.
 */
export type Parenthetical =
  /** Another name, acronym or translation: the resolver says whose. */
  | { kind: "name"; outer: string; inner: string }
  /** An affiliation gloss: "(al-Qaeda affiliate)". */
  | { kind: "affiliation"; outer: string; inner: string; affiliation: Affiliation }
  /** A description that fits any actor: "(jihadist group)", "(rebels)". */
  | { kind: "description"; outer: string; inner: string }
  /** A splinter, faction, wing or former body: "(splinter faction)", "(ex-Séléka)". */
  | { kind: "part"; outer: string; inner: string };

const FINAL_PARENTHESIS = /^(.+?)\s*\(([^()]+)\)$/;
const PART = /\b(?:splinter|splinters|faction|factions|wing|dissidents?|breakaway|former|ex-|offshoot|dissidence|scission|aile)\b/i;
const DESCRIPTION = /^(?:an?\s+|the\s+|un\s+|une\s+|le\s+|la\s+)?(?:(?:armed|jihadist|islamist|salafist|rebel|militant|insurgent|terrorist|extremist|separatist|djihadiste|jihadiste|islamiste|terroriste|armée?|rebelle)\s+)?(?:group|groupe|movement|mouvement|organi[sz]ation|militia|milice|coalition|rebels?|rebelles?|militants?|insurgents?|jihadists?|djihadistes?|jihadistes?|terrorists?|terroristes?|fighters?|combattants?)$/i;
/** ISO codes look like acronyms ("IS" is Iceland's): only a country written as a name is ACLED's country parenthesis. */
const CODE_LIKE = /^[A-Z]{2,3}$/;

/** The final parenthesis of a name and what it holds, or undefined where there is none or it is ACLED's own (a country, a period). */
export function readParenthetical(text: string): Parenthetical | undefined {
  const match = FINAL_PARENTHESIS.exec(text);
  if (!match) return undefined;
  const outer = match[1].trim();
  const inner = match[2].trim();
  if (!outer || !inner || /^\d{4}\s*-/.test(inner)) return undefined;
  if (!CODE_LIKE.test(inner) && findCountry(inner)) return undefined;
  const affiliation = parseGloss(inner);
  if (affiliation) return { kind: "affiliation", outer, inner, affiliation };
  if (PART.test(inner)) return { kind: "part", outer, inner };
  if (DESCRIPTION.test(inner)) return { kind: "description", outer, inner };
  return { kind: "name", outer, inner };
}
