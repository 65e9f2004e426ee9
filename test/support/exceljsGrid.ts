import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fileErrorReason } from "../../src/cli/io/fileErrors";
import { UnreadableFileError } from "../../src/cli/io/readWorkbookFile";
import { date1904Attribute, date1904Of } from "../../src/cli/io/workbookDateSystem";
import { CellValue } from "../../src/domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../src/domain/sheetGrid";

/**
 * The .xlsx reader the command line used before its own package reader (src/cli/io/xlsx):
 * exceljs, the whole package in memory. Kept as the reference the new reader is compared
 * with (test/cli/io/xlsx/matchesExceljs.test.ts) and as the control for workbooks exceljs
 * refuses (otherWriters.test.ts); exceljs and jszip are therefore dev dependencies only.
 */

/** An .xlsx file as an exceljs workbook and as plain values, as the command line read it before. */
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

/** The workbook part, by the one name exceljs looks for. */
const WORKBOOK_PART = "xl/workbook.xml";

/**
 * The workbook's date system, and the package as exceljs must be given it to read and
 * write that system. exceljs takes only `date1904="1"` for the 1904 system: given the
 * "true" of LibreOffice it turns every date cell into a Date four years and a day early
 * and writes a copy in the 1900 system. Such a package is handed over saying "1", its
 * other parts as they were (their compressed bytes reused, not compressed again).
 */
export async function readableDateSystem(bytes: Buffer): Promise<{ bytes: Buffer; date1904: boolean }> {
  const zip = await JSZip.loadAsync(bytes);
  // exceljs takes an entry named "/xl/workbook.xml" for the workbook part too.
  const entry = Object.values(zip.files).find((file) => !file.dir && file.name.replace(/^\//, "") === WORKBOOK_PART);
  if (!entry) return { bytes, date1904: false };
  const xml = await entry.async("string");
  const attribute = date1904Attribute(xml);
  if (!attribute || !date1904Of(xml)) return { bytes, date1904: false };
  if (attribute.value === "1") return { bytes, date1904: true };
  zip.file(entry.name, `${xml.slice(0, attribute.index)}${attribute.name}"1"${xml.slice(attribute.index + attribute.length)}`);
  return { bytes: await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }), date1904: true };
}
