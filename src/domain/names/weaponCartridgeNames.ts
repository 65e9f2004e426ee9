/**
 * Cartridges named after the weapon or designer they were made for (NAMING-POLICY weapons
 * §4, §6): "9×18mm Makarov", "7.62×25mm Tokarev", "7.62×54mmR Mosin". A full cartridge
 * designation (bore × case) followed by a name is the cartridge, not the pistol or rifle:
 * never mapped to the weapon. "7.62mm PKM" (a bore alone) is the weapon with its calibre.
 */
const CARTRIDGE_NAME = /^(\d+(?:[.,]\d+)?\s*(?:mm)?\s*[x×]\s*\d+(?:[.,]\d+)?\s*(?:mm)?\s*R?)\s+(\p{L}[\p{L}'-]*)$/iu;

/** The cartridge's designation and the name it is written with; undefined where the text is not of that form. */
export function cartridgeNamedFor(text: string): { calibre: string; name: string } | undefined {
  const match = CARTRIDGE_NAME.exec(text);
  return match ? { calibre: match[1].trim(), name: match[2] } : undefined;
}
