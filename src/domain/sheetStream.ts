import { CellValue } from "./cells/cellValue";
import { SheetGrid, TextDecoding } from "./sheetGrid";

/**
 * Consecutive rows of a sheet, as a reader hands them over while it reads: `values[0]` is
 * sheet row `startRow` (1-based), each row starting at the sheet's first column (column A,
 * or `SheetRowSource.startColumn`). Rows may be ragged; a row absent from the file is `[]`.
 */
export interface RowBatch {
  startRow: number;
  values: CellValue[][];
  /** Number formats of the same cells where known (an .xlsx cell's style), to tell dates from numbers. */
  numberFormats?: (string | null | undefined)[][];
}

/**
 * A cell that lies far to the right of everything else on its row's sheet (a stray value in
 * column XFD): kept apart from the dense rows so that one far cell does not make every row
 * 16,384 cells wide. Row and column are 1-based sheet coordinates.
 */
export interface OutlyingCell {
  row: number;
  column: number;
  value: CellValue;
}

/**
 * A sheet read as a stream of row batches, for files too large to hold as one grid. What a
 * `SheetGrid` says of the whole sheet (its name, tables, hidden rows, decoding) is known
 * before or after the rows; the rows themselves are read by `rows()`, which may be called
 * again for a second pass over the same sheet (a reader re-reads its file).
 */
export interface SheetRowSource {
  name: string;
  /** The sheet column of each row's first cell (1-based); 1 when absent. */
  startColumn?: number;
  tables?: string[];
  /** Read rows, in order; batches hold at most a few thousand rows each. */
  rows(): AsyncIterable<RowBatch>;
  /** Known once `rows()` has been read to its end at least once. */
  hiddenRows?(): number[] | undefined;
  decoding?(): TextDecoding | undefined;
  outlyingCells?(): OutlyingCell[];
}

/** A workbook read as row streams, one per sheet, in the workbook's order. */
export interface WorkbookRowSource {
  sheets: SheetRowSource[];
  date1904?: boolean;
}

/** Every row of a source gathered into one grid (for inputs small enough to hold whole). */
export async function gatherSheet(source: SheetRowSource): Promise<SheetGrid> {
  const values: CellValue[][] = [];
  const numberFormats: (string | null | undefined)[][] = [];
  let anyFormats = false;
  for await (const batch of source.rows()) {
    // A gap between batches is rows the file does not have: empty rows, as Excel's values give them.
    while (values.length < batch.startRow - 1) {
      values.push([]);
      numberFormats.push([]);
    }
    for (let i = 0; i < batch.values.length; i++) {
      values.push(batch.values[i]);
      numberFormats.push(batch.numberFormats?.[i] ?? []);
    }
    if (batch.numberFormats) anyFormats = true;
  }
  const hiddenRows = source.hiddenRows?.();
  const decoding = source.decoding?.();
  const outlying = source.outlyingCells?.();
  return {
    name: source.name,
    values,
    ...(anyFormats ? { numberFormats } : {}),
    ...(source.startColumn && source.startColumn !== 1 ? { startColumn: source.startColumn } : {}),
    ...(source.tables?.length ? { tables: source.tables } : {}),
    ...(hiddenRows?.length ? { hiddenRows } : {}),
    ...(decoding ? { decoding } : {}),
    ...(outlying?.length ? { outlyingCells: outlying } : {}),
  };
}
