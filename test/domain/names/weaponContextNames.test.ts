import { builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { nameTable } from "./nameCases";

/** A nickname that names another weapon in the incident's country is refused there (weapons.csv: "Dushka" in Syria). */
nameTable("weapons: country-dependent nicknames", [
  ["Dushka machine gun", "Syria", "ambiguous", null, "Syrian fighters also call the M02 Coyote Dushka"],
  ["dushkas", "Syria", "ambiguous", null, "plural, same refusal"],
  ["Dushka machine gun", "Iraq", "alias", "DShK", "elsewhere the nickname is the DShK"],
  ["Dushka", null, "alias", "DShK", "no country: the listed alias"],
  ["DShKM", "Syria", "alias", "DShK", "negative: the designation itself is not a nickname"],
  ["M02 Coyote", "Syria", "alias", "Zastava M02 Coyote", "negative: the other weapon by its name"],
], (raw, country) => builtInWeaponResolver().resolve(raw, country));
