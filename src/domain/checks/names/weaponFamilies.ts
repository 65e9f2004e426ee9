/** Families of the weapon typology: categories within one family do not contradict each other. */
const FAMILIES: Record<string, string[]> = {
  "long gun": ["assault rifle", "battle rifle", "carbine", "self-loading carbine", "designated marksman/sniper rifle", "rifle", "shotgun"],
  "machine gun": ["light machine gun", "general-purpose machine gun", "heavy machine gun"],
  handgun: ["pistol", "revolver", "sub-machine gun"],
  launcher: ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "grenade launcher", "under-barrel grenade launcher", "multiple rocket launcher", "anti-tank guided missile", "man-portable air-defence system"],
  mortar: ["mortar"],
  artillery: ["artillery"],
  ammunition: ["cartridge", "rocket", "round for recoilless weapon", "grenade for launcher", "mortar bomb", "artillery shell", "missile"],
  explosive: ["hand grenade", "landmine", "improvised explosive device", "explosive"],
};

const FAMILY_OF = new Map<string, string>(Object.entries(FAMILIES).flatMap(([family, categories]) => categories.map((category) => [category, family] as const)));

/** The family of a typology category, or undefined (drone, other). */
export function familyOf(category: string): string | undefined {
  return FAMILY_OF.get(category);
}
