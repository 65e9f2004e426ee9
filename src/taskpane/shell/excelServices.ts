import "../jitless";
import { CheckService } from "../../services/checkService";
import { ExcelWorkbookSource } from "../../excel/excelWorkbookSource";
import { ExcelLiveSource } from "../../excel/excelLiveSource";
import { supportedAnnotations } from "../../excel/annotationSupport";
import { describeExcelError } from "../../excel/excelErrors";
import { ExcelFlagWriter } from "../../excel/excelFlags";
import { ExcelFixWriter } from "../../excel/excelFixes";
import { ExcelDictionaryWriter } from "../../excel/excelDictionary";
import { ExcelSheetExporter } from "../../excel/excelExportSheet";

/** Flags need RangeAreas and getCellProperties (1.9); notes (1.18) or comments (1.10) carry their text where both host and office.js have them. */
export const FLAGS_API = "1.9";

/**
 * The pane's services over Excel: the check engine and the writers, with the domain they
 * carry (names, countries, schemas). Loaded apart from the pane's first script, while
 * office.js starts, so that the pane paints before all of it has arrived.
 */
export function excelServices(supports: (set: string, version: string) => boolean) {
  const flagsSupported = supports("ExcelApi", FLAGS_API);
  const flags = flagsSupported ? new ExcelFlagWriter({ annotations: supportedAnnotations(supports) }) : null;
  // Going to a cell needs only activate() and select() (ExcelApi 1.1): every finding can be reached, flags or not.
  const cells = flags ?? new ExcelFlagWriter({ annotations: "none" });
  return {
    // Hidden rows: rowHidden (1.2) says whether a chunk has any; getSpecialCells (1.9) says which.
    service: new CheckService(new ExcelWorkbookSource({ visibleCells: flagsSupported })),
    fixes: new ExcelFixWriter(),
    live: new ExcelLiveSource(),
    dictionary: new ExcelDictionaryWriter(),
    sheets: new ExcelSheetExporter(),
    flags,
    goToCell: (sheet: string, address: string) => cells.select(sheet, address),
    flagsUnavailableReason: flagsSupported ? undefined : `Flagging cells needs ExcelApi ${FLAGS_API}; this Excel can check and list issues only.`,
    describeError: describeExcelError,
  };
}
