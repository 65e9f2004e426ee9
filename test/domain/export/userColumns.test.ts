import { parse } from "csv-parse/sync";
import { CellValue } from "../../../src/domain/cells/cellValue";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { exportSheet, exportSheetCsv, ExportOptions } from "../../../src/domain/export/exportSheet";
import { FIELDS_OF } from "../../../src/domain/headers/fieldIndex";
import { uniqueHeaders } from "../../../src/domain/export/userColumns";
import { SheetGrid } from "../../../src/domain/sheetGrid";
import { CLEAN_INCIDENT, TODAY } from "../../support/rows";

/**
 * Item 7 of issue 12: the user's own columns (unknown headers, second columns of a field,
 * far columns) are kept after the schema's columns, under their own headers made unique,
 * with their values as the sheet has them; values without a header are counted, not lost
 * silently.
 */

const FIELD_COUNT = FIELDS_OF.incidents.length;
const BASE = Object.keys(CLEAN_INCIDENT);

/** An incident sheet: the clean row's columns, then `extra` columns (header → cell, format), one data row. */
function sheetWith(extra: [header: CellValue, value: CellValue, format?: string][], more: Partial<SheetGrid> = {}): SheetGrid {
  return {
    name: "Incidents",
    values: [
      [...BASE, ...extra.map(([header]) => header)],
      [...BASE.map((key) => CLEAN_INCIDENT[key]), ...extra.map(([, value]) => value)],
    ],
    numberFormats: [[], [...BASE.map(() => null), ...extra.map(([, , format]) => format ?? null)]],
    ...more,
  };
}

/** The exported header and first row beyond the schema's fields. */
function exported(grid: SheetGrid, options: ExportOptions & { date1904?: boolean } = {}) {
  const result = checkWorkbook({ sheets: [grid], date1904: options.date1904 }, { today: TODAY });
  const sheet = exportSheet(result.incidents!, { sheetGrid: grid, issues: result.issues, ...options });
  return { header: sheet.rows[0].slice(FIELD_COUNT), row: sheet.rows[1].slice(FIELD_COUNT), sheet };
}

interface Case {
  why: string;
  extra: [CellValue, CellValue, string?][];
  options?: ExportOptions & { date1904?: boolean };
  more?: Partial<SheetGrid>;
  header: string[];
  row: string[];
}

const CASES: Case[] = [
  { why: "an unknown column, under its own header", extra: [["Analyst", "AB"]], header: ["Analyst"], row: ["AB"] },
  { why: "several, in the sheet's order, text untouched (spaces kept)", extra: [["Region code", "BF-13"], ["Analyst", "  AB "], ["Checked", true]], header: ["Region code", "Analyst", "Checked"], row: ["BF-13", "  AB ", "true"] },
  { why: "two headers alike: the second gets _2", extra: [["Region", "Sahel"], ["Region", "Nord"]], header: ["Region", "Region_2"], row: ["Sahel", "Nord"] },
  { why: "headers alike but for case: the second gets _2", extra: [["region", "Sahel"], ["Region", "Nord"]], header: ["region", "Region_2"], row: ["Sahel", "Nord"] },
  { why: "the first free suffix where _2 is taken", extra: [["Notes x", "a"], ["Notes x_2", "b"], ["Notes x", "c"]], header: ["Notes x", "Notes x_2", "Notes x_3"], row: ["a", "b", "c"] },
  { why: "a second column of a field, under its own header made unique", extra: [["location", "Kaya"]], header: ["location_2"], row: ["Kaya"] },
  { why: "a second column of a field with a header of its own", extra: [["Lat", 13.2]], header: ["Lat"], row: ["13.2"] },
  { why: "a header that clashes with an issue column", extra: [["issue_codes", "mine"]], options: { withIssues: true }, header: ["issue_codes_2", "issue_codes", "issue_messages"], row: ["mine", "", ""] },
  { why: "a header that starts a formula, neutralised like any cell", extra: [["=HYPERLINK(1)", "-1 + 2"]], header: ["'=HYPERLINK(1)"], row: ["'-1 + 2"] },
  { why: "a number formatted as a date: its ISO date", extra: [["Reported", 45366, "dd/mm/yyyy"]], header: ["Reported"], row: ["2024-03-15"] },
  { why: "a number formatted as a date and time: ISO date and time, to the second", extra: [["Reported at", 45366.6041666667, "dd/mm/yyyy hh:mm"]], header: ["Reported at"], row: ["2024-03-15T14:30:00"] },
  { why: "a date in a workbook counting from 1904", extra: [["Reported", 43904, "yyyy-mm-dd"]], options: { date1904: true }, header: ["Reported"], row: ["2024-03-15"] },
  { why: "a plain number stays a number, an Excel error is never exported", extra: [["Score", 3.5, "General"], ["Formula", "#REF!"], ["Big", 1e21]], header: ["Score", "Formula", "Big"], row: ["3.5", "", "1000000000000000000000"] },
  { why: "a far column: its header among the far cells of the header row", extra: [], more: { outlyingCells: [{ row: 1, column: 300, value: "Reviewer" }, { row: 2, column: 300, value: "CD" }] }, header: ["Reviewer"], row: ["CD"] },
  { why: "near miss: --schema-only leaves them out", extra: [["Analyst", "AB"]], options: { schemaOnly: true }, header: [], row: [] },
];

