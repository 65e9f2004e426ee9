import { CellValue } from "../domain/cells/cellValue";
import { columnLetter } from "../domain/cells/columnLetter";
import { toExcelLiteral } from "../domain/cells/excelLiteral";

const ROWS_PER_SYNC = 10_000;

/**
 * Appends rows below the used range of a visible sheet, creating the sheet with its header
 * row when it is missing (and writing the header when the sheet is empty). Returns the sheet
 * and the 1-based row number of the first appended row.
 */
export async function appendRows(context: Excel.RequestContext, name: string, header: readonly string[], rows: readonly (readonly CellValue[])[]): Promise<{ sheet: Excel.Worksheet; firstRow: number }> {
  let sheet = context.workbook.worksheets.getItemOrNullObject(name);
  await context.sync();
  const last = columnLetter(header.length);
  let next = 2;
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(name);
    sheet.getRange(`A1:${last}1`).values = [header.map(toExcelLiteral)];
  } else {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex,rowCount");
    await context.sync();
    if (used.isNullObject) sheet.getRange(`A1:${last}1`).values = [[...header]];
    else next = used.rowIndex + used.rowCount + 1;
  }
  for (let start = 0; start < rows.length; start += ROWS_PER_SYNC) {
    // As literals: a logged old value "0012" or "- to verify" comes back exactly, never as 12 or a formula.
    const chunk = rows.slice(start, start + ROWS_PER_SYNC).map((row) => row.map(toExcelLiteral));
    sheet.getRange(`A${next + start}:${last}${next + start + chunk.length - 1}`).values = chunk;
    await context.sync();
  }
  return { sheet, firstRow: next };
}
