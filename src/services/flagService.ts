import { Issue } from "../domain/issues/issue";
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
  /** Re-flags only the cells whose findings changed between two checks. */
  update(before: readonly Issue[], after: readonly Issue[]): Promise<FlagReport>;
  clear(): Promise<number>;
  /** Goes to a cell: activates its sheet and selects it. */
  select(sheet: string, address: string): Promise<void>;
}
