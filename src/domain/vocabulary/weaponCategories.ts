import { fold } from "../text/fold";

/**
 * The weapon typology of the weapon sheet's `category` column: small arms, light weapons,
 * their ammunition and the explosive items that reports document, in the Small Arms
 * Survey's terms. Each category lists the other ways it is written.
 */
export const WEAPON_CATEGORIES: readonly { name: string; aliases: string[] }[] = [
  { name: "pistol", aliases: ["handgun", "semi-automatic pistol"] },
  { name: "revolver", aliases: [] },
  { name: "sub-machine gun", aliases: ["submachine gun", "smg", "machine pistol"] },
  { name: "carbine", aliases: ["short assault rifle", "short assault rifle/carbine"] },
  { name: "self-loading carbine", aliases: ["semi-automatic carbine", "self loading rifle"] },
  { name: "assault rifle", aliases: ["automatic rifle", "ak-pattern rifle", "fusil d'assaut"] },
  { name: "battle rifle", aliases: [] },
  { name: "rifle", aliases: ["bolt-action rifle", "hunting rifle", "fusil"] },
  { name: "shotgun", aliases: ["fusil de chasse"] },
  { name: "designated marksman/sniper rifle", aliases: ["sniper rifle", "designated marksman rifle", "marksman rifle", "dmr"] },
  { name: "light machine gun", aliases: ["lmg", "squad automatic weapon"] },
  { name: "general-purpose machine gun", aliases: ["gpmg", "medium machine gun", "machine gun"] },
  { name: "heavy machine gun", aliases: ["hmg"] },
  { name: "under-barrel grenade launcher", aliases: ["underbarrel grenade launcher", "ubgl"] },
  { name: "grenade launcher", aliases: ["automatic grenade launcher", "agl"] },
  { name: "rocket launcher", aliases: ["rpg launcher", "lance-roquette", "anti-tank rocket launcher"] },
  { name: "single-shot disposable rocket launcher", aliases: ["disposable rocket launcher", "light anti-tank weapon", "law"] },
  { name: "recoilless rifle", aliases: ["recoilless gun", "recoilless launcher"] },
  { name: "mortar", aliases: ["mortier"] },
  { name: "multiple rocket launcher", aliases: ["mrl", "mlrs", "rocket artillery"] },
  { name: "anti-tank guided missile", aliases: ["atgm", "atgw"] },
  { name: "man-portable air-defence system", aliases: ["manpads", "man-portable air-defense system"] },
  { name: "artillery", aliases: ["howitzer", "field gun"] },
  { name: "cartridge", aliases: ["ammunition", "round", "bullet", "cartridges", "munition"] },
  { name: "rocket", aliases: ["rocket round", "roquette"] },
  { name: "round for recoilless weapon", aliases: ["recoilless round"] },
  { name: "grenade for launcher", aliases: ["launcher grenade", "40mm grenade", "rifle grenade"] },
  { name: "mortar bomb", aliases: ["mortar round", "mortar shell", "obus de mortier"] },
  { name: "artillery shell", aliases: ["artillery round", "shell"] },
  { name: "missile", aliases: [] },
  { name: "hand grenade", aliases: ["grenade", "grenade a main"] },
  { name: "landmine", aliases: ["mine", "anti-personnel mine", "anti-tank mine", "anti-vehicle mine"] },
  { name: "improvised explosive device", aliases: ["ied", "engin explosif improvise", "eei"] },
  { name: "explosive", aliases: ["explosives", "explosive charge"] },
  { name: "drone", aliases: ["uav", "uas", "unmanned aerial vehicle"] },
  { name: "other", aliases: ["unknown", "miscellaneous"] },
];

export const WEAPON_CATEGORY_NAMES: readonly string[] = WEAPON_CATEGORIES.map((c) => c.name);

const byKey = new Map<string, string>();
for (const category of WEAPON_CATEGORIES) {
  for (const key of [category.name, ...category.aliases]) {
    byKey.set(fold(key), category.name);
    byKey.set(fold(key).replace(/s$/, ""), category.name);
  }
}

/** The typology category a text names (singular or plural, any case), or undefined. */
export function findWeaponCategory(text: string): string | undefined {
  const key = fold(text);
  return byKey.get(key) ?? byKey.get(key.replace(/s$/, ""));
}
