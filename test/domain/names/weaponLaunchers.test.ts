import { nameTable, weapon } from "./nameCases";

/** A round written with the launcher that fires it: the round, if the launcher fires it (NAMING-POLICY weapons §4). */
nameTable("weapons: a round and its launcher", [
  ["PG-7VM rockets for RPG-7", null, "alias", "PG-7VM", "the round is the answer"],
  ["PG-9 rounds for SPG-9", null, "alias", "PG-9", "recoilless round"],
  ["VOG-25 grenades for GP-25", null, "alias", "VOG-25", "under-barrel grenade"],
  ["roquettes TBG-7V pour RPG-7", null, "alias", "TBG-7V", "French pour"],
  ["PG-9 rounds for RPG-7", null, "unknown", null, "negative: RPG-7 does not fire PG-9"],
  ["OG-7V rockets for SPG-9", null, "unknown", null, "negative: SPG-9 does not fire OG-7V"],
  ["AK-47 for RPG-7", null, "unknown", null, "negative: a rifle is not a round"],
], (raw) => weapon(raw));
