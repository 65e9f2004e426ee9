import { CellValue } from "../../../src/domain/cells/cellValue";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { exportSheet } from "../../../src/domain/export/exportSheet";
import { SheetGrid } from "../../../src/domain/sheetGrid";
import { CLEAN_INCIDENT, gridOf, TODAY } from "../../support/rows";

/**
 * Item 11 of issue 12: every date cell is exported as its ISO date whether or not its row
 * is valid (a future date, a year that disagrees), in the workbook's date system; only text
 * that is not a date stays as written. TODAY is 2026-11-25, so 2030 and 2031 are future.
 */

type Cell = { value: CellValue; format?: string };
const incident = (change: Record<string, CellValue>) => ({ ...CLEAN_INCIDENT, ...change });

/** The event_date cell of the first data row as exported (all rows, no --valid-only). */
function exportedDate(cells: Cell[], options: { date1904?: boolean; extraRows?: Record<string, CellValue>[]; year?: number } = {}): { csv: string; codes: string[] } {
  const rows = cells.map((cell, i) => incident({ incident_id: `BFA${1001 + i}`, event_date: cell.value, year: options.year ?? 2024, location: `Place ${i}` }));
  const values = gridOf([...rows, ...(options.extraRows ?? [])]);
  const column = values[0].indexOf("event_date");
  const numberFormats = values.map((row, r) => row.map((_, c) => (c === column && r >= 1 && r <= cells.length ? (cells[r - 1].format ?? null) : null)));
  const grid: SheetGrid = { name: "Incidents", values, numberFormats };
  const result = checkWorkbook({ sheets: [grid], date1904: options.date1904 }, { today: TODAY });
  const exported = exportSheet(result.incidents!, { sheetGrid: grid, date1904: options.date1904 });
  const header = exported.rows[0];
  return { csv: exported.rows[1][header.indexOf("event_date")], codes: result.issues.filter((i) => i.row === 2 && i.field === "event_date").map((i) => i.code) };
}

interface Case {
  why: string;
  cells: Cell[];
  options?: Parameters<typeof exportedDate>[1];
  /** The check's finding on the cell (the row is not valid), or none. */
  code?: string;
  csv: string;
}

const CASES: Case[] = [
  // Each of these was written as its serial or its raw text before.
  { why: "a future date as a serial in a date cell", cells: [{ value: 47849, format: "yyyy-mm-dd" }], code: "range", csv: "2031-01-01" },
  { why: "a future date with a time of day: the date, as the schema's %Y-%m-%d", cells: [{ value: 47557.75, format: "dd/mm/yyyy hh:mm" }], code: "range", csv: "2030-03-15" },
  { why: "a future date in a workbook counting from 1904", cells: [{ value: 46095, format: "d mmm yyyy" }], options: { date1904: true }, code: "range", csv: "2030-03-15" },
  { why: "a future date as a serial in a cell without a known format", cells: [{ value: 47557 }], code: "range", csv: "2030-03-15" },
  { why: "a future date written as text with a month name", cells: [{ value: "15 March 2030" }], code: "range", csv: "2030-03-15" },
  { why: "a future date written day first", cells: [{ value: " 15/03/2030 " }], code: "range", csv: "2030-03-15" },
  { why: "a future 03/04/2030 whose order the column's other dates settle (day first)", cells: [{ value: "03/04/2030" }], options: { extraRows: [incident({ incident_id: "BFA2001", event_date: "16/04/2024", location: "Kaya" })] }, code: "range", csv: "2030-04-03" },
  { why: "a two-digit year the row's year column settles, in the future", cells: [{ value: "15-Mar-30" }], options: { year: 2030 }, code: "range", csv: "2030-03-15" },
  // Already ISO before (the value is kept when only a row check disagrees): stays so.
  { why: "a date whose year column disagrees", cells: [{ value: 45366, format: "yyyy-mm-dd" }], options: { year: 2023 }, csv: "2024-03-15" },
  // Near misses: no date to write, so the cell stays as written.
  { why: "text that is not a date", cells: [{ value: " mid-March " }], code: "type", csv: "mid-March" },
  { why: "an ambiguous 03/04/2024 that nothing settles", cells: [{ value: "03/04/2024" }], code: "ambiguous-date", csv: "03/04/2024" },
  { why: "a number in a cell formatted as a number, not a date", cells: [{ value: 45366, format: "0" }], code: "type", csv: "45366" },
  { why: "a date written without separators", cells: [{ value: 20240315 }], code: "type", csv: "20240315" },
];

describe.each(CASES)("$why", ({ cells, options, code, csv }) => {
  test(`is written as ${csv}`, () => {
    const exported = exportedDate(cells, options);
    expect(exported.codes).toEqual(code ? [code] : []);
    expect(exported.csv).toBe(csv);
  });
});
