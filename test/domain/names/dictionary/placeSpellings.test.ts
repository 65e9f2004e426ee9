import type { CellValue } from "../../../../src/domain/cells/cellValue";
import type { Issue } from "../../../../src/domain/issues/issue";
import { PlaceSpellings, type PlaceRow } from "../../../../src/domain/names/dictionary/placeSpellings";
import { DICTIONARY_HEADERS, readWorkbookDictionary } from "../../../../src/domain/names/dictionary/workbookDictionary";

/** One spelling names one place in a country: a later `same` location row giving another place an earlier row's spelling is refused. */
const row = (canonical: string, alias: string, country: string | null, number: number, kind = "location", relation: "same" | "different" = "same"): PlaceRow => ({ kind, canonical, alias, country, relation, row: number });

/** The second row's fate after the first: undefined where it is taken, else the field refused and the sentence. */
function second(first: PlaceRow, next: PlaceRow) {
  const places = new PlaceSpellings();
  expect(places.claim(first)).toBeUndefined();
  const taken = places.claim(next);
  return taken && [taken.field, taken.name, taken.message];
}

describe("refused", () => {
  test.each([
    ["an alias already another place's", row("Dara", "Darah", "Mali", 2), row("Dar'a", "Darah", "Mali", 3), ["alias", "Darah", '"Darah" is already a spelling of Dara in Mali (row 2); one spelling names one place, so this row is skipped.']],
    ["up to case and accents", row("Ségou", "Segu", null, 2), row("Segou town", "SEGU", null, 3), ["alias", "SEGU", '"SEGU" is already a spelling of Ségou (row 2); one spelling names one place, so this row is skipped.']],
    ["an alias that is another place of its own", row("Tintelout", "", "Mali", 2), row("Tin Telout", "Tintelout", "Mali", 3), ["alias", "Tintelout", '"Tintelout" is already a place of its own in Mali (row 2); one spelling names one place, so this row is skipped.']],
    ["a place of its own that is another place's alias", row("Dara", "Darah", "Mali", 2), row("Darah", "", "Mali", 3), ["canonical", "Darah", '"Darah" is already a spelling of Dara in Mali (row 2); one spelling names one place, so this row is skipped.']],
  ])("%s", (_, first, next, expected) => {
    expect(second(first, next)).toEqual(expected);
  });
});

describe("taken", () => {
  test.each([
    ["the same place's rows, one alias each", row("Dara", "Darah", "Mali", 2), row("Dara", "DARA", "Mali", 3)],
    ["one spelling in two countries: Dara in Mali, Dar'a's alias in Syria", row("Dara", "", "Mali", 2), row("Dar'a", "Dara", "Syria", 3)],
    ["a country's row beside an everywhere row: the country's holds there, as for actors", row("Dara", "Darah", null, 2), row("Dar'a", "Darah", "Syria", 3)],
    ["two places whose names differ in an apostrophe: two spellings", row("Dara", "", "Mali", 2), row("Dar'a", "", "Mali", 3)],
    ['a "different" row names no spelling of a place', row("Dara", "Darah", "Mali", 2), row("Dar'a", "Darah", "Mali", 3, "location", "different")],
    ["an actor named like a place is no place", row("Dara", "Darah", "Mali", 2), row("Katiba Darah", "Darah", "Mali", 3, "actor")],
  ])("%s", (_, first, next) => {
    expect(second(first, next)).toBeUndefined();
  });
});

test("the sheet's reader reports the refused row at its cell, and keeps the first", () => {
  const issues: Issue[] = [];
  const rows: CellValue[][] = [["location", "Dara", "Darah", "Mali", "same", ""], ["location", "Dar'a", "darah", "Mali", "same", ""], ["location", "Dar'a", "Daraa", "Mali", "same", ""]];
  const read = readWorkbookDictionary({ name: "Curation dictionary", values: [[...DICTIONARY_HEADERS], ...rows] }, issues);
  expect(read.entries.map((entry) => [entry.canonical, entry.alias, entry.row])).toEqual([["Dara", "Darah", 2], ["Dar'a", "Daraa", 4]]);
  expect(issues.map((issue) => [`${issue.sheet}!${issue.column}${issue.row}`, issue.code, issue.severity, issue.value])).toEqual([["Curation dictionary!C3", "inconsistent", "warning", "darah"]]);
});
