import { CellValue } from "../../../domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../../domain/sheetGrid";
import { gatherSheet, RowBatch } from "../../../domain/sheetStream";
import { UnreadableFileError } from "../readWorkbookFile";
import { heldCellBudget } from "./heldCellBudget";
import { openXlsxRows, XlsxSheetSource } from "./openXlsxRows";
import { MergedRange } from "./sheetPart";
import { formatCount } from "../../../domain/text/formatCount";

/**
 * An .xlsx workbook read whole into a grid, shaped as the exceljs path shapes it (and as
 * Excel's `range.values` gives the used range): each row with values as wide as the sheet's
 * widest, merged cells empty but for their top-left one, rows without values empty. Refuses,
 * with a sentence, a workbook with more cells than the heap can hold (`heldCellBudget`).
 */
export async function readXlsxGrid(path: string, budget = heldCellBudget()): Promise<WorkbookGrid> {
  // One pass, into a grid: nothing to keep for another.
  const source = await openXlsxRows(path, { cellBudget: budget, keepBudget: 0 });
  try {
    const sheets: SheetGrid[] = [];
    let held = 0;
    for (const sheet of source.sheets) {
      const counted = { ...sheet, rows: () => countCells(sheet, () => held, (n) => (held = n), budget, path) };
      const grid = await gatherSheet(counted);
      sheets.push(asUsedRange(grid, sheet.mergedRanges()));
    }
    return { sheets, date1904: source.date1904 };
  } finally {
    source.close();
  }
}

/** The sheet's batches, counting the cells held so far across the workbook and refusing past the budget. */
async function* countCells(sheet: XlsxSheetSource, held: () => number, setHeld: (n: number) => void, budget: number, path: string): AsyncGenerator<RowBatch> {
  for await (const batch of sheet.rows()) {
    let cells = held();
    for (const row of batch.values) cells += row.length;
    setHeld(cells);
    if (cells > budget) {
      throw new UnreadableFileError(`${path}: refused: it holds more than ${formatCount(budget)} cells (sheet "${sheet.name}" reached row ${formatCount(batch.startRow + batch.values.length - 1)}), more than this tool can hold in memory; split the workbook, or check it in parts`);
    }
    yield batch;
  }
}

/** Merged ranges larger than this only have their cells emptied, not filled in (a whole column merged is a slip, not a used range). */
const MAX_FILLED_MERGE_CELLS = 100_000;

/**
 * The gathered rows as the used range: merged ranges applied (their cells empty but the
 * top-left; rows they cover count as rows with values, as exceljs counts them), and every row
 * with values padded to the widest, unless padding would hold far more cells than the file has
 * (a row reaching far right with the rest short): then rows stay ragged, as a CSV's are.
 */
export function asUsedRange(grid: SheetGrid, merges: readonly MergedRange[]): SheetGrid {
  const values = grid.values;
  const formats = (grid.numberFormats ?? []) as (string | null | undefined)[][];
  while (formats.length < values.length) formats.push([]);
  const valued = new Set<number>();
  for (let r = 0; r < values.length; r++) if (values[r].length > 0) valued.add(r);
  let width = 0;
  for (const r of valued) width = Math.max(width, values[r].length);

  for (const { top, left, bottom, right } of merges) {
    const fill = (bottom - top + 1) * (right - left + 1) <= MAX_FILLED_MERGE_CELLS;
    for (let row = top; row <= bottom; row++) {
      const r = row - 1;
      if (r >= values.length) {
        if (!fill) break;
        while (values.length <= r) {
          values.push([]);
          formats.push([]);
        }
      }
      if (fill) {
        valued.add(r);
        width = Math.max(width, right);
        padRow(values[r], formats[r], right);
      }
      for (let c = row === top ? left + 1 : left; c <= right && c <= values[r].length; c++) {
        values[r][c - 1] = "";
        formats[r][c - 1] = null;
      }
    }
  }

  let slots = 0;
  for (const r of valued) slots += values[r].length;
  if (width * valued.size <= Math.max(4 * slots, 64 * valued.size)) for (const r of valued) padRow(values[r], formats[r], width);
  return { ...grid, values, numberFormats: formats };
}

function padRow(values: CellValue[], formats: (string | null | undefined)[], width: number): void {
  while (values.length < width) values.push("");
  while (formats.length < width) formats.push(null);
}
