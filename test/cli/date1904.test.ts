import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { date1904Of } from "../../src/cli/io/workbookDateSystem";
import { curateInProcess, curateProcess, type CurateRun } from "../support/curateRuns";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { EXPECTED_1904, ROWS_1904, write1904Workbook, Writer1904, writerAvailability } from "../support/date1904Workbooks";
import { TODAY } from "../support/rows";
import { packagePart, storedNumber } from "../support/xlsxPackage";

/**
 * Workbooks that count dates from 1904, as LibreOffice, exceljs, xlsxwriter and openpyxl
 * write them, through the command line: every date read as the day the file shows, never
 * four years and a day early (the 1900 system) nor shifted twice, and `normalize` keeping
 * the workbook's date system. LibreOffice writes `date1904="true"`, the others "1".
 */
/** The dates are the point, not the process: one writer's workbook goes through the built command, the others through `main`. */
const THROUGH_A_PROCESS: Writer1904 = "LibreOffice";
const curateFor = (writer: Writer1904) => async (...args: string[]): Promise<CurateRun> => (writer === THROUGH_A_PROCESS ? curateProcess(...args) : curateInProcess(...args));

const WRITERS: Writer1904[] = ["LibreOffice", "exceljs", "xlsxwriter", "openpyxl"];
const present: Writer1904[] = [];
for (const writer of WRITERS) {
  const availability = writerAvailability(writer);
  if (availability.available) present.push(writer);
  else if (writer === "LibreOffice" && process.env.CI) throw new Error(`LibreOffice is missing: .ci/run must install libreoffice-calc (${availability.why}).`);
  else console.warn(`\n*** SKIPPING THE ${writer.toUpperCase()} 1904 WORKBOOK: ${availability.why} ***\n`);
}

const DATE_COLUMN = "B";
const EVENT_DATE = ROWS_1904[0].indexOf("event_date");
const ACTOR1 = ROWS_1904[0].indexOf("actor1");
const SHEET_PART = "xl/worksheets/sheet1.xml";

let dir: string;
const files = new Map<Writer1904, string>();
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "date1904-"));
  for (const writer of present) files.set(writer, await write1904Workbook(writer, dir));
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The event_date cell of each incident in a CSV export, by incident_id. */
async function exportedDates(curate: (...args: string[]) => Promise<CurateRun>, path: string, name: string): Promise<Record<string, string>> {
  const output = join(dir, name);
  const run = await curate("export", path, "--sheet", "incidents", "-o", output, "--valid-only");
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(run.stdout).toMatch(/^3 incidents rows written to .*, 1 left out/);
  const [header, ...rows]: string[][] = parse(readFileSync(output, "utf8"), {});
  return Object.fromEntries(rows.map((row) => [row[header.indexOf("incident_id")], row[header.indexOf("event_date")]]));
}

const RIGHT_DATES = Object.fromEntries(EXPECTED_1904.filter((e) => e.iso).map((e) => [e.id, e.iso]));

describe.each(present)("a 1904 workbook written by %s", (writer) => {
  const file = () => files.get(writer)!;
  const curate = curateFor(writer);

  test("read as the file holds it: date1904, its own serials, each incident on its own day", async () => {
    expect(date1904Of(await packagePart(file(), "xl/workbook.xml"))).toBe(true);
    const grid = await readWorkbookFile(file());
    expect(grid.date1904).toBe(true);
    const cells = grid.sheets[0].values;
    for (const { row, serial } of EXPECTED_1904) expect([row, cells[row - 1][EVENT_DATE]]).toEqual([row, expect.closeTo(serial, 6)]);
    const rows = checkWorkbook(grid, { today: TODAY }).incidents!.rows;
    expect(rows.map((r) => [r.row, r.values.event_date])).toEqual(EXPECTED_1904.map((e) => [e.row, e.iso]));
  });

  test("curate check: no date finding but the General serial's, and it suggests the right day", async () => {
    const run = await curate("check", file(), "--format", "json");
    expect(run.stderr).toBe("");
    const { issues } = JSON.parse(run.stdout) as { issues: { row: number; column: string; code: string; field: string; suggestion?: string }[] };
    expect(issues.map((i) => `${i.column}${i.row} ${i.code} ${i.suggestion ?? ""}`)).toEqual([
      "F2 non-canonical Islamic State Sahel Province",
      `${DATE_COLUMN}5 type 2024-03-16`,
    ]);
    expect(run.status).toBe(1);
  });

  test("curate export: the CSV carries each incident's own day", async () => {
    expect(await exportedDates(curate, file(), `${writer}.csv`)).toEqual(RIGHT_DATES);
  });

  test("curate normalize: the copy stays in the 1904 system, every date cell's serial as it was", async () => {
    const copy = join(dir, `${writer}-normalized.xlsx`);
    const run = await curate("normalize", file(), "-o", copy);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(/^1 names fixed/);
    expect(date1904Of(await packagePart(copy, "xl/workbook.xml"))).toBe(true);
    const before = await packagePart(file(), SHEET_PART);
    const after = await packagePart(copy, SHEET_PART);
    for (const { row, serial } of EXPECTED_1904) {
      expect([row, storedNumber(after, `${DATE_COLUMN}${row}`)]).toEqual([row, expect.closeTo(storedNumber(before, `${DATE_COLUMN}${row}`)!, 9)]);
      expect([row, storedNumber(after, `${DATE_COLUMN}${row}`)]).toEqual([row, expect.closeTo(serial, 6)]);
    }
    expect((await readWorkbookFile(copy)).sheets[0].values[1][ACTOR1]).toBe("Islamic State Sahel Province");
    expect(await exportedDates(curate, copy, `${writer}-normalized.csv`)).toEqual(RIGHT_DATES);
  });
});
