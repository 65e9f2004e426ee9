import { boundedMemo } from "../boundedMemo";
import { isAscii } from "../../text/isAscii";

/**
 * Case and diacritic folding as OpenRefine's FingerprintKeyer does it: NFKD, then drop
 * combining marks (U+0300–U+036F), modifier letters (Lm) and modifier symbols (Sk), then
 * replace the letters that have no decomposition (ß → ss, ø → oe, ł → l, …).
 */
const DIACRITICS_AND_FRIENDS = /[\u0300-\u036f\p{Lm}\p{Sk}]+/gu;

const NON_DIACRITICS: Record<string, string> = {
  "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa", "©": "c", "\u00f0": "d", "\u0111": "d", "\u0256": "d", "\u00fe": "th", "ƿ": "w",
  "\u0127": "h", "\u0131": "i", "\u0138": "k", "\u0142": "l", "\u014b": "n", "\u017f": "s", "\u0167": "t", "œ": "oe", "ẜ": "s", "ẝ": "s",
};
const NON_DIACRITIC = new RegExp(`[${Object.keys(NON_DIACRITICS).join("")}]`, "gu");

/** Lower-cased, diacritics stripped, special letters spelt out. */
export function foldLetters(text: string): string {
  if (!isAscii(text)) return foldLatin(text) ?? foldRemembered(text);
  // ASCII: NFKD changes nothing and no letter needs spelling out; ^ and ` are modifier symbols (Sk).
  const lower = text.toLowerCase();
  return lower.includes("^") || lower.includes("`") ? lower.replace(/[\^`]/g, "") : lower;
}

/** Remembered for recent texts: a resolve folds the same text several times (ASCII is folded at once, without remembering it). */
const foldRemembered = boundedMemo(foldAny);

function foldAny(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(DIACRITICS_AND_FRIENDS, "").replace(NON_DIACRITIC, (char) => NON_DIACRITICS[char]);
}

/**
 * Below U+0250 (ASCII, Latin-1, Latin Extended-A and -B: French, Spanish, Turkish, Polish,
 * Vietnamese's base letters …) every character folds on its own: lower-casing, NFKD and the
 * deletions and spellings above never join two of them (no combining mark is among them), so
 * a text of those characters folds as the concatenation of each one's fold, read from a table
 * built with `foldAny` itself.
 */
const LATIN_END = 0x250;
const LATIN_FOLDS: readonly string[] = Array.from({ length: LATIN_END }, (_, code) => foldAny(String.fromCharCode(code)));

/**
 * `foldAny(text)` read from the table, or undefined where a character (once lower-cased) is
 * not below U+0250. Lower-cased first at once (per character, the same: lower-casing twice
 * changes nothing), so only the characters the table changes are written out one by one.
 */
function foldLatin(text: string): string | undefined {
  const lower = text.toLowerCase();
  let folded = "";
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80 && code !== 0x5e && code !== 0x60) continue;
    if (code >= LATIN_END) return undefined;
    folded += lower.slice(from, i) + LATIN_FOLDS[code];
    from = i + 1;
  }
  return from === 0 ? lower : folded + lower.slice(from);
}

/** Java's `\s` under UNICODE_CHARACTER_CLASS: Unicode White_Space (JavaScript's `\s` lacks U+0085 and adds U+FEFF). */
export const WHITESPACE = /[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/u;
const EDGE_WHITESPACE = /^[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/gu;

/** Whitespace trimmed from both ends, Unicode whitespace included. */
export function trimWhitespace(text: string): string {
  return text.replace(EDGE_WHITESPACE, "");
}
