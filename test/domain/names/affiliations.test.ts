import { actor, nameTable } from "./nameCases";

/**
 * Affiliation phrases around a name (NAMING-POLICY actors §8): the phrase names the parent;
 * the actor is the one named beside it, never the parent; a parent of the other family
 * contradicts the name.
 */
nameTable("actors §8: affiliation and description phrases", [
  ["Al-Qaeda affiliate JNIM", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "seed report"],
  ["IS-linked ISWAP", "Nigeria", "alias", "Islamic State West Africa Province", "a linked adjective before the name"],
  ["Qaeda-aligned fighters of Al-Shabaab", "Somalia", "context", "Al-Shabaab", "an aligned adjective and a descriptor"],
  ["JNIM, an al-Qaeda affiliate", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "an apposition after a comma, not a second actor"],
  ["JNIM, affilié à al-Qaïda", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "the French apposition"],
  ["ISWAP, an IS affiliate in the Lake Chad region", "Nigeria", "alias", "Islamic State West Africa Province", "with a place after the phrase"],
  ["IS-linked Al-Shabaab", "Mozambique", "context", "Islamic State Mozambique Province", "the local name of the Islamic State in Mozambique agrees"],
  ["IS-linked JNIM", "Mali", "unknown", null, "negative: JNIM is al-Qaeda's, not the Islamic State's"],
  ["Qaeda-aligned Al-Shabaab", "Mozambique", "unknown", null, "negative: in Mozambique the name is the Islamic State's"],
  ["Al-Qaeda affiliate", "Mali", "unknown", null, "negative: the parent alone is no actor (never AQIM)"],
  ["IS-linked militants", "Nigeria", "unknown", null, "negative: no actor is named beside the phrase"],
  ["IS-linked ISIS", "Niger", "ambiguous", null, "negative: the named part is still refused where the country does not decide"],
], actor);
