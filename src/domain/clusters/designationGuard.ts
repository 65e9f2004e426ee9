import { foldLetters } from "../names/keyers/foldLetters";
import { ClusterGuard, signatureGuard } from "./clusterGuard";

/** Separators between a letter or digit and a digit, or a digit and a letter: "AK-47", "AK 47" and "AK47" write one designation. */
const SEPARATOR_AT_DIGIT = /(?<=[\p{L}\p{N}])[\s\-._]+(?=\p{N})|(?<=\p{N})[\s\-._]+(?=[\p{L}\p{N}])/gu;
const DESIGNATION = /[\p{L}]*\p{N}[\p{L}\p{N}]*/gu;

/**
 * The designations of a text: each run of letters and digits that holds a digit, separators
 * at the digits read away and case folded. "AK-47" → ak47; "M70AB2" → m70ab2; "Military
 * Forces of Mali (2015-2022)" → 20152022; "Type 56 carbine" → type56carbine.
 */
export function designations(text: string): string[] {
  return foldLetters(text).replace(SEPARATOR_AT_DIGIT, "").match(DESIGNATION) ?? [];
}

/**
 * NAMING-POLICY: digits and suffixes are identity, not typos (AK-47 / AK-74, M70 / M70AB2,
 * RPG-7 / RPG-7V2), and ACLED's regime periods tell forces apart ("(2015-2022)" / "(2022-)"):
 * values whose designations differ in any way, one more or one less included, never share a
 * cluster.
 */
export function designationGuard(): ClusterGuard {
  return signatureGuard(
    "digits",
    (text) => designations(text).join(" "),
    (a, b, x, y) => `"${a.value}" and "${b.value}" differ in their digits or designations (${x || "none"} / ${y || "none"}): digits and suffixes are identity, not typos.`,
  );
}
