import type { CellValue } from "../../../../src/domain/cells/cellValue";
import type { Issue } from "../../../../src/domain/issues/issue";
import { DICTIONARY_HEADERS, readWorkbookDictionary } from "../../../../src/domain/names/dictionary/workbookDictionary";

/** The Curation dictionary sheet's location rows, as its reader takes them (the check and clustering read the sheet through it). */
function read(...rows: CellValue[][]) {
  const issues: Issue[] = [];
  const dictionary = readWorkbookDictionary({ name: "Curation dictionary", values: [[...DICTIONARY_HEADERS], ...rows] }, issues);
  return { entries: dictionary.entries.map((entry) => [entry.kind, entry.canonical, entry.alias, entry.country, entry.relation, entry.row]), issues: issues.map((issue) => [`${issue.column}${issue.row}`, issue.code, issue.message]) };
}

describe("location rows that are read", () => {
  test.each([
    ["a place and its alias, everywhere", ["location", "Bobo-Dioulasso", "Bobo", "", "same", ""], ["location", "Bobo-Dioulasso", "Bobo", null, "same", 2]],
    ["the kind in any case, as the other kinds", ["LOCATION", "Djibo", "Jibo", "", "", ""], ["location", "Djibo", "Jibo", null, "same", 2]],
    ["a place of its own, without an alias", ["Location", "Tintelout", "", "Mali", "same", ""], ["location", "Tintelout", "", "Mali", "same", 2]],
    ["a country as a code: its name, as for actors", ["location", "Dara", "Darah", "MLI", "same", ""], ["location", "Dara", "Darah", "Mali", "same", 2]],
    ["ACLED's name of a country", ["location", "Dar'a", "Daraa", "Syrian Arab Republic", "same", ""], ["location", "Dar'a", "Daraa", "Syria", "same", 2]],
    ['"different": two places never one', ["location", "Dar'a", "Dara", "Syria", "different", "two towns"], ["location", "Dar'a", "Dara", "Syria", "different", 2]],
    ['"not the same", as for names', ["location", "Hombori", "Nombori", "Mali", "not the same", ""], ["location", "Hombori", "Nombori", "Mali", "different", 2]],
  ])("%s", (_, row, entry) => {
    expect(read(row)).toEqual({ entries: [entry], issues: [] });
  });
});

describe("location rows that cannot be used: reported at their cell, with a sentence, and skipped", () => {
  test.each([
    ["a country no one knows", ["location", "Dara", "Darah", "Atlantis", "same", ""], "D2", "enum", '"Atlantis" is not a country name or ISO code.'],
    ["a relation that is neither", ["location", "Dara", "Darah", "Mali", "maybe", ""], "E2", "enum", 'The relation is "same" or "different"; found "maybe".'],
    ["no canonical place", ["location", "", "Darah", "Mali", "same", ""], "B2", "required", "A location entry needs its canonical name: the place as the team writes it."],
    ['"different" without the other place', ["location", "Dara", "", "Mali", "different", ""], "C2", "required", 'A "different" entry needs the alias that must not be mapped to the canonical name.'],
    ["a kind the sheet does not take, naming the three it does", ["place", "Dara", "Darah", "Mali", "same", ""], "A2", "enum", 'The kind of a dictionary entry is "actor", "weapon" or "location"; found "place".'],
  ])("%s", (_, row, cell, code, message) => {
    expect(read(row)).toEqual({ entries: [], issues: [[cell, code, message]] });
  });
});

test("mixed with actor and weapon rows: each row read as its kind, a bad row of one kind leaving the others", () => {
  const result = read(
    ["actor", "Katiba Hanifa", "katiba hanîfa", "Mali", "same", ""],
    ["location", "Gao", "Gao town", "Atlantis", "same", ""],
    ["weapon", "RPG-7", "lance-roquette RPG", "", "", ""],
    ["location", "Gao", "Gao town", "Mali", "same", ""],
    ["actor", "Katiba Hanifa", "Katiba Ansongo", "Mali", "sometimes", ""],
    ["location", "Ansongo", "Ansongo Katiba", "Mali", "different", ""],
  );
  expect(result.entries).toEqual([
    ["actor", "Katiba Hanifa", "katiba hanîfa", "Mali", "same", 2],
    ["weapon", "RPG-7", "lance-roquette RPG", null, "same", 4],
    ["location", "Gao", "Gao town", "Mali", "same", 5],
    ["location", "Ansongo", "Ansongo Katiba", "Mali", "different", 7],
  ]);
  expect(result.issues.map(([cell, code]) => `${cell} ${code}`)).toEqual(["D3 enum", "E6 enum"]);
});
