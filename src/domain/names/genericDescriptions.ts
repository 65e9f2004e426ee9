/** Generic descriptions, not actors (NAMING-POLICY actors §7): kept as written. */
export const GENERIC_PATTERNS: RegExp[] = [
  /^(?:unknown|unidentified|armed|masked|suspected|presumed)?\s*(?:gunmen|gunman|armed men|armed individuals|assailants|attackers|kidnappers|abductors)$/i,
  /^(?:armed\s+)?bandits?$/i,
  /^(?:islamist\s+|suspected\s+)?(?:jihadists?|djihadistes?|jihadistes?|islamists?|terrorists?|terroristes?|militants?|insurgents?|extremists?|rebels?|militiamen|militia|vigilantes?)$/i,
  /^(?:hommes armés(?: non identifiés)?|individus armés(?: non identifiés)?|HANI|groupes? armés?(?: non identifiés?)?|bandits armés)$/i,
  /^(?:unidentified|unknown)\s+(?:armed|communal|ethnic)?\s*(?:group|militia)(?:\s*\(.+\))?$/i,
  /^(?:civilians|protesters|rioters|private security forces|unidentified armed group)\s*\(.+\)$/i,
  /^civilians$|^protesters$|^rioters$|^villagers$|^herders$|^farmers$/i,
  /\b(?:ethnic|communal|clan|tribal)\s+militia\b/i,
  /^(?:self-defen[cs]e group|local defen[cs]e group|dozos?|koglweogo)$/i,
];

/** Whether a text is a generic description (kept as written), not a named actor. */
export function isGenericDescription(text: string): boolean {
  return GENERIC_PATTERNS.some((pattern) => pattern.test(text));
}
