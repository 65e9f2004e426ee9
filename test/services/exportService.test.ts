import { parse } from "csv-parse/sync";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { FIELDS_OF } from "../../src/domain/headers/fieldIndex";
import { WorkbookGrid } from "../../src/domain/sheetGrid";
import { exportFiles, exportToNewSheet, PaneExportOptions, SheetExporter } from "../../src/services/exportService";
import { CLEAN_INCIDENT, TODAY } from "../support/rows";

/**
 * The pane's export path (the service behind its Save and "Put in a new sheet" buttons):
 * the same export as the command line, the user's columns kept unless asked otherwise, dates
 * from the workbook's own number formats and date system.
 */
const FIELD_COUNT = FIELDS_OF.incidents.length;
const BASE = Object.keys(CLEAN_INCIDENT);

/** An incident sheet as the add-in reads it from Excel: values and number formats, counting from 1904. */
function workbook(): WorkbookGrid {
  const headers = [...BASE, "Analyst", "", "Reported"];
  const row = (id: string, date: number, own: unknown[]) => [...BASE.map((key) => (key === "incident_id" ? id : key === "event_date" ? date : CLEAN_INCIDENT[key])), ...own];
  // 1904 system: 43904 is 2024-03-15, 46095 is 2030-03-15 (a future date: a range error).
  const values = [headers, row("BFA1001", 43904, ["AB", "", 43909]), row("BFA1002", 46095, ["CD", "stray", 43910])] as WorkbookGrid["sheets"][number]["values"];
  const date = BASE.indexOf("event_date");
  const numberFormats = values.map((cells, r) => cells.map((_, c) => (r > 0 && (c === date || c === headers.length - 1) ? "d mmm yyyy" : null)));
  return { sheets: [{ name: "Incidents", values, numberFormats }], date1904: true };
}

const OPTIONS: PaneExportOptions = { kind: "incidents", validOnly: false, canonicalNames: false, withIssues: false, bom: true };

test("saved files: the user's columns kept after the schema's, dates ISO in the workbook's date system, the report says what was left out", () => {
  const grid = workbook();
  const result = checkWorkbook(grid, { today: TODAY });
  const saved = exportFiles(result, { ...OPTIONS, datapackage: true }, grid);
  expect(saved.files.map((f) => f.name)).toEqual(["incidents.csv", "datapackage.json"]);
  const [header, ...rows] = parse(saved.files[0].text, { bom: true }) as string[][];
  expect(header.slice(FIELD_COUNT)).toEqual(["Analyst", "Reported"]);
  expect(rows.map((row) => [row[header.indexOf("event_date")], ...row.slice(FIELD_COUNT)])).toEqual([
    ["2024-03-15", "AB", "2024-03-20"],
    ["2030-03-15", "CD", "2024-03-21"],
  ]);
  expect(saved.rows).toBe("2 incidents rows");
  expect(saved.notes).toEqual(["2 columns of your own kept (Analyst, Reported)", "left out: 1 value in 1 column without a header (Q)"]);
  const fields = JSON.parse(saved.files[1].text).resources[0].schema.fields.slice(FIELD_COUNT);
  expect(fields.map((f: { name: string; type: string }) => [f.name, f.type])).toEqual([
    ["Analyst", "any"],
    ["Reported", "any"],
  ]);
});

test("only the schema's columns, on request: the report names the option's reason", () => {
  const grid = workbook();
  const saved = exportFiles(checkWorkbook(grid, { today: TODAY }), { ...OPTIONS, schemaOnly: true, validOnly: true }, grid);
  const [header] = parse(saved.files[0].text, { bom: true }) as string[][];
  expect(header).toHaveLength(FIELD_COUNT);
  expect(saved.rows).toBe("1 incidents row (1 with errors left out)");
  expect(saved.notes).toEqual(["left out: 2 columns of your own (only the schema's columns), 1 value in 1 column without a header (Q)"]);
});

test("a new sheet gets the same rows, the user's columns in them", async () => {
  const grid = workbook();
  const written: (readonly (readonly string[])[])[] = [];
  const sheets: SheetExporter = { toNewSheet: async (baseName, rows) => (written.push(rows), `${baseName} (2)`) };
  const put = await exportToNewSheet(checkWorkbook(grid, { today: TODAY }), OPTIONS, sheets, grid);
  expect(put.sheet).toBe("Export incidents (2)");
  expect(written[0][0].slice(FIELD_COUNT)).toEqual(["Analyst", "Reported"]);
  expect(written[0][2].slice(FIELD_COUNT)).toEqual(["CD", "2024-03-21"]);
  expect(put.notes[0]).toBe("2 columns of your own kept (Analyst, Reported)");
});

test("without the workbook the pane read, the user's columns are still kept (dates as their serials)", () => {
  const result = checkWorkbook(workbook(), { today: TODAY });
  const saved = exportFiles(result, OPTIONS);
  const [header, first] = parse(saved.files[0].text, { bom: true }) as string[][];
  expect(header.slice(FIELD_COUNT)).toEqual(["Analyst", "Reported"]);
  expect(first.slice(FIELD_COUNT)).toEqual(["AB", "43909"]);
});
