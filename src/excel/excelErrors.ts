import { FixInterrupted } from "./excelFixes";
import { ReadCancelled, WorkCancelled } from "../services/workbookSource";

/**
 * The add-in's own failure (a fault in its code, not Excel's and not the workbook's): said so,
 * never presented as Excel's error.
 */
export function describeOwnFault(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `The add-in itself failed (a fault in its code, not in Excel or the workbook): ${message.replace(/\.?$/, ".")} Please report it with the step you ran. Nothing is lost: a fix logs each cell in the Curation log sheet before changing it, and Clear flags takes off any flag it wrote.`;
}

/** A sentence a curator understands for an error thrown by Excel (`error.code`), or by the add-in itself (`describeOwnFault`). */
export function describeExcelError(error: unknown): string {
  if (error instanceof FixInterrupted) {
    const what = error.undo ? "undo" : "fix";
    if (!error.report) {
      return `The ${what} stopped part-way and the workbook could not be reached to see how far it got: ${describeExcelError(error.cause)} Every cell it may have touched is in the Curation log sheet as "${what} pending"; each holds its old or its new value. When the workbook is back, ${error.undo ? "Undo last fix" : "Fix names"} settles those rows and finishes the work.`;
    }
    const done = error.report.applied.length;
    if (error.cause instanceof WorkCancelled) {
      return error.undo
        ? `The undo was cancelled: ${done} of ${error.planned} cells were put back before it stopped, each logged in the Curation log sheet; the others still hold the fix. Undo last fix again finishes it.`
        : `The fix was cancelled: ${done} of ${error.planned} cells were changed before it stopped, each logged in the Curation log sheet; the others still hold their old values. Undo last fix puts back the changed ones; Fix names finishes the rest.`;
    }
    return error.undo
      ? `The undo stopped part-way: ${describeExcelError(error.cause)} ${done} of ${error.planned} cells were put back, each logged in the Curation log sheet; the others still hold the fix. Run Undo last fix again to finish.`
      : `The fix stopped part-way: ${describeExcelError(error.cause)} ${done} of ${error.planned} cells were changed, each logged in the Curation log sheet; every other cell still holds its old value. Run Fix names again to finish.`;
  }
  if (error instanceof ReadCancelled) return "The check was cancelled; nothing in the workbook was changed.";
  if (error instanceof WorkCancelled) return "Cancelled; nothing was left half-done.";
  const code = (error as { code?: unknown } | null)?.code;
  // Excel's errors carry a code (OfficeExtension.Error); an error without one is the add-in's own.
  if (typeof code !== "string") return describeOwnFault(error);
  switch (code) {
    case "ConnectionFailure":
    case "RequestAborted":
    case "InvalidRequestContext":
      return "The connection to the workbook was lost (it was closed, or Excel on the web lost its session). Nothing is lost on the add-in's side: open the workbook again and re-run the step.";
    case "InactiveWorkbook":
      return "Excel stopped the request because another workbook took the focus. Click in this workbook and try again.";
    case "ServiceNotAvailable":
    case "ActivityLimitReached":
      return "Excel is busy or limiting requests just now. Wait a moment and try again.";
    case "InvalidOperationInCellEditMode":
      return "Excel is waiting for a cell you are editing. Press Enter or Esc in the sheet and try again.";
    case "AccessDenied":
      return "Excel refused the change: the workbook may be read-only or shared without edit rights.";
    case "ItemNotFound":
      return "A sheet or range the add-in was reading is gone (renamed or deleted meanwhile). Check again.";
    case "InvalidOperation":
      return "Excel refused the operation; the sheet may be protected or in cell-edit mode. Leave the cell you are editing and try again.";
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return "Excel could not pass that much data at once (Excel on the web takes about 5 MB a request), even in the smallest pieces the add-in tried: some cells must hold very long texts. Shorten them or check the workbook in desktop Excel.";
    case "ApiNotFound":
      return "This version of Excel lacks a feature the add-in tried to use. Update Excel (or use Excel on the web) and try again.";
    case "GeneralException":
      return "Excel reported a general error while reading the workbook. Try again.";
    case "InvalidArgument":
      return "Excel rejected a request from the add-in (an invalid range). Please report this.";
    default:
      return `Excel could not complete the request${error instanceof Error && error.message ? `: ${error.message}` : "."}`;
  }
}
