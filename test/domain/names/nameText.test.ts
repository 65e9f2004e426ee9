import { cleanName } from "../../../src/domain/names/nameText";
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
