import { nameTable, weapon } from "./nameCases";

/** How a weapon was used or built is a description, not a model (NAMING-POLICY weapons §5). */
nameTable("weapons: descriptions of use and build", [
  ["PKM mounted on a pickup", null, "alias", "PKM", "mounted on"],
  ["KPV fitted on a technical", null, "alias", "KPV", "fitted on"],
  ["SPG-9 mounted on a truck", null, "alias", "SPG-9", "recoilless rifle on a vehicle"],
  ["122mm rocket fired from a tube", null, "alias", "122 mm rocket", "fired from"],
  ["mitrailleuse DShK montée sur un pick-up", null, "alias", "DShK", "French montée sur"],
  ["RPK (folding stock)", null, "alias", "RPK", "stock gloss in parentheses"],
  ["Zastava M70AB2 folding rifles", null, "alias", "Zastava M70AB2", "stock word before the class noun"],
  ["PKM mounted", null, "unknown", null, "negative: no description, a word after the model"],
  ["AK-47 rocket mounted on a truck", null, "unknown", null, "negative: the class noun still contradicts"],
], (raw) => weapon(raw));

/** A stock written with a model must be the one weapons.csv gives it. */
nameTable("weapons: a stock that contradicts the model", [
  ["Type 56 (underfolding stock)", null, "unknown", null, "the Type 56 has a fixed stock; underfolding is the 56-1"],
  ["Type 56-1 side-folding rifle", null, "unknown", null, "the 56-1 folds under, the 56-2 to the side"],
  ["AKMS (fixed stock)", null, "unknown", null, "the AKMS folds"],
  ["fusil à crosse fixe M70AB2", null, "unknown", null, "French: the M70AB2 folds"],
  ["Type 56-2 (folding stock)", null, "alias", "Type 56-2", "folding agrees with side-folding"],
  ["AKM (folding stock)", null, "alias", "AKM", "no stock known for the AKM: noise"],
], (raw) => weapon(raw));
