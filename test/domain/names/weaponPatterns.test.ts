import { nameTable, weapon } from "./nameCases";

/** "X-type", "de type X": a family, never the model itself (NAMING-POLICY weapons §5–6). */
nameTable("weapons: pattern phrases", [
  ["Kalashnikov-type rifle", null, "alias", "AK-pattern rifle", "a family entry"],
  ["fusil de type Kalachnikov", null, "alias", "AK-pattern rifle", "French de type"],
  ["Kalashnikov-pattern assault rifles", null, "alias", "AK-pattern rifle", "-pattern"],
  ["AKM-type rifles", null, "unknown", null, "negative: a pattern of the AKM is not the AKM"],
  ["M16-type rifle", null, "unknown", null, "negative: not a family entry"],
  ["Type 81 rifle", null, "alias", "Type 81", "negative: Type before digits is a designation"],
], (raw) => weapon(raw));
