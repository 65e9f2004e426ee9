import { CellValue } from "./cells/cellValue";
import type { OutlyingCell } from "./sheetStream";

/**
 * A sheet as plain values, the way Excel's `range.values` gives them, whatever read it
 * (the add-in's adapter, the .xlsx or .csv reader of the command line).
 */
export interface SheetGrid {
  name: string;
  /** Rows of cells, starting at `startRow` / `startColumn`; rows may be ragged. */
  values: CellValue[][];
  /** Number formats of the same cells where known (`range.numberFormat`); tells dates from numbers. */
  numberFormats?: (string | null | undefined)[][];
  /** The sheet row of `values[0]` (1-based); 1 when absent. */
  startRow?: number;
  /** The sheet column of `values[r][0]` (1-based); 1 when absent. */
  startColumn?: number;
  /** Names of the Excel tables on the sheet: a table named `Incidents` or `Weapons` names its sheet's kind. */
  tables?: string[];
  /** Sheet rows (1-based) hidden by hand or by a filter, where the reader can tell. */
  hiddenRows?: number[];
  /** How the bytes of a text file (a CSV) became this sheet, where the reader had to decide or repair. */
  decoding?: TextDecoding;
  /**
   * Cells far to the right of the rest of the sheet (a stray value in column XFD), kept out of
   * `values` so that the grid stays as wide as the data; sheet coordinates, 1-based.
   */
  outlyingCells?: OutlyingCell[];
}

/** What the CSV reader tells the checks about a file's encoding. */
export interface TextDecoding {
  encoding: "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";
  /** Cells (sheet row and column, 1-based) holding sequences that were no text in that encoding, each now U+FFFD; `count` of them in the cell. */
  damagedCells: { row: number; column: number; count: number }[];
  /** Read as Windows-1252: how many non-ASCII sequences were not UTF-8, how many were, and the first cell holding a non-ASCII character. */
  notUtf8?: number;
  utf8?: number;
  firstNonAscii?: { row: number; column: number };
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904?: boolean;
}
