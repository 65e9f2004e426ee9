import { boundedMemo } from "../../../src/domain/names/boundedMemo";
import { forgetTextMemos } from "../../../src/domain/text/textMemos";

describe("boundedMemo", () => {
  it("computes each text once while remembered, and forgets all once full", () => {
    const seen: string[] = [];
    const upper = boundedMemo((text) => (seen.push(text), text.toUpperCase()), 2);
    expect([upper("a"), upper("a"), upper("b"), upper("a")]).toEqual(["A", "A", "B", "A"]);
    expect(seen).toEqual(["a", "b"]);
    upper("c"); // full: forgets a and b
    upper("a");
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});

describe("forgetTextMemos", () => {
  it("makes every memory compute again", () => {
    const seen: string[] = [];
    const upper = boundedMemo((text) => (seen.push(text), text.toUpperCase()));
    upper("a");
    upper("a");
    forgetTextMemos();
    upper("a");
    expect(seen).toEqual(["a", "a"]);
  });
});
