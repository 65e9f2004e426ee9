import { fold } from "../../../src/domain/text/fold";
import { forgetTextMemos } from "../../../src/domain/text/textMemos";
import { random } from "../../support/generateWorkbook";
import { nameSamples } from "../../support/nameSamples";

/** fold as first written: every rule applied to every text. */
function foldByRules(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s\u00a0]+/g, " ").trim();
}

describe("fold", () => {
  it("gives what the rules give on names (its ASCII fast path and its memory included: asked twice)", () => {
    forgetTextMemos();
    const differing = nameSamples().filter((text) => fold(text) !== foldByRules(text) || fold(text) !== foldByRules(text));
    expect(differing).toEqual([]);
  });

  it("gives what the rules give on 30,000 generated texts of ASCII, spaces, controls and accents", () => {
    const alphabet = ["a", "B", "z", "Z", "0", "9", " ", " ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u0000", "\u007f", "~", "-", ".", "'", "\u00a0", "\u2003", "é", "E\u0301", "ß", "İ", "\ufb01"];
    const draw = random(17);
    const texts = Array.from({ length: 30_000 }, () => Array.from({ length: 1 + Math.floor(draw() * 8) }, () => alphabet[Math.floor(draw() * alphabet.length)]).join(""));
    forgetTextMemos();
    expect(texts.filter((text) => fold(text) !== foldByRules(text))).toEqual([]);
  });
});
