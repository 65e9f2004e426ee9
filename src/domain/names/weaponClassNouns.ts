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

/**
 * Each class noun (a regular-expression source, singular and plural), the categories it
 * fits, and for French nouns written before a calibre or a name the English noun that an
 * alias may end with ("mortiers de 60mm" → "60 mm mortar", "roquettes Grad" → "Grad rocket").
 * Multi-word nouns and nouns with a role ("anti-tank grenade launcher", "roquette à
 * fragmentation") come before the words they end with.
 */
const NOUNS: [string, Fits, string?][] = [
  [String.raw`assault rifles?|fusils? d'assaut`, ["assault rifle", "carbine"], "assault rifle"],
  [String.raw`battle rifles?`, ["battle rifle"]],
  [String.raw`short rifles?`, ["carbine", "assault rifle", "self-loading carbine"]],
  [String.raw`sniper rifles?|marksman rifles?|fusils? de précision|fusils? de precision|fusils? de sniper`, ["designated marksman/sniper rifle"]],
  [String.raw`anti-?tank grenade launchers?|anti-?tank rocket launchers?|lance-roquettes? antichars?|lance-grenades? antichars?`, ["rocket launcher", "single-shot disposable rocket launcher"], "rocket launcher"],
  [String.raw`under-?barrel grenade launchers?|lance-grenades? sous-canon`, ["under-barrel grenade launcher"]],
  [String.raw`(?:single-shot |disposable |single-shot disposable )(?:rocket |anti-?tank )?launchers?`, ["single-shot disposable rocket launcher"]],
  [String.raw`grenade launchers?|lance-grenades?`, ["grenade launcher", "under-barrel grenade launcher"], "grenade launcher"],
  [String.raw`rocket launchers?|rpg launchers?|lance-roquettes?`, ["rocket launcher", "single-shot disposable rocket launcher", "recoilless rifle"], "rocket launcher"],
  [String.raw`recoilless (?:rifles?|guns?)|canons? sans recul`, ["recoilless rifle"], "recoilless rifle"],
  [String.raw`light machine guns?|lmgs?|fusils?[- ]mitrailleurs?|mitrailleuses? légères?|mitrailleuses? legeres?`, ["light machine gun"], "light machine gun"],
  [String.raw`heavy machine guns?|hmgs?|mitrailleuses? lourdes?`, ["heavy machine gun"], "heavy machine gun"],
  [String.raw`general[- ]purpose machine guns?|gpmgs?|mitrailleuses? polyvalentes?|mitrailleuses? (?:à|a) usage général`, ["general-purpose machine gun"], "GPMG"],
  [String.raw`sub-?machine guns?|smgs?|pistolets?[- ]mitrailleurs?`, ["sub-machine gun"], "sub-machine gun"],
  [String.raw`machine guns?|mgs?|mitrailleuses?`, MACHINE_GUNS, "machine gun"],
  [String.raw`rifles?|fusils?(?: (?:à|a) crosse (?:repliable|pliante|rabattable|fixe))?`, LONG_GUNS, "rifle"],
  [String.raw`carbines?|carabines?`, ["carbine", "self-loading carbine"], "carbine"],
  [String.raw`pistols?|handguns?|pistolets?(?: automatiques?| semi-automatiques?)?`, ["pistol"], "pistol"],
  [String.raw`launchers?|lanceurs?`, LAUNCHERS],
  [String.raw`rockets?|roquettes?(?: (?:antichars?|(?:à|a) fragmentation|thermobariques?|(?:à|a) charge (?:tandem|creuse)|explosives?|antipersonnel))?`, ["rocket"], "rocket"],
  [String.raw`hand grenades?|grenades? (?:à|a) main|grenades? offensives?|grenades? défensives?`, ["hand grenade"], "hand grenade"],
  [String.raw`grenades?`, ["rocket", "grenade for launcher", "hand grenade"]],
  [String.raw`mortar bombs?|mortar rounds?|mortar shells?|obus de mortiers?`, ["mortar bomb"], "mortar bomb"],
  [String.raw`rounds?`, [...ROUNDS, "cartridge"]],
  [String.raw`shells?|projectiles?|bombs?|obus`, ROUNDS],
  [String.raw`cartridges?|ammunition|ammo|bullets?|munitions?|cartouches?|balles?`, ["cartridge"]],
  [String.raw`mortars?|mortiers?|mortar tubes?`, ["mortar"], "mortar"],
  [String.raw`guns?|weapons?|systems?|armes?`, "any"],
];

const TRAILING: [RegExp, Fits][] = NOUNS.map(([source, fits]) => [new RegExp(String.raw`\s+(?:${source})$`, "iu"), fits]);
/** French order: the noun, then "de" or "d'" at most, then the model. */
/** French abbreviations written only before a model: "PM MAT 49" (pistolet-mitrailleur). */
const LEADING_ONLY: [string, Fits][] = [[String.raw`PM`, ["sub-machine gun"]]];
const LEADING: [RegExp, Fits, string | undefined][] = [...NOUNS, ...LEADING_ONLY].map(([source, fits, english]) => [new RegExp(String.raw`^(?:${source})\s+(?:(?:de|du)\s+|d')?(?=\S)`, "iu"), fits, english]);

/** A class noun and the model written with it. */
export interface ClassNoun {
  model: string;
  noun: string;
  fits: Fits;
  /** For a French noun before the model: the English class noun an alias may end with ("mortier" → "mortar"). */
  english?: string;
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
  for (const [pattern, fits, english] of LEADING) {
    const match = pattern.exec(text);
    if (!match) continue;
    const model = text.slice(match[0].length).trim();
    return model ? { model, noun: match[0].trim().replace(/\s+(?:de|du)$|\s*d'$/i, ""), fits, english } : undefined;
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
