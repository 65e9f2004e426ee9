import { CellValue } from "../domain/cells/cellValue";
import { WorkbookGrid } from "../domain/sheetGrid";
import { SheetMove } from "../domain/cells/sheetMove";

/** Progress of a long read, for the pane's progress bar. */
export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
  /** The whole read's rows so far and in all, over every sheet it reads, where the source knows them before it starts. */
  overall?: { rowsRead: number; rowsTotal: number };
}

/** Where a workbook's sheets come from: Excel through its adapter, or a file. */
export interface WorkbookSource {
  /** Reads the incident and weapon sheets (found by name or headers) into plain values; stops between chunks when `signal` is aborted. */
  readWorkbook(onProgress?: (progress: ReadProgress) => void, signal?: AbortSignal): Promise<WorkbookGrid>;
}

/** A block of cells read again after a change. */
export interface CellBlock {
  sheet: string;
  /** 1-based row and column of the block's top-left cell. */
  row: number;
  column: number;
  values: CellValue[][];
  numberFormats: (string | null)[][];
}

/** A change to a watched sheet, as Excel tells of it. */
export interface SheetChange {
  sheet: string;
  /** The changed cells ("C5", "C5:D9"), or whole rows or columns ("5:7", "C:D"). */
  address: string;
  /** Excel's change type: RangeEdited, RowInserted, RowDeleted, ColumnInserted, ColumnDeleted, CellInserted, CellDeleted … */
  changeType: string;
  /** Cells the change moved (rows or columns inserted or deleted), where the event says how; null for edits. */
  move: SheetMove | null;
}

/** The last row and column (1-based) a re-read needs to reach: those of the sheet as it was read. */
export interface SheetExtent {
  lastRow: number;
  lastColumn: number;
}

/** Reads a few cells again (after an edit), and tells of edits as they happen. */
export interface LiveSource {
  /**
   * The cells of `address`, cut to what holds data: whole rows and columns ("5:5", "C:C")
   * are read only as far as the sheet's used range or `extent` (where cells were cleared) reach.
   */
  readCells(sheet: string, address: string, extent?: SheetExtent): Promise<CellBlock>;
  /** Calls back for every change of the given sheets; returns a function that stops watching. */
  watch(sheets: string[], onChange: (change: SheetChange) => void): Promise<() => Promise<void>>;
}

/** The error a read stopped by the user ends with. */
export class ReadCancelled extends Error {
  constructor() {
    super("The check was cancelled.");
    this.name = "ReadCancelled";
  }
}

/** Progress of a long write (flags, fixes), for the pane's progress bar. */
export interface WorkProgress {
  /** What is being done, in a few words: "Writing fills", "Writing notes", "Writing fixes". */
  step: string;
  done: number;
  total: number;
}

/** What a caller passes to a long write: where to report progress, and a signal to stop it between requests. */
export interface WorkControl {
  onProgress?: (progress: WorkProgress) => void;
  signal?: AbortSignal;
  /**
   * Why the cells the step targets may no longer be where it planned them (rows or columns
   * inserted or deleted since, as the pane heard of it), or null. Asked before each write
   * request: a writer writes nothing more once it answers.
   */
  stale?: () => string | null;
}

/** The error a write stopped by the user ends with, thrown between requests (never inside one). */
export class WorkCancelled extends Error {
  constructor() {
    super("Cancelled.");
    this.name = "WorkCancelled";
  }
}

/** Throws WorkCancelled when the signal has been aborted: called between requests. */
export function stopIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new WorkCancelled();
}
