import { Issue } from "../domain/issues/issue";
import { SheetMove } from "../domain/cells/sheetMove";
import { WorkControl } from "./workbookSource";

/** What flagging did, for the pane to say. */
export interface FlagReport {
  cells: number;
  /** What carried the findings' text: notes (ExcelApi 1.18), comments (1.10), or nothing (fills only). */
  annotations: "notes" | "comments" | "none";
}

/** Writes flags into the user's cells and takes them off again, restoring what was there. */
export interface FlagWriter {
  /** Flags the issues' cells; cancelled through `control.signal`, it takes off what it wrote and throws WorkCancelled. */
  flag(issues: readonly Issue[], control?: WorkControl): Promise<FlagReport>;
  /** After a re-check (an edit, a fix, an undo): re-flags only the cells whose findings changed from what they show. */
  update(issues: readonly Issue[]): Promise<FlagReport>;
  /** Rows or columns of a sheet were inserted or deleted: the flags' record follows the cells Excel moved. */
  moved(sheet: string, move: SheetMove): Promise<void>;
  clear(): Promise<number>;
  /** Whether the workbook holds flags this add-in wrote, in this session or an earlier one (so Clear has something to put back). */
  hasFlags(): Promise<boolean>;
  /** Goes to a cell: activates its sheet and selects it. */
  select(sheet: string, address: string): Promise<void>;
}
