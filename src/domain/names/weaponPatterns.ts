/**
 * "Kalashnikov-type assault rifles", "fusils de type Kalachnikov", "AK-pattern": a model
 * named as a pattern (NAMING-POLICY weapons §5–6). It says the weapon is of that family, not
 * that it is that model: it maps only to a family entry (one whose canonical name says
 * "pattern", such as AK-pattern rifle), never to the model itself ("AK-47-type rifle" is not
 * the AK-47). "Type 56" is a designation, not a pattern word: "type" is taken only before a
 * word without digits.
 */
const SUFFIX = /^(\p{L}[\p{L}-]*?)-(?:type|pattern|style)\b\s*/iu;
const FRENCH = /^(?:de\s+)?type\s+(?=\p{L}+$)/iu;

/** The name of the pattern, where the text is written as one; undefined otherwise. */
export function patternOf(text: string): string | undefined {
  const suffix = SUFFIX.exec(text);
  if (suffix) return (suffix[1] + " " + text.slice(suffix[0].length)).trim();
  const french = FRENCH.exec(text);
  if (french) return text.slice(french[0].length).trim();
  return undefined;
}

/** Whether a canonical name is a family entry that a pattern phrase may map to. */
export function isFamily(canonical: string): boolean {
  return /pattern/i.test(canonical);
}
