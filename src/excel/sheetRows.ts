import { CellValue } from "../domain/cells/cellValue";
import { isPayloadTooLarge } from "./payloadLimits";

/** Rows read per request: a few short columns stay well under Excel on the web's 5 MB. */
const ROWS_PER_REQUEST = 10_000;

/**
 * The rows of one of the add-in's own sheets (log, flag record) below its header row, in
 * `columns` ("A:H"), read in pieces of ROWS_PER_REQUEST rows; null when the sheet is missing.
 * `firstRow` is the sheet row of `rows[0]`.
 */
export async function readSheetRows(context: Excel.RequestContext, name: string, columns: string): Promise<{ sheet: Excel.Worksheet; rows: CellValue[][]; firstRow: number } | null> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  if (sheet.isNullObject) return null;
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,rowCount");
  await context.sync();
  if (used.isNullObject || used.rowIndex + used.rowCount < 2) return { sheet, rows: [], firstRow: 2 };
  const [from, to] = columns.split(":");
  const last = used.rowIndex + used.rowCount;
  const rows: CellValue[][] = [];
  let perRequest = ROWS_PER_REQUEST;
  for (let top = 2; top <= last; ) {
    const bottom = Math.min(last, top + perRequest - 1);
    const piece = sheet.getRange(`${from}${top}:${to}${bottom}`);
    piece.load("values");
    try {
      await context.sync();
    } catch (error) {
      // Long cells (notes, reasons) can make an answer pass Excel on the web's 5 MB: read that piece in halves.
      if (!isPayloadTooLarge(error) || perRequest === 1) throw error;
      perRequest = Math.ceil(perRequest / 2);
      continue;
    }
    rows.push(...(piece.values as CellValue[][]));
    top = bottom + 1;
  }
  return { sheet, rows, firstRow: 2 };
}

/** Which of the named sheets exist now: one request. */
export async function existingSheets(context: Excel.RequestContext, names: readonly string[]): Promise<Set<string>> {
  const sheets = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  await context.sync();
  return new Set(sheets.filter(({ sheet }) => !sheet.isNullObject).map(({ name }) => name));
}
