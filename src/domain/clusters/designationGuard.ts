import { foldLetters } from "../names/keyers/foldLetters";
import { ClusterGuard } from "./clusterGuard";
import { singularText } from "./pluralWords";

/** Separators between a letter or digit and a digit, or a digit and a letter: "AK-47", "AK 47" and "AK47" write one designation. */
const SEPARATOR_AT_DIGIT = /(?<=[\p{L}\p{N}])[\s\-._]+(?=\p{N})|(?<=\p{N})[\s\-._]+(?=[\p{L}\p{N}])/gu;
const DESIGNATION = /[\p{L}]*\p{N}[\p{L}\p{N}\u00b7]*/gu;
/** A decimal point between digits: kept, as a middle dot no separator rule reads away ("12.7mm" is not "127mm"). */
const DECIMAL_POINT = /(?<=\p{N})\.(?=\p{N})/gu;
/**
 * A decimal comma: one to three digits, a comma, one to three digits, standing alone as a
 * number ("7,62mm", "12,7 mm"), not a list's comma ("Type 56-1,2", "AK-47,74", "1,2,3").
 */
const DECIMAL_COMMA = /(?<![\p{N}\-.,/])(\p{N}{1,3}),(?=\p{N}{1,3}(?![\p{N},]))/gu;

export interface DesignationOptions {
  /** Read a plural -s as noise ("AK-47s" is AK-47; see `isPluralWord`). Not for places. Default true. */
  plurals?: boolean;
}

/**
 * The designations of a text: each run of letters and digits that holds a digit, separators
 * at the digits read away and case folded. "AK-47" → ak47; "M70AB2" → m70ab2; "Military
 * Forces of Mali (2015-2022)" → 20152022; "Type 56 carbine" → type56carbine. A decimal comma
 * is a decimal point and the point is kept ("7,62mm" and "7.62mm" → 7.62mm, not 762mm: "12.7mm"
 * is not "127mm"), and with `plurals` a plural -s that
 * case marks as one is dropped ("AK-47s" → ak47, "RPG-7 launchers" → rpg7launcher).
 */
export function designations(text: string, options: DesignationOptions = {}): string[] {
  const decimal = text.replace(DECIMAL_COMMA, "$1.");
  const singular = options.plurals === false ? decimal : singularText(decimal);
  const found = foldLetters(singular).replace(DECIMAL_POINT, "\u00b7").replace(SEPARATOR_AT_DIGIT, "").match(DESIGNATION) ?? [];
  return found.map((designation) => designation.replace(/\u00b7/g, "."));
}

/**
 * NAMING-POLICY: digits and suffixes are identity, not typos (AK-47 / AK-74, M70 / M70AB2,
 * RPG-7 / RPG-7V2, PG-7V / PG-7VL), and ACLED's regime periods tell forces apart ("(2015-2022)"
 * / "(2022-)"): values whose designations differ in any way, one more or one less included,
 * never share a cluster. How a designation is written is not identity: separators at its
 * digits, case, a decimal comma for a point (the point itself is identity), and, with
 * `plurals`, a plural -s (weapons §5) where case shows it is one: values whose designations
 * are the same as written (up to case) or once plurals are taken off may share a cluster.
 */
export function designationGuard(options: DesignationOptions = {}): ClusterGuard {
  const plurals = options.plurals !== false;
  const memo = new Map<string, { written: string; singular: string }>();
  const signatures = (text: string) => {
    let found = memo.get(text);
    if (!found) {
      if (memo.size > 100_000) memo.clear();
      const written = designations(text, { plurals: false }).join(" ");
      found = { written, singular: plurals ? designations(text).join(" ") : written };
      memo.set(text, found);
    }
    return found;
  };
  return {
    name: "digits",
    apart(a, b) {
      const x = signatures(a.value);
      const y = signatures(b.value);
      if (x.written === y.written || x.singular === y.singular) return undefined;
      return `"${a.value}" and "${b.value}" differ in their digits or designations (${x.singular || "none"} / ${y.singular || "none"}): digits and suffixes are identity, not typos.`;
    },
  };
}
