import { nameTable, weapon } from "./nameCases";

/** A cartridge named after the weapon it was made for is not the weapon (NAMING-POLICY weapons §4). */
nameTable("weapons: cartridges named after a weapon", [
  ["7.62×54mmR Dragunov", null, "unknown", null, "the cartridge, not the SVD"],
  ["9x18 Makarov", null, "unknown", null, "the cartridge written without mm"],
  ["12.7×108mm DShK", null, "unknown", null, "the DShK's cartridge, not the gun"],
  ["7.62mm PKM", null, "alias", "PKM", "negative: a bore alone before the model is its calibre"],
  ["7.62×39mm AK-47", null, "alias", "AK-47", "negative: a designation with digits is the weapon"],
  ["7.62×51mm NATO", null, "canonical", "7.62×51mm NATO", "negative: a listed cartridge"],
], (raw) => weapon(raw));
