import { foldLetters } from "../../../../src/domain/names/keyers/foldLetters";
import { random } from "../../../support/generateWorkbook";
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

describe("foldLetters below U+0250, character by character", () => {
  it("folds every pair of characters below U+0250 as the rules fold the pair (no two of them join)", () => {
    const differing: string[] = [];
    for (let first = 0; first < 0x250; first++) {
      for (let second = 0; second < 0x250; second++) {
        const text = String.fromCharCode(first, second);
        if (foldLetters(text) !== foldByRules(text)) differing.push(`U+${first.toString(16)} U+${second.toString(16)}`);
      }
    }
    expect(differing).toEqual([]);
  });

  it("folds longer texts of those characters, and texts with a character beyond them, as the rules do", () => {
    const draw = random(11);
    const next = (below: number) => Math.floor(draw() * below);
    const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + next(12) }, () => String.fromCharCode(next(10) === 0 ? 0x250 + next(0x2000) : next(0x250))).join(""));
    expect(texts.filter((text) => foldLetters(text) !== foldByRules(text))).toEqual([]);
  });
});
