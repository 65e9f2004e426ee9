import { foldLetters, trimWhitespace, WHITESPACE } from "./foldLetters";
import { Keyer } from "./keyer";

/** Unicode punctuation (Java's \p{Punct} under UNICODE_CHARACTER_CLASS) and C0/C1 controls other than whitespace. */
const PUNCTUATION_AND_CONTROLS = /[\p{P}\u0000-\u0008\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/gu;

/**
 * A port of OpenRefine's FingerprintKeyer (clustering/binning): trim, lower-case, fold
 * diacritics, delete punctuation and controls, split on whitespace, sort, dedupe and join
 * with one space. Punctuation is deleted, not split on, so "AK-47" and "AK 47" get
 * different keys: faithful to OpenRefine, and the reason for the separator keyer.
 */
export const fingerprintKeyer: Keyer = {
  name: "fingerprint",
  key(text: string): string {
    const normalised = foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, "");
    return sortedUnique(splitLikeJava(normalised)).join(" ");
  },
};

/**
 * The same, with punctuation read as a word separator: "AK-47", "AK 47" and "AK.47" meet
 * on "47 ak". The key that curators' spellings of model designations need.
 */
export const separatorFingerprintKeyer: Keyer = {
  name: "separator-fingerprint",
  key(text: string): string {
    const normalised = foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, " ");
    return sortedUnique(splitLikeJava(trimWhitespace(normalised))).join(" ");
  },
};

/**
 * Java's Pattern.splitAsStream on whitespace: a leading empty string is kept when the text
 * starts with whitespace, trailing empty strings are dropped.
 */
function splitLikeJava(text: string): string[] {
  const parts = text.split(WHITESPACE);
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

function sortedUnique(parts: string[]): string[] {
  // Java sorts Strings by UTF-16 code units, as JavaScript's default sort does.
  return [...new Set(parts)].sort();
}
