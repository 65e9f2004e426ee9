import { foldLetters } from "../names/keyers/foldLetters";
import { ClusterGuard } from "./clusterGuard";
import { DistinctValue, KnownName, NameLookup } from "./clusterTypes";
import { knownAsOne } from "./dictionaryLookup";
import { pluralWords, singularText } from "./pluralWords";

/** Words of this length or shorter are codes and short names, where one letter is another name. */
export const SHORT_WORD = 5;

function words(text: string): string[] {
  return foldLetters(text).replace(/['\u2019]/g, "").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/** The short words each value has and the other lacks, where every word told apart is short; undefined where short words do not tell them apart. */
function shortDifference(x: string[], y: string[]): { onlyX: string[]; onlyY: string[] } | undefined {
  if (x.join("") === y.join("")) return undefined;
  const inX = new Set(x);
  const inY = new Set(y);
  const onlyX = [...inX].filter((word) => !inY.has(word));
  const onlyY = [...inY].filter((word) => !inX.has(word));
  if (onlyX.length === 0 || onlyY.length === 0) return undefined;
  if (![...onlyX, ...onlyY].every((word) => word.length <= SHORT_WORD)) return undefined;
  return { onlyX, onlyY };
}

export interface ShortWordOptions {
  /** Read a plural -s as noise ("Dozo" / "Dozos", "PKM" / "PKMs"; see `isPluralWord`). Not for places, where a letter more is another village. */
  plurals?: boolean;
  /** The dictionary: a plural is no plural where the dictionary knows the word, or the value, as another name. */
  lookup?: NameLookup;
  /**
   * Actors, and places the team's own rows name: two values the dictionary maps to one name in
   * the same country are its aliases, not a look-alike guess ("ISIS" / "ISIL" in Mali; "Djibo" /
   * "Jibo" where the team's Curation dictionary has "Jibo" as a spelling of Djibo).
   */
  oneName?: boolean;
}

/**
 * Short words that differ are different names, not typos: PKM / PKP, ADF / SDF, Iran / Iraq,
 * "Ganro" / "Gango", "Dozo" / "Doro". Two values are kept apart where each has words the
 * other lacks and every such word is five letters or fewer, unless:
 * - the words run together are the same ("UM-RDA" / "UMRDA");
 * - with `plurals`, the words differ only in a plural -s that case marks as one ("Dozo" /
 *   "Dozos", "RPG" / "RPGs"; not "PKM" / "PKMS" nor "ISI" / "ISIS", whose S is a capital),
 *   and the dictionary does not know the plural as a name of its own: neither the word
 *   ("Hamas" is an actor, "Hama" a city: kept apart) nor the value, unless as the other's name
 *   ("PKMs" and "PKM" are both PKM; "Dozos Communal Militia (Mali)" is unknown, and may join
 *   ACLED's "Dozo Communal Militia (Mali)");
 * - with `oneName`, the dictionary maps both to one name in the same country: aliases, not a
 *   look-alike (NAMING-POLICY actors §4: "ISIS" and "ISIL" in Mali are both Islamic State Sahel
 *   Province; in Niger, which has two branches, it refuses both and they stay apart; for
 *   places, the team's own `same` rows). Not for weapons, where the dictionary maps an
 *   unlisted sub-variant to its parent (PKMS → PKM): a cluster would rewrite the sub-variant away.
 */
export function shortWordGuard(options: ShortWordOptions = {}): ClusterGuard {
  const { lookup, plurals = false, oneName = false } = options;
  const memo = new Map<string, { words: string[]; singular: string[]; plurals: string[] }>();
  const wordsOf = (text: string) => {
    let found = memo.get(text);
    if (!found) {
      if (memo.size > 100_000) memo.clear();
      const plain = words(text);
      found = plurals ? { words: plain, singular: words(singularText(text)), plurals: pluralWords(text) } : { words: plain, singular: plain, plurals: [] };
      memo.set(text, found);
    }
    return found;
  };
  const noNameOfItsOwn = (value: DistinctValue, found: { plurals: string[] }, other: DistinctValue) => {
    if (!lookup || found.plurals.length === 0) return true;
    for (const word of found.plurals) if (!oneNameOrNone(lookup(word, value.country), lookup(word.slice(0, -1), value.country))) return false;
    return oneNameOrNone(lookup(value.value, value.country), lookup(other.value, other.country));
  };
  return {
    name: "short-words",
    apart(a, b) {
      const x = wordsOf(a.value);
      const y = wordsOf(b.value);
      const difference = shortDifference(x.words, y.words);
      if (!difference) return undefined;
      if (oneName && lookup && knownAsOne(lookup, a, b)) return undefined;
      if (plurals && !shortDifference(x.singular, y.singular) && noNameOfItsOwn(a, x, b) && noNameOfItsOwn(b, y, a)) return undefined;
      const { onlyX, onlyY } = difference;
      return `"${a.value}" and "${b.value}" differ in a short word (${onlyX.join(" ")} / ${onlyY.join(" ")}): in codes and short names one letter is another name.`;
    },
  };
}

/** Both known to the dictionary by one canonical name. */
function sameCanonical(x: KnownName | undefined, y: KnownName | undefined): boolean {
  return x?.canonical !== undefined && x.canonical === y?.canonical;
}

/** A plural's reading is no name of its own: the dictionary does not know it, or knows it as the singular's name. */
function oneNameOrNone(plural: KnownName | undefined, singular: KnownName | undefined): boolean {
  return plural === undefined || sameCanonical(plural, singular);
}
