/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { ExcelWorkbookSource, rowSpans } from "../../src/excel/excelWorkbookSource";
import { describeExcelError } from "../../src/excel/excelErrors";
import { CheckService } from "../../src/services/checkService";
import { ExcelStandIn, StandInCell } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";
import { brief, TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");

function standInOf(grids: Parameters<typeof standInSheetsOf>[0], offset?: { rows: number; columns: number }): ExcelStandIn {
  return new ExcelStandIn(standInSheetsOf(grids, offset));
}

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

test("reads the sample workbook from Excel and finds what the file reader finds, at the same cells", async () => {
  const fromFile = await readWorkbookFile(SAMPLE);
  const standIn = standInOf(fromFile.sheets);
  uninstall = standIn.install();
  const result = await new CheckService(new ExcelWorkbookSource(), () => TODAY).check();
  expect(brief(result)).toEqual(brief(checkWorkbook(fromFile, { today: TODAY })));
  expect(result.issues.length).toBeGreaterThan(20);
});

test("a table that starts at C4 reports its issues at the sheet's own cells", async () => {
  const standIn = standInOf(generateWorkbook(30, 10).sheets, { rows: 3, columns: 2 });
  uninstall = standIn.install();
  const result = await new CheckService(new ExcelWorkbookSource(), () => TODAY).check();
  const direct = checkWorkbook(generateWorkbook(30, 10), { today: TODAY });
  const shift = (line: string) => line.replace(/!([A-Z]+)(\d+) /, (_, column: string, row: string) => `!${String.fromCharCode(column.charCodeAt(0) + 2)}${Number(row) + 3} `);
  expect(brief(result)).toEqual(brief(direct).map(shift));
});

test("100,000 rows are read with a bounded number of syncs and calls, never one per row or cell", async () => {
  const generated = generateWorkbook(100_000, 100_000);
  const standIn = standInOf(generated.sheets);
  uninstall = standIn.install();
  const progress: number[] = [];
  const workbook = await new ExcelWorkbookSource().readWorkbook((p) => progress.push(p.rowsRead));
  const cells = generated.sheets.reduce((sum, sheet) => sum + sheet.values.length * sheet.values[0].length, 0);
  // Worksheets, used ranges and header rows, then one sync per chunk of about 2 MB.
  const chunks = standIn.counts.syncs - 3;
  const bytes = standIn.counts.payloadBytes.reduce((a, b) => a + b, 0);
  expect(chunks).toBeLessThanOrEqual(Math.ceil(bytes / (1.5 * 1024 * 1024)) + 4);
  expect(standIn.counts.calls).toBeLessThan(10 + 3 * chunks);
  expect(standIn.counts.maxPayloadBytes).toBeLessThan(3 * 1024 * 1024);
  expect(workbook.sheets.map((s) => s.values.length)).toEqual([100_001, 100_001]);
  expect(progress.at(-1)).toBe(100_001);
  console.log(`100k+100k rows (${cells.toLocaleString("en")} cells, ${(bytes / 1048576).toFixed(1)} MB): ${standIn.counts.syncs} syncs, ${standIn.counts.calls} calls, largest payload ${(standIn.counts.maxPayloadBytes / 1048576).toFixed(2)} MB`);
});

test("long cells make smaller chunks: no request passes the payload limit", async () => {
  const long = "x".repeat(20_000);
  const standIn = new ExcelStandIn([{ name: "Incidents", values: [["incident_id", "event_date", "notes"], ...Array.from({ length: 1500 }, (_, i) => [`BFA${i}`, "2024-03-15", long] as StandInCell[])] }]);
  uninstall = standIn.install();
  const workbook = await new ExcelWorkbookSource().readWorkbook();
  expect(workbook.sheets[0].values).toHaveLength(1501);
  expect(standIn.counts.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
});

test("a chunk Excel refuses as too big is read again in halves, and nothing is lost", async () => {
  const short = Array.from({ length: 100 }, (_, i) => [`BFA${i}`, "2024-03-15", "short"] as StandInCell[]);
  const long = Array.from({ length: 1000 }, (_, i) => [`MLI${i}`, "2024-03-15", "y".repeat(20_000)] as StandInCell[]);
  const standIn = new ExcelStandIn([{ name: "Incidents", values: [["incident_id", "event_date", "notes"], ...short, ...long] }]);
  uninstall = standIn.install();
  const workbook = await new ExcelWorkbookSource().readWorkbook();
  expect(workbook.sheets[0].values).toHaveLength(1101);
  expect(workbook.sheets[0].values[1100][0]).toBe("MLI999");
  expect(standIn.counts.payloadBytes.filter((bytes) => bytes > 5 * 1024 * 1024).length).toBeGreaterThan(0);
});

test("the read's overall progress runs once over sheets of unequal length, never back, ending at every row read", async () => {
  const incidents = [["incident_id", "event_date"], ...Array.from({ length: 30_000 }, (_, i) => [`BFA${i}`, "2024-03-15"] as StandInCell[])];
  const weapons = [["weapon_id", "incident_id", "model"], ...Array.from({ length: 300 }, (_, i) => [`W${i}`, `BFA${i}`, "AKM"] as StandInCell[])];
  const standIn = new ExcelStandIn([
    { name: "Notes", values: Array.from({ length: 5000 }, (_, i) => [`note ${i}`]) },
    { name: "Incidents", values: incidents },
    { name: "Weapons", values: weapons },
  ]);
  uninstall = standIn.install();
  const seen: { sheet: string; read: number; total: number }[] = [];
  await new ExcelWorkbookSource().readWorkbook((p) => seen.push({ sheet: p.sheet, read: p.overall!.rowsRead, total: p.overall!.rowsTotal }));
  // The notes sheet is read only for its top rows: it is not in the total.
  expect(new Set(seen.map((p) => p.total))).toEqual(new Set([30_001 + 301]));
  expect(seen.every((p, i) => i === 0 || p.read >= seen[i - 1].read)).toBe(true);
  expect(seen.at(-1)).toEqual({ sheet: "Weapons", read: 30_302, total: 30_302 });
  // The incident sheet, all but a hundredth of the rows, is most of the bar.
  expect(seen.filter((p) => p.sheet === "Incidents").at(-1)!.read / 30_302).toBeGreaterThan(0.98);
});

test("only the incident and weapon sheets are read in full; other sheets only their top rows", async () => {
  const standIn = new ExcelStandIn([
    { name: "Notes", values: Array.from({ length: 5000 }, (_, i) => [`note ${i}`]) },
    { name: "Incidents", values: [["incident_id", "event_date"], ["BFA1", "2024-03-15"]] },
  ]);
  uninstall = standIn.install();
  const workbook = await new ExcelWorkbookSource().readWorkbook();
  expect(workbook.sheets.map((s) => [s.name, s.values.length])).toEqual([["Notes", 30], ["Incidents", 2]]);
});

test("an Excel table named Incidents marks its sheet, whatever the sheet is called", async () => {
  const standIn = new ExcelStandIn([
    { name: "Sheet1", values: [["Sahel data"], ["incident_id", "date", "notes"], ["BFA1", "2024-03-15", "x"]], tables: ["Incidents"] },
  ]);
  uninstall = standIn.install();
  const result = await new CheckService(new ExcelWorkbookSource(), () => TODAY).check();
  expect(result.summary.sheets.incidents).toBe("Sheet1");
  expect(brief(result)).toContain("Sheet1!2 missing-column");
});

test("an empty workbook and empty sheets are read without error", async () => {
  const standIn = new ExcelStandIn([{ name: "Sheet1", values: [] }]);
  uninstall = standIn.install();
  const result = await new CheckService(new ExcelWorkbookSource(), () => TODAY).check();
  expect(brief(result)).toEqual(["!0 missing-sheet"]);
});

test("a sheet deleted during the read gives a sentence a curator understands", async () => {
  const standIn = standInOf(generateWorkbook(10, 10).sheets);
  standIn.beforeSync = (sync) => {
    if (sync === 4) standIn.sheets = standIn.sheets.filter((sheet) => sheet.name !== "Incidents");
  };
  uninstall = standIn.install();
  const failure = await new ExcelWorkbookSource().readWorkbook().catch((error: unknown) => error);
  expect((failure as { code: string }).code).toBe("ItemNotFound");
  expect(describeExcelError(failure)).toMatch(/renamed or deleted/);
});

test("a check cancelled between chunks stops reading, with a plain message", async () => {
  const standIn = standInOf(generateWorkbook(20_000, 10).sheets);
  uninstall = standIn.install();
  const controller = new AbortController();
  const failure = await new ExcelWorkbookSource()
    .readWorkbook(() => controller.abort(), controller.signal)
    .catch((error: unknown) => error);
  expect(describeExcelError(failure)).toBe("The check was cancelled; nothing in the workbook was changed.");
  // One chunk read, then stopped: far fewer syncs than a full read.
  expect(standIn.counts.syncs).toBeLessThan(6);
});

describe("hidden and filtered rows", () => {
  test("are read and checked like the others, and named in one finding: whole chunks by rowHidden, mixed chunks by their visible cells", async () => {
    const generated = generateWorkbook(30_000, 10);
    const standIn = standInOf(generated.sheets);
    // A filter hiding every other row near the top (a mixed chunk), and a whole block further down.
    const hidden = [...Array.from({ length: 50 }, (_, i) => 10 + 2 * i), ...Array.from({ length: 20_000 }, (_, i) => 8_000 + i)];
    for (const row of hidden) standIn.sheet("Incidents").hiddenRows.add(row);
    uninstall = standIn.install();
    const syncs = standIn.counts.syncs;
    const workbook = await new ExcelWorkbookSource().readWorkbook();
    const incidents = workbook.sheets.find((sheet) => sheet.name === "Incidents")!;
    expect(incidents.hiddenRows).toEqual(hidden.map((row) => row + 1));
    expect(incidents.values).toHaveLength(30_001);
    // One more request only for each chunk with some rows hidden, not one per row.
    expect(standIn.counts.syncs - syncs).toBeLessThan(20);
    const result = checkWorkbook(workbook, { today: TODAY });
    const finding = result.issues.find((issue) => issue.code === "hidden-rows")!;
    expect(finding).toMatchObject({ sheet: "Incidents", row: 11, column: null, severity: "info" });
    expect(finding.message).toMatch(/^20,050 rows of the data are hidden \(by hand or by a filter\): rows 11, 13, 15, .* and \d+ more spans\./);
    expect(result.summary.rows.incidents).toBe(30_000);
  });

  test("without getSpecialCells (before ExcelApi 1.9) the rows of a partly hidden chunk go unnamed, and nothing fails", async () => {
    const standIn = standInOf(generateWorkbook(100, 10).sheets);
    standIn.sheet("Incidents").hiddenRows.add(5);
    uninstall = standIn.install();
    const workbook = await new ExcelWorkbookSource({ visibleCells: false }).readWorkbook();
    expect(workbook.sheets[0].hiddenRows).toBeUndefined();
  });

  test("RangeAreas addresses give their row spans, quoted sheet names included", () => {
    expect(rowSpans("Incidents!A2:R9,Incidents!A12:R40,Incidents!A50")).toEqual([[2, 9], [12, 40], [50, 50]]);
    expect(rowSpans("'Data, 2024!'!$A$2:$R$9,'Data, 2024!'!A11:R11")).toEqual([[2, 9], [11, 11]]);
    expect(rowSpans("Sheet1!2:5")).toEqual([[2, 5]]);
  });
});
