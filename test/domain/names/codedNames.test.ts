import { actor, nameTable } from "./nameCases";

/** ACLED's "CODE: Name" form for any listed actor (NAMING-POLICY actors §2): the code must agree with the name. */
nameTable("actors §2: ACLED's CODE: Name form", [
  ["AMB: Al-Mourabitoun", "Mali", "acled", "Al-Mourabitoun", "the entry's own code"],
  ["OLA: Armée de libération oromo", "Ethiopia", "acled", "Oromo Liberation Army", "the name in translation"],
  ["ISWAP: Province de l'Afrique de l'Ouest de l'État islamique", "Nigeria", "acled", "Islamic State West Africa Province", "the name in translation"],
  ["AMB: Ansar Dine", "Mali", "unknown", null, "negative: AMB is Al-Mourabitoun's code, not Ansar Dine's"],
  ["SAF: Rapid Support Forces", "Sudan", "unknown", null, "negative: a code that is another actor's name"],
  ["JWS: Syrian National Army", "Syria", "acled", "Syrian National Army", "negative: a code no entry has is ACLED's own"],
], actor);
