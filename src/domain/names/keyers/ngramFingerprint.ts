import { foldLetters, trimWhitespace } from "./foldLetters";
import { Keyer } from "./keyer";

const PUNCTUATION_AND_CONTROLS = /[\p{P}\u0000-\u0008\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/gu;
/** Java's \p{Cntrl}|\p{Space} under UNICODE_CHARACTER_CLASS. */
const CONTROLS_AND_SPACE = /[\p{Cc}\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;

/**
 * A port of OpenRefine's NGramFingerprintKeyer: the fingerprint normalisation, then every
 * control character and space removed, then the sorted unique character n-grams (2 by
 * default) concatenated.
 */
export function ngramFingerprintKeyer(size = 2): { name: string; key(text: string): string } {
  return {
    name: `ngram-fingerprint-${size}`,
    key(text: string): string {
      const normalised = foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, "").replace(CONTROLS_AND_SPACE, "");
      const grams = new Set<string>();
      for (let i = 0; i + size <= normalised.length; i++) grams.add(normalised.slice(i, i + size));
      return [...grams].sort().join("");
    },
  };
}
