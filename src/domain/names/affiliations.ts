/**
 * Affiliation phrases around an actor name (NAMING-POLICY actors §8): "IS-linked ISWAP",
 * "Qaeda-aligned fighters of Al-Shabaab", "Al-Qaeda affiliate JNIM", "JNIM, an al-Qaeda
 * affiliate", "JNIM, affilié à al-Qaïda", and the same phrase alone as a gloss ("(al-Qaeda
 * affiliate)"). The phrase names the parent; the actor is the one named beside it, never the
 * parent. The parent is still evidence: an actor of the other family ("IS-linked JNIM") is a
 * contradiction, and the name is not guessed.
 */
export type Family = "al-Qaeda" | "Islamic State";

/** The parents a phrase may name, as reports write them (folded letters, after cleanName). */
const PARENT = String.raw`(?:al[- ]?)?qa(?:e|')?(?:i|ï)?da|qaeda|aq|islamic state|isis|isil|is|daesh|daech|ei|(?:l')?(?:é|e)tat islamique`;
const LINK_ADJECTIVE = String.raw`linked|aligned|affiliated|allied|loyal|loyalist|inspired|backed`;
const LINK_NOUN = String.raw`affiliate|affiliated group|branch|franchise|ally|wing|arm|faction|offshoot|splinter|affilié|affiliée|branche|filiale`;

/** "IS-linked ISWAP", "Al-Qaeda affiliate JNIM", "pro-IS fighters of …". */
const BEFORE = new RegExp(String.raw`^(?:pro-)?(${PARENT})(?:-|\s+)(?:(${LINK_ADJECTIVE})|(${LINK_NOUN}))\s+(.+)$`, "iu");
/** "JNIM, an al-Qaeda affiliate (in the Sahel)", "JNIM, al-Qaeda's branch", "JNIM, linked to al-Qaeda", "JNIM, affilié à al-Qaïda". */
const AFTER = new RegExp(
  String.raw`^(.+?)\s*,\s*(?:(?:an?|the|un|une|la|le)\s+)?(?:(?:(${PARENT})(?:-|\s+)(?:(${LINK_ADJECTIVE})(?:\s+group)?|(${LINK_NOUN})))|(?:(${LINK_ADJECTIVE}|liée?s?|affiliée?s?)\s+(?:to|with|à|a)\s+(${PARENT})))(?:\s+(?:in|au|en|dans)\s+.+)?$`,
  "iu",
);
/** The phrase alone, as a gloss: "al-Qaeda affiliate", "an IS-linked group", "affiliated with al-Qaeda". */
const GLOSS = new RegExp(
  String.raw`^(?:(?:an?|the|un|une)\s+)?(?:(?:(${PARENT})(?:-|\s+)(?:(?:${LINK_ADJECTIVE})(?:\s+(?:group|faction|militants|fighters|jihadists))?|(${LINK_NOUN})))|(?:(?:${LINK_ADJECTIVE}|liée?s?|affiliée?s?)\s+(?:to|with|à|a)\s+(${PARENT})))(?:\s+(?:in|au|en|dans)\s+.+)?$`,
  "iu",
);

/** What an affiliation phrase says. */
export interface Affiliation {
  /** The actor named beside the phrase ("" for a gloss that names none). */
  name: string;
  /** The parent's family the phrase names. */
  parent: Family;
  /** The phrase as written, for reasons. */
  phrase: string;
}

function familyOf(written: string): Family {
  return /qa|aq/i.test(written) ? "al-Qaeda" : "Islamic State";
}

/** The actor an affiliation phrase names and the parent it gives, or undefined where the text holds no such phrase. */
export function parseAffiliation(text: string): Affiliation | undefined {
  const before = BEFORE.exec(text);
  if (before) return { name: before[4].trim(), parent: familyOf(before[1]), phrase: text.slice(0, text.length - before[4].length).trim() };
  // The phrase after the name follows a comma: told at once, before the pattern's backtracking.
  const after = text.includes(",") ? AFTER.exec(text) : null;
  if (after) {
    const parent = after[2] ?? after[6];
    return { name: after[1].trim(), parent: familyOf(parent), phrase: text.slice(after[1].length).replace(/^\s*,\s*/, "") };
  }
  return undefined;
}

/** A gloss that only describes an affiliation ("al-Qaeda affiliate"): its parent, or undefined. */
export function parseGloss(text: string): Affiliation | undefined {
  const gloss = GLOSS.exec(text);
  if (!gloss) return undefined;
  const parent = gloss[1] ?? gloss[3];
  return { name: "", parent: familyOf(parent), phrase: text };
}

/**
 * The family each listed actor belongs to, where its allegiance is public and stable (ACLED
 * actor profiles): a phrase naming the other family contradicts the name. Actors not listed
 * here are not checked.
 */
const FAMILIES: Record<string, Family> = {
  "Jama'at Nusrat al-Islam wal-Muslimin": "al-Qaeda",
  "Al-Qaeda in the Islamic Maghreb": "al-Qaeda",
  "Al-Qaeda in the Arabian Peninsula": "al-Qaeda",
  "Katiba Macina": "al-Qaeda",
  "Al-Mourabitoun": "al-Qaeda",
  "Al-Shabaab": "al-Qaeda",
  "Islamic State": "Islamic State",
  "Islamic State Sahel Province": "Islamic State",
  "Islamic State West Africa Province": "Islamic State",
  "Islamic State Somalia Province": "Islamic State",
  "Islamic State Mozambique Province": "Islamic State",
  "Islamic State Khorasan Province": "Islamic State",
  "Allied Democratic Forces": "Islamic State",
};

/** Whether a phrase naming a family contradicts the actor ("IS-linked JNIM"). */
export function contradictsFamily(canonical: string, parent: Family): boolean {
  const family = FAMILIES[canonical];
  return family !== undefined && family !== parent;
}

/** The family of a listed actor, where known. */
export function familyOfActor(canonical: string): Family | undefined {
  return FAMILIES[canonical];
}
