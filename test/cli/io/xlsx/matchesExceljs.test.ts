import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { readWorkbookFile } from "../../../../src/cli/io/readWorkbookFile";
import { isDateFormat } from "../../../../src/cli/io/xlsx/cellValues";
import { readXlsxGrid } from "../../../../src/cli/io/xlsx/readXlsxGrid";
import { SheetGrid, WorkbookGrid } from "../../../../src/domain/sheetGrid";
import { write1904Workbook, Writer1904, writerAvailability } from "../../../support/date1904Workbooks";
import { loadXlsx } from "../../../support/exceljsGrid";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../../../support/libreOfficeConvert";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../../support/realAcled";

/**
 * The streaming reader gives the grid the exceljs path gave, on real workbooks of several
 * writers. Where they legitimately differ, the exceljs side is brought to the new reader's
 * reading before the comparison, each for a reason:
 * - a date-formatted number: exceljs made a Date rounded to the millisecond and back, so its
 *   serial may differ from the file's in the last bits; the new reader gives the file's serial.
 *   The file's serial, rounded as exceljs rounds, must be exceljs's serial exactly.
 * - tables: the exceljs path gave none; the new reader gives each sheet's table names
 *   (checked in cellsAndStructure.test.ts). None of these workbooks has a table.
 * Not a difference here but elsewhere: a cell far right of its row (see outlyingCellRule.ts)
 * is in `outlyingCells`, not in the row; none of these workbooks has one.
 */
const ROOT = join(__dirname, "..", "..", "..", "..");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
const REAL = realAcledDir(ROOT);

const MS_PER_DAY = 86_400_000;
/** exceljs's own round trip of a serial through a Date (utils.excelToDate, then plainValue). */
const throughExceljsDate = (serial: number, date1904: boolean) => {
  const offset = date1904 ? 1462 : 0;
  return 25569 + Math.round((serial - 25569 + offset) * MS_PER_DAY) / MS_PER_DAY - offset;
};

function comparable(grid: WorkbookGrid): WorkbookGrid {
  return {
    ...grid,
    sheets: grid.sheets.map((sheet): SheetGrid => {
      const { tables: _tables, ...rest } = sheet;
      return {
        ...rest,
        values: sheet.values.map((row, r) => row.map((value, c) => (typeof value === "number" && isDateFormat(sheet.numberFormats?.[r]?.[c] ?? undefined) ? throughExceljsDate(value, Boolean(grid.date1904)) : value))),
      };
    }),
  };
}

/**
 * Where two values first differ (a path and both sides), or undefined: a grid of thousands of
 * rows is compared exactly, and Jest's own diff of such a grid would take minutes to print.
 */
function firstDifference(a: unknown, b: unknown, path = "grid"): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ours ${JSON.stringify(a)}, exceljs ${JSON.stringify(b)}`;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  if (Array.isArray(a) && a.length !== (b as unknown[]).length) return `${path}.length: ours ${a.length}, exceljs ${(b as unknown[]).length}`;
  for (const key of keys) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

async function expectSameGrid(path: string): Promise<WorkbookGrid> {
  const ours = await readXlsxGrid(path);
  const theirs = (await loadXlsx(path)).grid;
  expect(firstDifference(comparable(ours), theirs)).toBeUndefined();
  return ours;
}

test("the sample workbook reads as the exceljs path reads it, and readWorkbookFile reads it so", async () => {
  const grid = await expectSameGrid(SAMPLE);
  expect(await readWorkbookFile(SAMPLE)).toEqual(grid);
  expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["Incidents", "Weapons"]);
  // Its date column is serials with their format, as before.
  expect(grid.sheets[0].values[3][1]).toBe(45366);
  expect(grid.sheets[0].numberFormats![3][1]).toMatch(/y/);
});

describe("1904 workbooks of several writers", () => {
  const writers: Writer1904[] = ["exceljs", "LibreOffice", "xlsxwriter", "openpyxl"];
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xlsx-1904-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const writer of writers) {
    const availability = writerAvailability(writer);
    if (!availability.available) {
      if (writer === "LibreOffice" && process.env.CI) throw new Error(`LibreOffice is missing: ${availability.why}`);
      console.warn(`\n*** SKIPPING THE ${writer.toUpperCase()} 1904 WORKBOOK: ${availability.why} ***\n`);
      continue;
    }
    test(`written by ${writer}`, async () => {
      const grid = await expectSameGrid(await write1904Workbook(writer, dir));
      expect(grid.date1904).toBe(true);
    }, 120_000);
  }
});

const haveLibreOffice = libreOfficeOrSkip("THE LIBREOFFICE .XLSX OF THE REAL ACLED EXPORTS");
const haveAcled = realAcledPresent(REAL);
if (!haveAcled) console.warn(`\n*** SKIPPING THE REAL ACLED WORKBOOKS: ${REAL} is missing ***\n`);
(haveLibreOffice && haveAcled ? describe : describe.skip)("the real ACLED exports, as LibreOffice saves them as .xlsx", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "xlsx-acled-"));
    await convertWithLibreOffice(REAL_ACLED_FILES.map((file) => join(REAL, file)), "xlsx", dir);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  test.each([...REAL_ACLED_FILES])("%s", async (file) => {
    const grid = await expectSameGrid(join(dir, basename(file, ".csv") + ".xlsx"));
    expect(grid.sheets[0].values.length).toBeGreaterThan(200);
  }, 120_000);
});
