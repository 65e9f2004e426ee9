import { CellValue } from "../../../src/domain/cells/cellValue";
import { checkHeaderlessValues, HeaderlessValues } from "../../../src/domain/checks/headerlessValues";
import { locateTable } from "../../../src/domain/headers/locateTable";
import { Issue } from "../../../src/domain/issues/issue";
import { ISSUE_CODES } from "../../../src/domain/issues/issueCodes";
import { SheetGrid } from "../../../src/domain/sheetGrid";
import type { OutlyingCell } from "../../../src/domain/sheetStream";

/** An incident sheet's header row (columns A–F) and rows under it, as a reader gives them. */
const HEADERS = ["incident_id", "event_date", "event_type", "actor1", "country", "location"];
const ROW = ["BFA1", "2024-03-15", "Battles", "JNIM", "Burkina Faso", "Djibo"];
const sheet = (rows: CellValue[][], extra: Partial<SheetGrid> = {}, headers: CellValue[] = HEADERS): SheetGrid => ({ name: "Incidents", values: [headers, ...rows], ...extra });
const findings = (grid: SheetGrid): Issue[] => {
  const issues: Issue[] = [];
  checkHeaderlessValues(grid, locateTable(grid, "incidents")!, issues);
  return issues;
};
const brief = (issues: Issue[]) => issues.map((i) => `${i.column}${i.row} ${i.code} ${i.value}`);

interface Case {
  why: string;
  grid: SheetGrid;
  /** `K5 headerless-value first-value`, one per column. */
  expected: string[];
}

const CASES: Case[] = [
  { why: "a value to the right of the last header", grid: sheet([[...ROW, "", "stray"]]), expected: ["H2 headerless-value stray"] },
  { why: "values in a gap between two headers, counted in one finding", grid: sheet([[...ROW, "", "x"], [...ROW, 4, "y"], [...ROW, "note"]], {}, [...HEADERS, "", "Analyst"]), expected: ["G3 headerless-value 4"] },
  { why: "one finding per column, left to right, whatever the row order", grid: sheet([[...ROW, "", "", "", "", "k"], [...ROW, "", "", "h"]]), expected: ["I3 headerless-value h", "K2 headerless-value k"] },
  { why: "an Excel error is a value too (a formula's result)", grid: sheet([[...ROW, "#N/A"]]), expected: ["G2 headerless-value #N/A"] },
  { why: "a far cell the reader kept apart (column XFD)", grid: sheet([ROW, ROW], { outlyingCells: [{ row: 3, column: 16384, value: "far" }] }), expected: ["XFD3 headerless-value far"] },
  { why: "a sheet that starts in column C: letters are the sheet's own", grid: sheet([[...ROW, "x"]], { startColumn: 3, startRow: 4 }), expected: ["I5 headerless-value x"] },
  // Near misses: nothing that lies under a header, above the header row, or is blank.
  { why: "near miss: a value under an unknown column's header", grid: sheet([[...ROW, "AB"]], {}, [...HEADERS, "Analyst"]), expected: [] },
  { why: "near miss: a value under a second column of a field", grid: sheet([[...ROW, "Kaya"]], {}, [...HEADERS, "location"]), expected: [] },
  { why: "near miss: blanks and whitespace beyond the last header", grid: sheet([[...ROW, "", "  ", null, "\u00a0"]]), expected: [] },
  { why: "near miss: a title row above the headers", grid: { name: "Incidents", values: [["Sahel incidents", "", "", "", "", "", "", "curated by AB"], HEADERS, ROW] }, expected: [] },
  // The reader keeps a cell far by its own row's previous cell: a column's header and its values may lie on either side.
  { why: "near miss: a far header whose values the reader kept in the rows", grid: sheet([[...ROW, ...Array(89 - ROW.length).fill(""), "Bob"]], { outlyingCells: [{ row: 1, column: 90, value: "Analyst" }] }), expected: [] },
  { why: "near miss: a header in the header row whose values the reader kept far", grid: sheet([ROW], { outlyingCells: [{ row: 2, column: HEADERS.length + 1, value: "Bob" }] }, [...HEADERS, "Analyst"]), expected: [] },
  { why: "near miss: a far header on the header row makes its far column the user's own", grid: sheet([ROW], { outlyingCells: [{ row: 1, column: 200, value: "Reviewer" }, { row: 2, column: 200, value: "CD" }] }), expected: [] },
];

describe.each(CASES)("$why", ({ grid, expected }) => {
  test("its findings", () => {
    const issues = findings(grid);
    expect(brief(issues)).toEqual(expected);
    for (const issue of issues) expect([issue.severity, issue.field, issue.sheet]).toEqual(["warning", null, "Incidents"]);
  });
});

test("the code is a warning with a title and a description", () => {
  expect(ISSUE_CODES["headerless-value"]).toMatchObject({ severity: "warning", title: "Value without a header" });
});

test("the message names the column, where it is, the count and the first cell, singular and plural", () => {
  const [gap] = findings(sheet([[...ROW, "", "x"], [...ROW, 4, "y"], [...ROW, "note"]], {}, [...HEADERS, "", "Analyst"]));
  expect(gap.message).toBe('Column G has no header (a gap between the headers), but 2 cells hold values (the first G3: "4"); they belong to no field and are left out of exports. Give the column a header to keep them.');
  const [right] = findings(sheet([[...ROW, "", "stray"]]));
  expect(right.message).toBe('Column H has no header (to the right of the last header (column F)), but 1 cell holds a value (H2: "stray"); it belongs to no field and is left out of exports. Give the column a header to keep it.');
  const far = findings(sheet([ROW], { outlyingCells: Array.from({ length: 1500 }, (_, i): OutlyingCell => ({ row: 1500 - i + 1, column: 16384, value: `v${i}` })) }));
  expect(far.map((i) => [i.row, i.value])).toEqual([[2, "v1499"]]);
  expect(far[0].message).toContain("far to the right of the rest of the sheet), but 1,500 cells hold values (the first XFD2:");
});

test("fed in row batches, as a streaming check would, it finds what the grid form finds", () => {
  const rows: CellValue[][] = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? [...ROW, `g${i}`, "AB", "", `j${i}`] : ROW));
  const grid = sheet(rows, {}, [...HEADERS, "", "Analyst"]);
  const whole = findings(grid);
  const layout = locateTable(grid, "incidents")!;
  const collector = new HeaderlessValues("Incidents", layout, 1);
  // Every row handed over, the header row too: the collector skips rows up to the header row.
  for (let start = 0; start < grid.values.length; start += 1000) grid.values.slice(start, start + 1000).forEach((row, i) => collector.add(row, start + i + 1));
  const streamed: Issue[] = [];
  collector.finish(streamed);
  expect(streamed).toEqual(whole);
  expect(whole.map((i) => i.column)).toEqual(["G", "J"]);
  expect(collector.columns().map((c) => [c.count, c.place])).toEqual([
    [Math.ceil(5000 / 7), "gap"],
    [Math.ceil(5000 / 7), "right"],
  ]);
});
