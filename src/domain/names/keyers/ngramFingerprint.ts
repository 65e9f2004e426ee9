import { boundedMemo } from "../boundedMemo";
import { foldLetters, trimWhitespace } from "./foldLetters";
import { isAscii } from "../../text/isAscii";

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
  if (!isAscii(text)) return foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, "").replace(CONTROLS_AND_SPACE, "");
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
  // A pair of code units as one number (below 2^32) orders as the two-character string does:
  // sorted as numbers in a reused buffer, repeats skipped as the key is written.
  const count = normalised.length - 1;
  if (count <= 0) return "";
  if (pairBuffer.length < count) pairBuffer = new Uint32Array(Math.max(count, 2 * pairBuffer.length));
  for (let i = 0; i < count; i++) pairBuffer[i] = normalised.charCodeAt(i) * 0x10000 + normalised.charCodeAt(i + 1);
  const pairs = pairBuffer.subarray(0, count).sort();
  const codes: number[] = [];
  let previous = -1;
  for (let i = 0; i < count; i++) {
    const pair = pairs[i];
    if (pair === previous) continue;
    previous = pair;
    codes.push(pair >>> 16, pair & 0xffff);
  }
  if (codes.length <= 4096) return String.fromCharCode(...codes);
  // A long text: written in pieces, within the engines' limits on a call's arguments.
  let key = "";
  for (let from = 0; from < codes.length; from += 4096) key += String.fromCharCode(...codes.slice(from, from + 4096));
  return key;
}

let pairBuffer = new Uint32Array(64);
