import { FixInterrupted } from "./excelFixes";
import { ReadCancelled } from "../services/workbookSource";

/** A sentence a curator understands for an error thrown by Excel (`error.code`). */
export function describeExcelError(error: unknown): string {
  if (error instanceof FixInterrupted) {
    const done = error.report.applied.length;
    return `The fix stopped part-way: ${describeExcelError(error.cause)} ${done} of ${error.planned} cells were changed, each logged in the Curation log sheet; every other cell still holds its old value. Run Fix names again to finish.`;
  }
  if (error instanceof ReadCancelled) return "The check was cancelled; nothing in the workbook was changed.";
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case "ItemNotFound":
      return "A sheet or range the add-in was reading is gone (renamed or deleted meanwhile). Check again.";
    case "InvalidOperation":
      return "Excel refused the operation; the sheet may be protected or in cell-edit mode. Leave the cell you are editing and try again.";
    case "RequestPayloadSizeLimitExceeded":
      return "Excel could not pass that much data at once. Try again; if it persists, the sheet has very long cells.";
    case "GeneralException":
      return "Excel reported a general error while reading the workbook. Try again.";
    case "InvalidArgument":
      return "Excel rejected a request from the add-in (an invalid range). Please report this.";
    default:
      return `Excel could not complete the request${error instanceof Error && error.message ? `: ${error.message}` : "."}`;
  }
}
