import { CellValue } from "../../src/domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../src/domain/sheetGrid";
import { RowBatch, SheetRowSource, WorkbookRowSource } from "../../src/domain/sheetStream";

/**
 * A row source over a grid held in memory, in batches of `batchSize` rows, as a reader
 * hands them over: what `gatherSheet` of it gives back is the grid (rows from sheet row 1;
 * hidden rows, decoding and outlying cells told only once the rows were read to the end; a
 * decoding only where the grid has one, as only a CSV reader tells it).
 * `gaps`: leave the grid's empty rows out of the batches, as a reader of a file that does not
 * have them does. `reads` counts the calls of `rows()`.
 */
export function gridRowSource(grid: SheetGrid, batchSize: number, options: { gaps?: boolean } = {}): SheetRowSource & { reads: number } {
  if ((grid.startRow ?? 1) !== 1) throw new Error("a row source starts at sheet row 1");
  let read = false;
  const source = {
    name: grid.name,
    ...(grid.startColumn ? { startColumn: grid.startColumn } : {}),
    ...(grid.tables ? { tables: grid.tables } : {}),
    reads: 0,
    async *rows(): AsyncIterable<RowBatch> {
      source.reads++;
      const { values, numberFormats } = grid;
      let batch: RowBatch | undefined;
      for (let i = 0; i < values.length; i++) {
        const row: CellValue[] = values[i] ?? [];
        if (options.gaps && row.length === 0) {
          if (batch) yield batch;
          batch = undefined;
          continue;
        }
        batch ??= { startRow: i + 1, values: [], ...(numberFormats ? { numberFormats: [] } : {}) };
        batch.values.push(row);
        batch.numberFormats?.push(numberFormats?.[i] ?? []);
        if (batch.values.length >= batchSize) {
          yield batch;
          batch = undefined;
        }
      }
      if (batch) yield batch;
      read = true;
    },
    hiddenRows: () => (read ? grid.hiddenRows : undefined),
    // Only a text file's reader tells a decoding (then a sheet the check does not read is read to its end, for the cells that finding quotes).
    ...(grid.decoding ? { decoding: () => (read ? grid.decoding : undefined) } : {}),
    outlyingCells: () => (read ? grid.outlyingCells ?? [] : []),
  };
  return source;
}

/** A workbook's grids as row sources. */
export function workbookRowSource(workbook: WorkbookGrid, batchSize: number, options: { gaps?: boolean } = {}): WorkbookRowSource & { sheets: (SheetRowSource & { reads: number })[] } {
  return { sheets: workbook.sheets.map((grid) => gridRowSource(grid, batchSize, options)), ...(workbook.date1904 ? { date1904: true } : {}) };
}
