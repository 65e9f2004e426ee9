import { CellValue } from "../domain/cells/cellValue";
import { findSheets } from "../domain/checks/checkWorkbook";
import { HEADER_SEARCH_ROWS } from "../domain/headers/locateTable";
import { isDictionarySheet } from "../domain/names/dictionary/workbookDictionary";
import { SheetGrid, WorkbookGrid } from "../domain/sheetGrid";
import { ReadCancelled, ReadProgress, WorkbookSource } from "../services/workbookSource";
import { isPayloadTooLarge } from "./payloadLimits";
import { runExcel } from "./excelRun";

/**
 * Excel on the web caps a request's payload at about 5 MB. The first chunk of a sheet is
 * small (`FIRST_CHUNK_ROWS` rows, at most `FIRST_CHUNK_CELLS` cells); later chunks are
 * sized from the bytes per row the chunks so far carried, to about `TARGET_PAYLOAD_BYTES`,
 * never past `MAX_CHUNK_CELLS`; a chunk Excel still finds too big is read again in halves.
 */
export const FIRST_CHUNK_ROWS = 100;
export const FIRST_CHUNK_CELLS = 20_000;
export const MAX_CHUNK_CELLS = 200_000;
export const TARGET_PAYLOAD_BYTES = 2 * 1024 * 1024;

/** Lets the pane breathe between chunks: desktop Excel restarts a pane that blocks for over 5 s. */
const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface UsedArea {
  name: string;
  tables: string[];
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
  /** `visibleCells`: the host has `getSpecialCells` (ExcelApi 1.9), to tell which rows of a partly hidden chunk are hidden. */
  constructor(private readonly options: { visibleCells?: boolean } = {}) {}

  async readWorkbook(onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid> {
    return runExcel(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      // The workbook's date system, which the API does not expose: DATE(1904,1,1) is 0 in the 1904 system, 1462 in the 1900 one.
      const epoch = context.workbook.functions.date(1904, 1, 1);
      epoch.load("value");
      await context.sync();
      const date1904 = epoch.value === 0;

      const usedRanges = worksheets.items.map((sheet) => {
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("rowIndex,columnIndex,rowCount,columnCount");
        const tables = sheet.tables;
        tables.load("items/name");
        return { name: sheet.name, used, tables };
      });
      await context.sync();
      const areas: UsedArea[] = usedRanges
        .filter(({ used }) => !used.isNullObject)
        .map(({ name, used, tables }) => ({ name, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rowCount: used.rowCount, columnCount: used.columnCount, tables: tables.items.map((t) => t.name) }));

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
      // The workbook's own dictionary is read in full too: it changes what names mean.
      const chosen = new Set([found.incidents?.grid.name, found.weapons?.grid.name, ...areas.map((a) => a.name).filter(isDictionarySheet)]);

      const sheets: SheetGrid[] = [];
      // The bar runs once over every sheet read in full, each counted by its rows.
      const overall = { rowsRead: 0, rowsTotal: areas.reduce((sum, area) => sum + (chosen.has(area.name) ? area.rowCount : 0), 0) };
      for (const area of areas) {
        if (!chosen.has(area.name)) {
          sheets.push(headGrids[areas.indexOf(area)]);
          continue;
        }
        const before = overall.rowsRead;
        const report = onProgress && ((progress: ReadProgress) => onProgress({ ...progress, overall: { rowsRead: (overall.rowsRead = before + progress.rowsRead), rowsTotal: overall.rowsTotal } }));
        sheets.push(await readArea(context, area, this.options.visibleCells ?? true, report, signal));
      }
      return { sheets, date1904 };
    });
  }
}

async function readArea(context: Excel.RequestContext, area: UsedArea, visibleCells: boolean, onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<SheetGrid> {
  const sheet = context.workbook.worksheets.getItem(area.name);
  const columns = Math.max(1, area.columnCount);
  let rowsPerSync = Math.max(1, Math.min(FIRST_CHUNK_ROWS, Math.floor(FIRST_CHUNK_CELLS / columns)));
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  const hiddenRows: number[] = [];
  let bytesRead = 0;
  for (let start = 0; start < area.rowCount; ) {
    const count = Math.min(rowsPerSync, area.rowCount - start);
    const range = sheet.getRangeByIndexes(area.rowIndex + start, area.columnIndex, count, area.columnCount);
    range.load("values,numberFormat,rowHidden");
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count === 1) throw error;
      rowsPerSync = Math.ceil(count / 2);
      continue;
    }
    const top = area.rowIndex + start + 1;
    if (range.rowHidden === true) for (let r = 0; r < count; r++) hiddenRows.push(top + r);
    else if (range.rowHidden === null && visibleCells) hiddenRows.push(...(await hiddenRowsOf(context, range, top, count)));
    for (const row of range.values) values.push(row as CellValue[]);
    for (const row of range.numberFormat) numberFormats.push(row as string[]);
    bytesRead += payloadBytes(range.values) + payloadBytes(range.numberFormat);
    start += count;
    onProgress?.({ sheet: area.name, rowsRead: start, rowsTotal: area.rowCount });
    rowsPerSync = nextChunkRows(bytesRead / start, columns);
    await yieldToUi();
    if (signal?.aborted) throw new ReadCancelled();
  }
  return { name: area.name, values, numberFormats, startRow: area.rowIndex + 1, startColumn: area.columnIndex + 1, tables: area.tables, ...(hiddenRows.length ? { hiddenRows } : {}) };
}

/** The hidden rows of a chunk some of whose rows are hidden: the rows its visible cells (ExcelApi 1.9) leave out. One request. */
async function hiddenRowsOf(context: Excel.RequestContext, range: Excel.Range, top: number, count: number): Promise<number[]> {
  const visible = range.getSpecialCellsOrNullObject("Visible");
  visible.load("address");
  await context.sync();
  const shown = new Uint8Array(count);
  if (!visible.isNullObject) {
    for (const [first, last] of rowSpans(visible.address)) for (let row = Math.max(first, top); row <= Math.min(last, top + count - 1); row++) shown[row - top] = 1;
  }
  const hidden: number[] = [];
  shown.forEach((isShown, index) => {
    if (!isShown) hidden.push(top + index);
  });
  return hidden;
}

/** The row spans of a RangeAreas address ("Sheet1!A2:R9,'My sheet'!A12:R40,Sheet1!A50"). */
export function rowSpans(address: string): [number, number][] {
  const spans: [number, number][] = [];
  // Sheet names may hold commas and "!" only when quoted; the cell part after the last "!" of each area never does.
  for (const match of address.matchAll(/!\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?(?=,|$)/g)) {
    const first = Number(match[1]);
    spans.push([first, match[2] ? Number(match[2]) : first]);
  }
  return spans;
}

/** Rows for the next chunk, from the bytes per row read so far. */
export function nextChunkRows(bytesPerRow: number, columns: number): number {
  const byPayload = Math.floor(TARGET_PAYLOAD_BYTES / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_CHUNK_CELLS / columns);
  return Math.max(1, Math.min(byPayload, byCells));
}

/** About the bytes a block of cells takes in a request (its JSON), without building the JSON. */
function payloadBytes(rows: unknown[][]): number {
  let bytes = 2;
  for (const row of rows) {
    bytes += 2;
    for (const cell of row) bytes += (typeof cell === "string" ? cell.length + 2 : 8) + 1;
  }
  return bytes;
}

function gridOf(area: UsedArea, values: CellValue[][]): SheetGrid {
  return { name: area.name, values, startRow: area.rowIndex + 1, startColumn: area.columnIndex + 1, tables: area.tables };
}
