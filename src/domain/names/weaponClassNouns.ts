/**
 * Class nouns written with a model (NAMING-POLICY weapons §5), in English after it ("RPG-7
 * launchers", "Zastava M05E1 rifles") and in French before it ("fusil d'assaut AK-47",
 * "lance-roquettes RPG-7", "mitrailleuse PKM", "roquette PG-7V", "obus PG-9"): noise when
 * they fit the model's category, a different weapon when they do not ("Type 56 LMG",
 * "AK-47 rocket"). Longer nouns first; each table is compiled once.
 */
export type Fits = readonly string[] | "any";

const LONG_GUNS = ["assault rifle", "battle rifle", "carbine", "self-loading carbine", "designated marksman/sniper rifle", "rifle"];
const MACHINE_GUNS = ["light machine gun", "general-purpose machine gun", "heavy machine gun"];
const LAUNCHERS = ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle", "grenade launcher", "under-barrel grenade launcher", "multiple rocket launcher"];
const ROUNDS = ["rocket", "round for recoilless weapon", "mortar bomb", "grenade for launcher", "artillery shell"];

/** Each class noun (a regular-expression source, singular and plural) and the categories it fits. */
const NOUNS: [string, Fits][] = [
  [String.raw`assault rifles?|fusils? d'assaut`, ["assault rifle", "carbine"]],
  [String.raw`sniper rifles?|marksman rifles?|fusils? de précision|fusils? de precision|fusils? de sniper`, ["designated marksman/sniper rifle"]],
  [String.raw`grenade launchers?|lance-grenades?`, ["grenade launcher", "under-barrel grenade launcher"]],
  [String.raw`rocket launchers?|rpg launchers?|lance-roquettes?`, ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle"]],
  [String.raw`recoilless (?:rifles?|guns?)|canons? sans recul`, ["recoilless rifle"]],
  [String.raw`light machine guns?|lmgs?|fusils?[- ]mitrailleurs?|mitrailleuses? légères?|mitrailleuses? legeres?`, ["light machine gun"]],
  [String.raw`heavy machine guns?|hmgs?|mitrailleuses? lourdes?`, ["heavy machine gun"]],
  [String.raw`general[- ]purpose machine guns?|gpmgs?`, ["general-purpose machine gun"]],
  [String.raw`sub-?machine guns?|smgs?|pistolets?[- ]mitrailleurs?`, ["sub-machine gun"]],
  [String.raw`machine guns?|mgs?|mitrailleuses?`, MACHINE_GUNS],
  [String.raw`rifles?|fusils?`, LONG_GUNS],
  [String.raw`carbines?|carabines?`, ["carbine", "self-loading carbine"]],
  [String.raw`pistols?|handguns?|pistolets?`, ["pistol"]],
  [String.raw`launchers?|lanceurs?`, LAUNCHERS],
  [String.raw`rockets?|roquettes?`, ["rocket"]],
  [String.raw`grenades?`, ["rocket", "grenade for launcher", "hand grenade"]],
  [String.raw`rounds?|shells?|projectiles?|bombs?|obus`, ROUNDS],
  [String.raw`cartridges?|ammunition|ammo|bullets?|munitions?|cartouches?|balles?`, ["cartridge"]],
  [String.raw`mortars?|mortiers?|mortar tubes?`, ["mortar"]],
  [String.raw`guns?|weapons?|systems?|armes?`, "any"],
];

const TRAILING: [RegExp, Fits][] = NOUNS.map(([source, fits]) => [new RegExp(String.raw`\s+(?:${source})$`, "i"), fits]);
/** French order: the noun, then "de" or "d'" at most, then the model. */
const LEADING: [RegExp, Fits][] = NOUNS.map(([source, fits]) => [new RegExp(String.raw`^(?:${source})\s+(?:(?:de|du)\s+|d')?(?=\S)`, "i"), fits]);

/** A class noun and the model written with it. */
export interface ClassNoun {
  model: string;
  noun: string;
  fits: Fits;
}

/** The class noun after the model ("PKM machine guns"), or undefined. */
export function trailingClassNoun(text: string): ClassNoun | undefined {
  for (const [pattern, fits] of TRAILING) {
    const match = pattern.exec(text);
    if (!match) continue;
    const model = text.slice(0, match.index).trim();
    return model ? { model, noun: match[0].trim(), fits } : undefined;
  }
  return undefined;
}

/** The class noun before the model, French order ("mitrailleuse PKM", "fusil d'assaut AK-47"), or undefined. */
export function leadingClassNoun(text: string): ClassNoun | undefined {
  for (const [pattern, fits] of LEADING) {
    const match = pattern.exec(text);
    if (!match) continue;
    const model = text.slice(match[0].length).trim();
    return model ? { model, noun: match[0].trim().replace(/\s+(?:de|du)$|\s*d'$/i, ""), fits } : undefined;
  }
  return undefined;
}

/** The index in `text` where a trailing class noun begins, for splitting compounds ("Type 56-1/-2 rifles"), or -1. */
export function trailingClassNounAt(text: string): number {
  for (const [pattern] of TRAILING) {
    const match = pattern.exec(text);
    if (match && match.index > 0) return match.index;
  }
  return -1;
}

/** Whether a class noun fits a model's category. */
export function nounFits(fits: Fits, category: string): boolean {
  return fits === "any" || fits.includes(category);
}
