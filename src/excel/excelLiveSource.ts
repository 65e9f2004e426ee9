import { CellValue } from "../domain/cells/cellValue";
import { columnLetter, columnNumber } from "../domain/cells/columnLetter";
import { sheetMoveOf } from "../domain/cells/sheetMove";
import { CellBlock, LiveSource, SheetChange, SheetExtent } from "../services/workbookSource";
import { runExcel } from "./excelRun";

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
/** An edited area past this many cells (whole rows or columns, a huge paste) is cut to where data is. */
const LARGE_READ_CELLS = 100_000;

/** "C5:D9", "5:7" (whole rows), "C:D" (whole columns) → 1-based bounds, or null for anything else. */
function bounds(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const cells = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  let match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(cells);
  if (match) return { left: columnNumber(match[1]), top: Number(match[2]), right: columnNumber(match[3] ?? match[1]), bottom: Number(match[4] ?? match[2]) };
  match = /^(\d+):(\d+)$/.exec(cells);
  if (match) return { top: Number(match[1]), bottom: Number(match[2]), left: 1, right: MAX_COLUMNS };
  match = /^([A-Z]+):([A-Z]+)$/i.exec(cells);
  if (match) return { left: columnNumber(match[1]), right: columnNumber(match[2]), top: 1, bottom: MAX_ROWS };
  return null;
}

/** Reads edited cells again and watches the incident and weapon sheets for changes (ExcelApi 1.7). */
export class ExcelLiveSource implements LiveSource {
  async readCells(sheet: string, address: string, extent?: SheetExtent): Promise<CellBlock> {
    return runExcel(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      let target = address;
      const area = bounds(address);
      const reach = extent ?? { lastRow: 0, lastColumn: 0 };
      const cells = area ? (area.bottom - area.top + 1) * (area.right - area.left + 1) : 0;
      const whole = area !== null && (area.bottom === MAX_ROWS || area.right === MAX_COLUMNS);
      if (area && (whole || cells > LARGE_READ_CELLS) && (area.bottom > reach.lastRow || area.right > reach.lastColumn)) {
        // A whole row or column (a paste, a cleared column) would mean 16,384 columns or a million rows: cut it to where data is or was.
        const used = worksheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        await context.sync();
        const lastRow = Math.max(reach.lastRow, used.isNullObject ? 0 : used.rowIndex + used.rowCount);
        const lastColumn = Math.max(reach.lastColumn, used.isNullObject ? 0 : used.columnIndex + used.columnCount);
        const bottom = Math.min(area.bottom, Math.max(lastRow, area.top));
        const right = Math.min(area.right, Math.max(lastColumn, area.left));
        target = `${columnLetter(area.left)}${area.top}:${columnLetter(right)}${bottom}`;
      }
      const range = worksheet.getRange(target);
      range.load("values,numberFormat,rowIndex,columnIndex");
      await context.sync();
      return { sheet, row: range.rowIndex + 1, column: range.columnIndex + 1, values: range.values as CellValue[][], numberFormats: range.numberFormat as string[][] };
    });
  }

  async watch(sheets: string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>> {
    const handlers = await runExcel(async (context) => {
      const added = sheets.map((name) =>
        context.workbook.worksheets.getItem(name).onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
          // ExcelApi 1.14 says which way inserted or deleted cells pushed the others.
          const state = (event as { changeDirectionState?: { insertShiftDirection?: string; deleteShiftDirection?: string } }).changeDirectionState;
          const direction = state?.insertShiftDirection ?? state?.deleteShiftDirection;
          onChange({ sheet: name, address: event.address, changeType: event.changeType, move: sheetMoveOf(event.changeType, event.address, direction) });
        }),
      );
      await context.sync();
      return added;
    });
    return async () => {
      if (handlers.length === 0) return;
      // Handlers are removed in the context they were added in; this batch, too, waits for a cell edit to end.
      await Excel.run({ previousObjects: handlers[0].context, delayForCellEdit: true }, async (context) => {
        for (const handler of handlers) handler.remove();
        await context.sync();
      });
    };
  }
}
