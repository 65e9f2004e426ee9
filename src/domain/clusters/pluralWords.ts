/** A word as the plural rule reads it: letters and digits, with the hyphens and full stops inside a designation ("AK-47s", "M16A1s"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}.\-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu;

/**
 * Whether a word, as written, is another word with an English plural -s (NAMING-POLICY
 * weapons §5: plurals around a model are noise; "Dozos" are Dozo hunters). Only where its
 * case says so: a lower-case s after a designation or acronym written in capitals ("AK-47s",
 * "PG-7Vs", "PKMs", "RPGs"), or after a word of four letters or more ending in a lower-case
 * letter ("Dozos", "Militias", "rifles"). Not a capital S, which is a suffix ("PKMS", "ISIS",
 * "Beretta 92S"); not an s after digits with no capital ("92s", "1990s"), where no case tells
 * a plural from a suffix; not -ss, -us, -is ("Congress", "Cyprus", "Tunis").
 */
export function isPluralWord(word: string): boolean {
  if (word.length < 3 || !word.endsWith("s")) return false;
  const stem = word.slice(0, -1);
  if (/(?:s|u|i)$/iu.test(stem)) return false;
  const last = stem[stem.length - 1];
  if (/[\p{Lu}\p{N}]/u.test(last)) return /\p{Lu}/u.test(stem);
  if (!/\p{Ll}/u.test(last)) return false;
  const letters = /\p{L}+$/u.exec(stem)?.[0] ?? "";
  return letters.length >= 4;
}

/** The text with every plural -s that `isPluralWord` reads as one taken off: "AK-47s" → "AK-47", "Dozos (Mali)" → "Dozo (Mali)". */
export function singularText(text: string): string {
  return text.replace(WORD, (word) => (isPluralWord(word) ? word.slice(0, -1) : word));
}

/** The words of a text that `isPluralWord` reads as plurals, as written: "Dozos Communal Militia" → ["Dozos"]. */
export function pluralWords(text: string): string[] {
  return (text.match(WORD) ?? []).filter(isPluralWord);
}
