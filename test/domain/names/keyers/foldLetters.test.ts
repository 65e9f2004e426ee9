import { foldLetters } from "../../../../src/domain/names/keyers/foldLetters";
import { nameSamples } from "../../../support/nameSamples";

const NON_DIACRITICS: Record<string, string> = {
  "ß": "ss", "æ": "ae", "ø": "oe", "å": "aa", "©": "c", "\u00f0": "d", "\u0111": "d", "\u0256": "d", "\u00fe": "th", "ƿ": "w",
  "\u0127": "h", "\u0131": "i", "\u0138": "k", "\u0142": "l", "\u014b": "n", "\u017f": "s", "\u0167": "t", "œ": "oe", "ẜ": "s", "ẝ": "s",
};

/** foldLetters as first written, for every text. */
function foldByRules(text: string): string {
  return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f\p{Lm}\p{Sk}]+/gu, "").replace(new RegExp(`[${Object.keys(NON_DIACRITICS).join("")}]`, "gu"), (char) => NON_DIACRITICS[char]);
}

describe("foldLetters", () => {
  it("gives what the rules give, its ASCII fast path and memory included", () => {
    const ascii = Array.from({ length: 128 }, (_, c) => `a${String.fromCharCode(c)}B`);
    const differing = [...ascii, ...nameSamples()].filter((text) => foldLetters(text) !== foldByRules(text) || foldLetters(text) !== foldByRules(text));
    expect(differing).toEqual([]);
  });
});
