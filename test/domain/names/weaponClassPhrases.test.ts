import { nameTable, weapon } from "./nameCases";

/** Multi-word, plural and French class and role nouns (NAMING-POLICY weapons §5), and class nouns that decide a bare designation (§3). */
nameTable("weapons: class and role phrases", [
  ["PK general-purpose machine guns", null, "alias", "PK", "plural multi-word class"],
  ["RPK light machine guns", null, "alias", "RPK", "plural"],
  ["M72 LAW single-shot launchers", null, "alias", "M72 LAW", "single-shot launcher"],
  ["RPG-2 anti-tank grenade launchers", null, "alias", "RPG-2", "what RPG stands for"],
  ["GP-25 under-barrel grenade launchers", null, "alias", "GP-25", "under-barrel"],
  ["Heckler & Koch G3 battle rifle", null, "alias", "Heckler & Koch G3", "battle rifle"],
  ["mitrailleuse polyvalente PK", null, "alias", "PK", "French GPMG"],
  ["mitrailleuses lourdes DShK", null, "alias", "DShK", "French plural HMG"],
  ["lance-roquettes antichar RPG-2", null, "alias", "RPG-2", "French anti-tank launcher"],
  ["canon sans recul SPG-9", null, "alias", "SPG-9", "French recoilless"],
  ["roquettes thermobariques TBG-7V", null, "alias", "TBG-7V", "French role in the noun"],
  ["roquette à charge creuse PG-7VL", null, "alias", "PG-7VL", "French shaped charge"],
  ["grenade à main RGD-5", null, "alias", "RGD-5", "French hand grenade"],
  ["pistolet automatique Tokarev", null, "alias", "Tokarev TT-33", "French pistol"],
  ["carabine SKS", null, "alias", "SKS", "French carbine"],
  ["PM MAT49", null, "alias", "MAT-49", "French PM = pistolet-mitrailleur"],
  ["mortiers de 120 mm", null, "alias", "120 mm mortar", "French plural mortar with calibre"],
  ["roquette de 122 mm", null, "alias", "122 mm rocket", "French rocket with calibre"],
  ["roquette Grad de 122 mm", null, "alias", "122 mm rocket", "French noun, name and calibre"],
  ["M72 rocket launcher", null, "alias", "M72 LAW", "the class decides a bare designation"],
  ["M2 heavy machine gun", null, "alias", "Browning M2", "the class decides"],
  ["lance-roquettes M72", null, "alias", "M72 LAW", "French class decides"],
  ["M16 rifle", null, "ambiguous", null, "negative: a variant question is not decided by a class"],
  ["M2 carbine", null, "ambiguous", null, "negative: the listed M2 is not a carbine"],
  ["M84 sub-machine gun", null, "ambiguous", null, "negative: the SMG is not listed"],
  ["M84 weapon", null, "ambiguous", null, "negative: a generic noun decides nothing"],
  ["AK-47 rounds", null, "unknown", null, "negative: a rifle is not a round"],
], (raw) => weapon(raw));

nameTable("weapons: ammunition with spacing and nouns", [
  ["7.62x54R rounds", null, "alias", "7.62×54mmR", "rounds of a cartridge"],
  ["5.56 x 45 mm NATO rounds", null, "alias", "5.56×45mm NATO", "spaced"],
  ["12.7x108mm rounds", null, "alias", "12.7×108mm", "noun"],
  ["cartouches 7,62 x 51 mm OTAN", null, "alias", "7.62×51mm NATO", "French OTAN"],
  ["9x19mm rounds", null, "alias", "9×19mm", "noun"],
  ["7.62 x 39 rounds", null, "alias", "7.62×39mm", "without mm"],
], (raw) => weapon(raw));
