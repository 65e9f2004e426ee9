import { actor, nameTable } from "./nameCases";

/**
 * A parenthesis after an actor name (NAMING-POLICY actors §8): one that names the same actor
 * or describes it is noise; one that names another actor makes the cell compound; ACLED's
 * own parentheses (a country, a regime period) keep their meaning.
 */
nameTable("actors §8: parenthetical acronyms and glosses", [
  ["Islamic State (ISIS)", null, "alias", "Islamic State", "seed report: the acronym of the same name"],
  ["Islamic State (ISIS)", "Mali", "context", "Islamic State Sahel Province", "both parts read with the country"],
  ["Islamic State (ISIS)", "Niger", "ambiguous", null, "negative: two branches in Niger, the parenthesis does not say which"],
  ["Front de libération du Macina (FLM)", "Mali", "alias", "Katiba Macina", "the French name and its acronym"],
  ["Katiba Macina (FLM)", "Mali", "alias", "Katiba Macina", "the canonical name and an acronym"],
  ["Al-Shabaab (al-Qaeda affiliate)", "Somalia", "alias", "Al-Shabaab", "a gloss naming the parent"],
  ["Al-Shabaab (al-Qaeda affiliate)", "Mozambique", "unknown", null, "negative: Al-Shabaab in Mozambique is the Islamic State there, not an al-Qaeda affiliate"],
  ["JNIM (Islamic State affiliate)", "Mali", "unknown", null, "negative: a gloss naming the other family contradicts the name"],
  ["Boko Haram (jihadist group)", "Nigeria", "alias", "Boko Haram", "a description"],
  ["Islamic State (Sahel Province)", null, "alias", "Islamic State Sahel Province", "the branch of an umbrella name"],
  ["ISIS (ISWAP)", "Niger", "alias", "Islamic State West Africa Province", "the parenthesis says which of the two branches in Niger"],
  ["JNIM (ISGS)", "Mali", "compound", null, "negative: another actor in the parenthesis is a second actor"],
  ["Oromo Liberation Army (splinter faction)", "Ethiopia", "unknown", null, "negative: a splinter is not the actor (§3)"],
  ["Military Forces of Mali (Mopti)", "Mali", "unknown", null, "negative: a place is not a gloss"],
  ["Wagner Group (Mali)", "Mali", "acled", "Wagner Group", "negative: ACLED's country in brackets keeps its meaning"],
  ["Unidentified Armed Group (Mali)", "Mali", "generic", null, "negative: ACLED's label keeps its meaning"],
  ["Military Forces of Mali (2021-)", "Mali", "acled", "Military Forces of Mali", "negative: ACLED's regime period keeps its meaning"],
], actor);
