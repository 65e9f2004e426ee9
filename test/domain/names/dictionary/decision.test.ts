import { decisionRow, type NameDecision } from "../../../../src/domain/names/dictionary/decision";
import { DICTIONARY_HEADERS, readWorkbookDictionary } from "../../../../src/domain/names/dictionary/workbookDictionary";
import type { Issue } from "../../../../src/domain/issues/issue";

/** A decision as a row of the Curation dictionary sheet, and read back by the check. */
const base: NameDecision = { kind: "actor", canonical: "Katiba Hanifa", alias: "katiba hanîfa", relation: "same", note: "added on 2026-12-01" };

test.each([
  ["without a country: everywhere (the country column left empty, as before)", base, ""],
  ["with a country: the alias holds there only", { ...base, country: "Mali" }, "Mali"],
])("%s", (_, decision, country) => {
  const row = decisionRow(decision);
  expect(row).toEqual(["actor", "Katiba Hanifa", "katiba hanîfa", country, "same", "added on 2026-12-01"]);
  const issues: Issue[] = [];
  const read = readWorkbookDictionary({ name: "Curation dictionary", values: [[...DICTIONARY_HEADERS], row] }, issues);
  expect(issues).toEqual([]);
  expect(read.entries.map((entry) => [entry.canonical, entry.alias, entry.country, entry.relation])).toEqual([["Katiba Hanifa", "katiba hanîfa", country || null, "same"]]);
});
