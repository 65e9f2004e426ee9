import { CellValue } from "../domain/cells/cellValue";

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
  const pieces: Excel.Range[] = [];
  for (let top = 2; top <= last; top += ROWS_PER_REQUEST) {
    const piece = sheet.getRange(`${from}${top}:${to}${Math.min(last, top + ROWS_PER_REQUEST - 1)}`);
    piece.load("values");
    pieces.push(piece);
    await context.sync();
  }
  return { sheet, rows: pieces.flatMap((piece) => piece.values as CellValue[][]), firstRow: 2 };
}

/** Which of the named sheets exist now: one request. */
export async function existingSheets(context: Excel.RequestContext, names: readonly string[]): Promise<Set<string>> {
  const sheets = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  await context.sync();
  return new Set(sheets.filter(({ sheet }) => !sheet.isNullObject).map(({ name }) => name));
}
