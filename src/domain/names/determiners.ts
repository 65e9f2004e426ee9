/**
 * Articles, determiners and counts before a name (NAMING-POLICY actors §8, weapons §5),
 * English and French: "the Houthis", "a PKM machine gun", "an RPG-7 launcher", "les FAMa",
 * "l'EIGS", "des éléments du JNIM", "two PKM machine guns", "deux fusils". They are noise for
 * matching; the stored raw value is never changed. Only the words are taken off: whether
 * what is left is a name is for the resolver to say (a name that begins with one of these
 * words, "An Nasr", is tried whole first).
 */
const ARTICLE = String.raw`(?:the|a|an|le|la|les|un|une|des|du|de la|de|au|aux)\s+|(?:l|d)'(?=\p{L})`;
const COUNT = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|a few|many|numerous|dozens of|a dozen|multiple|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|quelques|de nombreux|de nombreuses|(?:[1-9]\d{0,2})(?=\s+\p{L})(?!\s+(?:mm|x)\b))\s+`;

const LEADING_ARTICLE = new RegExp(`^(?:${ARTICLE})`, "iu");
const LEADING_COUNT = new RegExp(`^(?:${COUNT})`, "iu");

/** The text without the articles and determiners it begins with ("the", "les", "l'"). */
export function stripArticles(text: string): string {
  let current = text;
  for (let i = 0; i < 3; i++) {
    const next = current.replace(LEADING_ARTICLE, "");
    if (next === current || !next) break;
    current = next;
  }
  return current;
}

/**
 * The text without a leading article or count ("a", "two", "deux", "3"), and the count
 * where one was written. Digits are taken as a count only before a word that is not a unit
 * ("82 mm mortar" keeps its calibre).
 */
export function stripCount(text: string): { text: string; count: boolean } {
  const articled = stripArticles(text);
  const counted = articled.replace(LEADING_COUNT, "");
  return { text: counted && counted !== articled ? stripArticles(counted) : articled, count: counted !== articled && !!counted };
}
