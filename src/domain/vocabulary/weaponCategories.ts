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

/** A category's writing with case, accents, spaces and hyphens set aside ("ASSAULT RIFLE", "Sub machine gun"). */
function writingKey(text: string): string {
  return fold(text).replace(/[\s\-\u2010-\u2015]+/g, "");
}

const byWriting = new Map<string, string[]>();
for (const name of WEAPON_CATEGORY_NAMES) byWriting.set(writingKey(name), [...(byWriting.get(writingKey(name)) ?? []), name]);

/**
 * The category whose name a text writes differing only in case, spaces or hyphens
 * ("Rifle", "ASSAULT RIFLE", "Sub machine gun"), where exactly one name does; plurals,
 * abbreviations and other wordings are not mere writing differences.
 */
export function categoryWrittenAs(text: string): string | undefined {
  const names = byWriting.get(writingKey(text));
  return names && names.length === 1 ? names[0] : undefined;
}

/** The categories whose names share a writing key: none, so that every case-only writing is unambiguous (tested). */
export function categoryWritingClashes(): string[][] {
  return [...byWriting.values()].filter((names) => names.length > 1);
}

const wordsOf = (text: string): string[] =>
  fold(text)
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1)
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));

/** The head noun of a category phrase: the last word, or the word before "for" ("grenade for launcher" is a grenade). */
function headOf(words: readonly string[]): string | undefined {
  const before = words.indexOf("for");
  return before > 0 ? words[before - 1] : words[words.length - 1];
}

const phrases = WEAPON_CATEGORIES.flatMap((category) => [category.name, ...category.aliases].map((phrase) => ({ name: category.name, words: wordsOf(phrase) })));

/**
 * The categories a partial description fits, in the typology's order: those whose name or
 * an alias holds every word written and has the same head noun ("launcher" → grenade
 * launcher, rocket launcher, …, not grenade for launcher, which is ammunition); failing
 * that, those that merely hold every word ("sniper" → designated marksman/sniper rifle).
 */
export function categoriesThatFit(text: string): string[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  const head = headOf(words);
  const holding = phrases.filter((phrase) => words.every((word) => phrase.words.includes(word)));
  const headed = holding.filter((phrase) => headOf(phrase.words) === head);
  return [...new Set((headed.length > 0 ? headed : holding).map((phrase) => phrase.name))];
}

/**
 * Words that name what a weapon row counts (singular, folded): every word of the
 * categories' names and aliases, and the general nouns ("weapon", "piece", "fusil"). A
 * quantity such as "2 rifles" is a number followed by such words only.
 */
export const COUNTED_ITEM_WORDS: ReadonlySet<string> = new Set([
  ...phrases.flatMap((phrase) => phrase.words).filter((word) => !/\d/.test(word) && word !== "for"),
  ...["weapon", "firearm", "gun", "arm", "arme", "item", "piece", "pc", "unit", "fusil", "pistolet", "roquette", "munition", "obus", "grenade", "launcher", "rifle", "rocket"],
]);
