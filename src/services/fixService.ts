import { ProposedChange } from "../domain/fixes/fixPlan";
import { WorkControl } from "./workbookSource";
import { SheetMove } from "../domain/cells/sheetMove";

/** What applying (or undoing) a batch did, cell by cell. */
export interface FixReport {
  batch: string;
  applied: ProposedChange[];
  /** Cells left alone, with why: a person changed them since the preview, or they hold a formula. */
  skipped: { change: ProposedChange; why: string }[];
}

/** Writes chosen fixes into the workbook with a log, and undoes the last batch. */
export interface FixWriter {
  /** Cancelled through `control.signal`, it stops between requests; what it wrote stays, logged (an interrupted batch). */
  apply(changes: readonly ProposedChange[], control?: WorkControl): Promise<FixReport>;
  /** Undoes the last applied batch where its cells still hold the fixed values; null when there is nothing to undo. */
  undoLast(control?: WorkControl): Promise<FixReport | null>;
  /** Rows or columns of a sheet were inserted or deleted: the log notes it, so that an undo finds the cells where Excel moved them. */
  moved(sheet: string, move: SheetMove): Promise<void>;
}

/**
 * A fix or undo refused before it wrote anything: rows or columns were inserted or deleted
 * since its cells were planned, so they are no longer where the preview (or the log) has them.
 */
export class CellsMoved extends Error {
  constructor(readonly why: string, readonly undo = false) {
    super(undo ? `Nothing was put back: ${why}.` : `Nothing was written: ${why}.`);
    this.name = "CellsMoved";
  }
}
