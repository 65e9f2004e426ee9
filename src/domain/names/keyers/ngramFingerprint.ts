import { boundedMemo } from "../boundedMemo";
import { foldLetters, trimWhitespace } from "./foldLetters";

const PUNCTUATION_AND_CONTROLS = /[\p{P}\u0000-\u0008\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/gu;
/** Java's \p{Cntrl}|\p{Space} under UNICODE_CHARACTER_CLASS. */
const CONTROLS_AND_SPACE = /[\p{Cc}\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu;

/** The ASCII characters both patterns delete: controls, space, and punctuation (\p{P}: not $+<=>^`|~). */
const ASCII_DELETED = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (c <= 0x20 || c === 0x7f || "!\"#%&'()*,-./:;?@[\\]_{}".includes(String.fromCharCode(c))) ASCII_DELETED[c] = 1;

/**
 * A port of OpenRefine's NGramFingerprintKeyer: the fingerprint normalisation, then every
 * control character and space removed, then the sorted unique character n-grams (2 by
 * default) concatenated.
 */
export function ngramFingerprintKeyer(size = 2): { name: string; key(text: string): string } {
  return { name: `ngram-fingerprint-${size}`, key: boundedMemo((text) => ngramKey(normalise(text), size)) };
}

function normalise(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) return foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, "").replace(CONTROLS_AND_SPACE, "");
  }
  // ASCII: folding is per letter, and every whitespace character is deleted anyway.
  const folded = foldLetters(text);
  let kept = "";
  let from = 0;
  for (let i = 0; i < folded.length; i++) {
    if (ASCII_DELETED[folded.charCodeAt(i)] === 1) {
      if (i > from) kept += folded.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? folded : kept + folded.slice(from);
}

/**
 * The bigram key of a text the fingerprint normalisation leaves as it is (lower-case ASCII
 * letters and digits, nothing deleted): the resolver's words run together.
 */
export function bigramKeyOfNormalised(normalised: string): string {
  return ngramKey(normalised, 2);
}

/** Sorted unique n-grams, by UTF-16 code units as Array.prototype.sort compares strings. */
function ngramKey(normalised: string, size: number): string {
  if (size !== 2) {
    const grams = new Set<string>();
    for (let i = 0; i + size <= normalised.length; i++) grams.add(normalised.slice(i, i + size));
    return [...grams].sort().join("");
  }
  // A pair of code units as one number orders as the two-character string does.
  const pairs = new Set<number>();
  for (let i = 0; i + 2 <= normalised.length; i++) pairs.add(normalised.charCodeAt(i) * 0x10000 + normalised.charCodeAt(i + 1));
  const sorted = Float64Array.from(pairs).sort();
  let key = "";
  for (const pair of sorted) key += String.fromCharCode(Math.floor(pair / 0x10000), pair % 0x10000);
  return key;
}
