import { actor, nameTable } from "./nameCases";

/** Two names joined by a slash (NAMING-POLICY actors §6, §8): one actor when both name it, compound when they name two. */
nameTable("actors §6/§8: two aliases of one actor joined by a slash", [
  ["JNIM/GSIM", "Mali", "alias", "Jama'at Nusrat al-Islam wal-Muslimin", "English and French acronyms"],
  ["EIGS / ISGS", "Niger", "alias", "Islamic State Sahel Province", "spaces around the slash"],
  ["ISIS/ISWAP", "Nigeria", "alias", "Islamic State West Africa Province", "the umbrella read with the country names the same branch"],
  ["ISWAP/Boko Haram", "Nigeria", "compound", null, "negative: two actors stay compound"],
  ["ISIS/ISWAP", null, "compound", null, "negative: without a country the umbrella is another actor"],
  ["JNIM and GSIM", "Mali", "unknown", null, "negative: only a slash joins aliases"],
], actor);
