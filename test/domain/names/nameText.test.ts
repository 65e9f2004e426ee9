import { cleanName } from "../../../src/domain/names/nameText";
import { random } from "../../support/generateWorkbook";
import { nameSamples } from "../../support/nameSamples";

/** cleanName as first written: every rule applied to every text. */
function cleanNameByRules(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bb\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, "-")
    .replace(/\b(?:[A-Za-z]\.){2,}(?=\s|$|[^A-Za-z])/g, (acronym) => acronym.replace(/\./g, ""))
    .replace(/(\w)'s\b/g, "$1")
    .replace(/(\w)s'(?=\s|$)/g, "$1s")
    .replace(/^["'\s]+|["'\s]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

describe("cleanName", () => {
  it("gives what the rules give, fast path and memory included (asked twice)", () => {
    const differing = nameSamples().filter((text) => cleanName(text) !== cleanNameByRules(text) || cleanName(text) !== cleanNameByRules(text));
    expect(differing).toEqual([]);
  });
});

describe("cleanName on texts made of what the rules read", () => {
  // Letters, an s for possessives, dots, every quote, dash and space the rules replace, and
  // characters NFKC turns into them (fullwidth apostrophe, one-dot leader, ligature).
  const alphabet = ["a", "B", "s", "S", "x", "1", "_", "-", " ", " ", ".", "'", '"', "`", "\u00b4", "\u2018", "\u2019", "\u201a", "\u201b", "\u2032", "\u02bc", "\u02bb", "\u201c", "\u201d", "\u201e", "\u201f", "\u2033", "\u00ab", "\u00bb", "\u2010", "\u2011", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u0085", "\ufb01", "\uff07", "\u2024", "é", "E\u0301", "\u00c0"];
  it("gives what the rules give on 50,000 generated texts", () => {
    const draw = random(5);
    const next = (below: number) => Math.floor(draw() * below);
    const texts = Array.from({ length: 50_000 }, () => Array.from({ length: 1 + next(10) }, () => alphabet[next(alphabet.length)]).join(""));
    expect(texts.filter((text) => cleanName(text) !== cleanNameByRules(text))).toEqual([]);
  });
});
