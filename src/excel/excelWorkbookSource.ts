import { CellValue } from "../domain/cells/cellValue";
import { findSheets } from "../domain/checks/checkWorkbook";
import { HEADER_SEARCH_ROWS } from "../domain/headers/locateTable";
import { SheetGrid, WorkbookGrid } from "../domain/sheetGrid";
import { ReadProgress, WorkbookSource } from "../services/workbookSource";

/**
 * Cells per request. Excel on the web caps a request's payload at about 5 MB; values and
 * number formats of 40,000 cells stay well under it even with long text.
 */
export const CELLS_PER_SYNC = 40_000;

/** Lets the pane breathe between chunks: desktop Excel restarts a pane that blocks for over 5 s. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface UsedArea {
  name: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads the workbook open in Excel: first the top rows of every sheet, to find the incident
 * and weapon sheets by name or headers, then those two sheets' used ranges in row chunks,
 * values and number formats together, one sync per chunk.
 */
export class ExcelWorkbookSource implements WorkbookSource {
  async readWorkbook(onProgress?: (progress: ReadProgress) => void): Promise<WorkbookGrid> {
    return Excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();

      const usedRanges = worksheets.items.map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        return { name: sheet.name, used };
      });
      await context.sync();
      const areas: UsedArea[] = usedRanges
        .filter(({ used }) => !used.isNullObject)
        .map(({ name, used }) => ({ name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount }));

      const heads = areas.map((area) => {
        const range = context.workbook.worksheets
          .getItem(area.name)
          .getRangeByIndexes(area.rowIndex, area.columnIndex, Math.min(HEADER_SEARCH_ROWS, area.rowCount), area.columnCount);
        range.load("values");
        return { area, range };
      });
      await context.sync();
      const headGrids = heads.map(({ area, range }) => gridOf(area, range.values as CellValue[][]));
      const found = findSheets(headGrids);
      const chosen = new Set([found.incidents?.grid.name, found.weapons?.grid.name]);

      const sheets: SheetGrid[] = [];
      for (const area of areas) {
        if (!chosen.has(area.name)) {
          sheets.push(headGrids[areas.indexOf(area)]);
          continue;
        }
        sheets.push(await readArea(context, area, onProgress));
      }
      return { sheets };
    });
  }
}

async function readArea(context: Excel.RequestContext, area: UsedArea, onProgress?: (progress: ReadProgress) => void): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(area.name);
  const rowsPerSync = Math.max(1, Math.floor(CELLS_PER_SYNC / Math.max(1, area.columnCount)));
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let start = 0; start < area.rowCount; start += rowsPerSync) {
    const count = Math.min(rowsPerSync, area.rowCount - start);
    const range = sheet.getRangeByIndexes(area.rowIndex + start, area.columnIndex, count, area.columnCount);
    range.load("values,numberFormat");
    await context.sync();
    for (const row of range.values) values.push(row as CellValue[]);
    for (const row of range.numberFormat) numberFormats.push(row as string[]);
    onProgress?.({ sheet: area.name, rowsRead: start + count, rowsTotal: area.rowCount });
    await yieldToUi();
  }
  return { name: area.name, values, numberFormats, startRow: area.rowIndex + 1, startColumn: area.columnIndex + 1 };
}

function gridOf(area: UsedArea, values: CellValue[][]): SheetGrid {
  return { name: area.name, values, startRow: area.rowIndex + 1, startColumn: area.columnIndex + 1 };
}
