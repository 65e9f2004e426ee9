import { CellValue } from "../domain/cells/cellValue";
import { WorkbookGrid } from "../domain/sheetGrid";

/** Progress of a long read, for the pane's progress bar. */
export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
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

/** Reads a few cells again (after an edit), and tells of edits as they happen. */
export interface LiveSource {
  readCells(sheet: string, address: string): Promise<CellBlock>;
  /** Calls back with (sheet, address) for every edit of the given sheets; returns a function that stops watching. */
  watch(sheets: string[], onChange: (sheet: string, address: string) => void): Promise<() => Promise<void>>;
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
