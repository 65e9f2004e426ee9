import { foldLetters, trimWhitespace, WHITESPACE } from "../names/keyers/foldLetters";

const PUNCTUATION_AND_CONTROLS = /[\p{P}\p{Cc}]/gu;
const WHITESPACE_RUNS = new RegExp(WHITESPACE.source, "gu");

/** A text with case, diacritics and spacing read away, nothing else: how a unit or a fix's writing is compared ("CUSTOMS" / "customs"). */
export function foldedWriting(text: string): string {
  return foldLetters(text).replace(/\s+/g, " ").trim();
}

/**
 * A text as the nearest-neighbour method compares and blocks it: trimmed, lower-cased,
 * diacritics folded, punctuation and controls deleted, whitespace runs one space. OpenRefine
 * blocks on much the same text (vicino's NGramTokenizer, without folding) but measures the
 * distance on the raw cells, so that "Koglweogo" and "koglwéogo" are two edits apart there;
 * here case, accents and punctuation are no edits (key collision finds those anyway).
 */
export function comparableText(text: string): string {
  return foldLetters(trimWhitespace(text)).replace(PUNCTUATION_AND_CONTROLS, "").replace(WHITESPACE_RUNS, " ").trim();
}
