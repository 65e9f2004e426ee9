import { CellValue } from "./cells/cellValue";

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
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The workbook counts dates from 1904 (old Mac workbooks). */
  date1904?: boolean;
}
