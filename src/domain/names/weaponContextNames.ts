import { foldLetters } from "./keyers/foldLetters";

/**
 * Weapon nicknames whose meaning depends on the incident's country (NAMING-POLICY actors §4
 * applied to weapons, from weapons.csv): "Dushka" is the DShK, but Syrian fighters also call
 * the Zastava M02 Coyote "Dushka", so in Syria the nickname is refused with both candidates.
 * Keys are folded words; each is looked up in a Set, once per name.
 */
const CONTEXT_NAMES: { words: string[]; countries: string[]; candidates: string[]; note: string }[] = [
  { words: ["dushka", "doushka", "dushkas", "doushkas", "douchka"], countries: ["Syria"], candidates: ["DShK", "Zastava M02 Coyote"], note: "in Syria the nickname \"Dushka\" is also given to the Zastava M02 Coyote (weapons.csv)" },
];

const BY_WORD = new Map<string, { countries: Set<string>; candidates: string[]; note: string }>();
for (const item of CONTEXT_NAMES) for (const word of item.words) BY_WORD.set(word, { countries: new Set(item.countries.map((c) => c.toLowerCase())), candidates: item.candidates, note: item.note });

/** A cheap test, compiled once, that a raw text may hold one of the words (before it is split into words). */
const HINT = new RegExp(CONTEXT_NAMES.flatMap((item) => item.words).join("|"), "iu");
export function mayDependOnCountry(raw: string): boolean {
  return HINT.test(raw);
}

/** The refusal a country imposes on a name's words ("Dushka" in Syria), or undefined. */
export function contextRefusal(tokens: readonly string[], country: string | null | undefined): { candidates: string[]; note: string } | undefined {
  if (!country) return undefined;
  const key = foldLetters(country).toLowerCase().trim();
  for (const token of tokens) {
    const found = BY_WORD.get(token);
    if (found && found.countries.has(key)) return found;
  }
  return undefined;
}
