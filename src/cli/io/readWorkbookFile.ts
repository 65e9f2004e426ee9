import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { CellValue } from "../../domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../domain/sheetGrid";
import { gatherSheet } from "../../domain/sheetStream";
import { fileErrorReason } from "./fileErrors";
import { openCsvRows } from "./csv/openCsvRows";
import { UnreadableCsvError } from "./csv/unreadableCsvError";
import { readableDateSystem } from "./workbookDateSystem";
import { readXlsxGrid } from "./xlsx/readXlsxGrid";

/** A file that could not be read, with a message for one line of stderr. */
export class UnreadableFileError extends Error {}

export type FileKind = "xlsx" | "csv";

/** The kind of a file by its extension, or undefined. */
export function fileKind(path: string): FileKind | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return "xlsx";
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  return undefined;
}

/** Reads an .xlsx or .csv file into plain values, as the add-in reads a workbook from Excel. */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  const kind = fileKind(path);
  if (!kind) throw new UnreadableFileError(`${path}: not an .xlsx or .csv file`);
  // An .xlsx is read as a stream from its path (src/cli/io/xlsx), never whole into memory.
  if (kind === "xlsx") return readXlsxGrid(path);
  return readCsv(path);
}

/**
 * An .xlsx file as an exceljs workbook (to write back, formats and formulas kept) and as plain
 * values; for `normalize`, which writes the workbook back. Reading alone goes through
 * `readXlsxGrid` (streaming, sparse, refusing bombs); see `openXlsxRows` for row streams.
 */
export async function loadXlsx(path: string, bytes?: Buffer): Promise<{ workbook: ExcelJS.Workbook; grid: WorkbookGrid }> {
  if (!bytes) {
    try {
      bytes = await readFile(path);
    } catch (error) {
      throw new UnreadableFileError(`${path}: ${fileErrorReason(error, { ENOENT: "no such file" })}`);
    }
  }
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new UnreadableFileError(`${path}: not an .xlsx workbook (the file is not a zip package${bytes.length === 0 ? "; it is empty" : ""})`);
  }
  const workbook = new ExcelJS.Workbook();
  let date1904: boolean;
  try {
    const readable = await readableDateSystem(bytes);
    date1904 = readable.date1904;
    await workbook.xlsx.load(readable.bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnreadableFileError(`${path}: not a readable .xlsx workbook (${(error as Error).message})`);
  }
  // exceljs made its Dates in the system it read; undoing them in that same system gives back the file's serials.
  const exceljs1904 = Boolean(workbook.properties?.date1904);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((worksheet) => sheets.push(worksheetToGrid(worksheet, exceljs1904)));
  return { workbook, grid: { sheets, date1904 } };
}

/**
 * The used range of a worksheet as plain values, merged cells empty but for their top-left
 * cell, as Excel gives them; `date1904` is the date system exceljs read the workbook in.
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet, date1904 = false): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const rowCount = worksheet.actualRowCount === 0 ? 0 : worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const hiddenRows: number[] = [];
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.getRow(r);
    if (row.hidden) hiddenRows.push(r);
    const cells: CellValue[] = [];
    const formats: (string | null)[] = [];
    if (row.hasValues) {
      for (let c = 1; c <= columnCount; c++) {
        const cell = row.getCell(c);
        if (cell.isMerged && cell.master !== cell && cell.master.address !== cell.address) {
          cells.push("");
          formats.push(null);
          continue;
        }
        const value = plainValue(cell.value, date1904);
        cells.push(value);
        // An .xlsx cell without a number format is General.
        formats.push(typeof value === "number" ? (cell.numFmt ?? "General") : (cell.numFmt ?? null));
      }
    }
    values.push(cells);
    numberFormats.push(formats);
  }
  return { name: worksheet.name, values, numberFormats, ...(hiddenRows.length ? { hiddenRows } : {}) };
}

/**
 * One exceljs cell value as Excel's `range.values` would give it, a date as the serial the
 * file holds in its own date system (`date1904`, as exceljs read it).
 */
export function plainValue(value: ExcelJS.CellValue, date1904 = false): CellValue {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return exceljsDateToSerial(value, date1904);
  if ("error" in value) return String(value.error);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? "" : plainValue(result as ExcelJS.CellValue, date1904);
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : plainValue(value.text as ExcelJS.CellValue, date1904);
  return "";
}

const MS_PER_DAY = 86_400_000;
/** The serial of 1970-01-01 in the 1900 system, and how many days later the 1904 system starts. */
const UNIX_EPOCH_1900 = 25_569;
const DAYS_1900_TO_1904 = 1_462;

/**
 * The serial from which exceljs made a Date, by exactly the reverse of its own sum (days
 * since 1970 plus 25569, less 1462 in the 1904 system). It counts no phantom 29 February
 * 1900, so going through an ISO date would move serials before March 1900 by a day.
 */
function exceljsDateToSerial(date: Date, date1904: boolean): number {
  return UNIX_EPOCH_1900 + date.getTime() / MS_PER_DAY - (date1904 ? DAYS_1900_TO_1904 : 0);
}

/** A CSV file read as a stream (src/cli/io/csv) and gathered into one sheet. */
async function readCsv(path: string): Promise<WorkbookGrid> {
  try {
    return { sheets: [await gatherSheet(await openCsvRows(path))] };
  } catch (error) {
    if (error instanceof UnreadableCsvError) throw new UnreadableFileError(error.message);
    throw error;
  }
}

/** The separator of a CSV file (kept here for its callers; the CSV reader's own, in ./csv). */
export { guessDelimiter } from "./csv/guessDelimiter";