describe.each(CASES)("$why", ({ extra, options, more, header, row }) => {
  test("header and cells", () => {
    const out = exported(sheetWith(extra, more), options);
    expect(out.header).toEqual(header);
    expect(out.row).toEqual(row);
  });
});

test("a user column's values are exported whether the reader kept them in the rows or far (it decides row by row)", () => {
  const header = [...BASE, ...Array(89 - BASE.length).fill(""), "Analyst"];
  const dense = [...BASE.map((key) => CLEAN_INCIDENT[key]), ...Array(89 - BASE.length).fill(""), "Bob"];
  const farRow: Record<string, CellValue> = { ...CLEAN_INCIDENT, incident_id: "BFA9" };
  const grid: SheetGrid = {
    name: "Incidents",
    values: [header, dense, BASE.map((key) => farRow[key])],
    outlyingCells: [{ row: 3, column: 90, value: "Eve" }],
  };
  const out = exported(grid);
  expect(out.header).toEqual(["Analyst"]);
  expect(out.sheet.rows.slice(1).map((row) => row.slice(FIELD_COUNT))).toEqual([["Bob"], ["Eve"]]);
  expect(out.sheet.headerless).toEqual([]);
  // And a header kept far whose values came in the rows.
  const farHeader: SheetGrid = { name: "Incidents", values: [BASE, dense], outlyingCells: [{ row: 1, column: 90, value: "Analyst" }] };
  const again = exported(farHeader);
  expect(again.header).toEqual(["Analyst"]);
  expect(again.row).toEqual(["Bob"]);
  expect(again.sheet.headerless).toEqual([]);
});

test("the counts say what was kept and what was left out", () => {
  const kept = exported(sheetWith([["Analyst", "AB"], ["", "stray"], ["Region", "Sahel"]], { outlyingCells: [{ row: 2, column: 16384, value: "x" }] })).sheet;
  expect(kept.userColumns.map((c) => [c.name, c.title, c.column])).toEqual([
    ["Analyst", "Analyst", "P"],
    ["Region", "Region", "R"],
  ]);
  expect(kept.headerless.map((c) => [c.column, c.count, c.place])).toEqual([
    [17, 1, "gap"],
    [16384, 1, "far"],
  ]);
  expect(kept.userColumnsLeftOut).toBe(0);
  const schemaOnly = exported(sheetWith([["Analyst", "AB"], ["Region", "Sahel"]]), { schemaOnly: true }).sheet;
  expect([schemaOnly.userColumns, schemaOnly.userColumnsLeftOut]).toEqual([[], 2]);
});

test("without the grid (the sheet as read), unknown columns are still kept, from the rows' own cells", () => {
  const grid = sheetWith([["Analyst", "AB"]]);
  const result = checkWorkbook({ sheets: [grid] }, { today: TODAY });
  const csv = exportSheetCsv(result.incidents!, {});
  const [header, row] = parse(csv.text, {}) as string[][];
  expect([header.at(-1), row.at(-1)]).toEqual(["Analyst", "AB"]);
});

test("a sheet of many rows: every row keeps its own cells in its own columns", () => {
  const values: CellValue[][] = [[...BASE, "Analyst", "Batch"]];
  for (let i = 0; i < 3000; i++) values.push([...BASE.map((key) => (key === "incident_id" ? `BFA${i}` : key === "location" ? `L${i}` : CLEAN_INCIDENT[key])), `A${i}`, i]);
  const result = checkWorkbook({ sheets: [{ name: "Incidents", values }] }, { today: TODAY });
  const csv = exportSheetCsv(result.incidents!, {});
  const rows = parse(csv.text, {}) as string[][];
  expect(rows).toHaveLength(3001);
  rows.slice(1).forEach((row, i) => expect([row[0], row.at(-2), row.at(-1)]).toEqual([`BFA${i}`, `A${i}`, String(i)]));
});

test.each([
  [["a"], ["a", "A"], ["a_2", "A_3"]],
  [[], ["x", "x", "x"], ["x", "x_2", "x_3"]],
  [[], ["x_2", "x", "x"], ["x_2", "x", "x_3"]],
  [["fatalities"], ["Fatalities"], ["Fatalities_2"]],
])("uniqueHeaders(%p, %p) = %p", (taken, wanted, expected) => {
  expect(uniqueHeaders(taken, wanted)).toEqual(expected);
});
