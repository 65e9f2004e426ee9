import "./jitless";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { themeFor } from "./theme";
import { CheckService } from "../services/checkService";
import { ExcelWorkbookSource } from "../excel/excelWorkbookSource";
import { ExcelLiveSource } from "../excel/excelLiveSource";
import { supportedAnnotations } from "../excel/annotationSupport";
import { describeExcelError } from "../excel/excelErrors";
import { ExcelFlagWriter } from "../excel/excelFlags";
import { ExcelFixWriter } from "../excel/excelFixes";
import { ExcelDictionaryWriter } from "../excel/excelDictionary";
import { ExcelSheetExporter } from "../excel/excelExportSheet";

/** The lowest Excel API set the pane needs (getRangeByIndexes, change events). */
const REQUIRED_API = "1.7";
/** Flags need RangeAreas and getCellProperties (1.9); notes (1.18) or comments (1.10) carry their text where both host and office.js have them. */
const FLAGS_API = "1.9";

/**
 * office.js's older host files (excel-win32-16.00.js, and o15apptofilemappingtable.js, which
 * it loads outside Office) open a page of Microsoft's telemetry service in a hidden frame
 * three seconds after they load (OSF.Logger's ULS endpoint). The pages' policy
 * (frame-src 'none') refuses that frame whatever happens; this keeps office.js from trying,
 * so that the console shows no CSP violation where there is no fault (a violation there is
 * the first thing to look at when a host update needs more than the policy allows).
 */
function keepOfficeTelemetryOff(): void {
  const osf = (window as unknown as { OSF?: { Logger?: { ulsEndpoint?: { loadProxyFrame?: () => void } | null } } }).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) endpoint.loadProxyFrame = () => undefined;
}

/** The pane's entry point: the one place that wires Office to the application services. */
function start(info: { host: Office.HostType | null } | null): void {
  keepOfficeTelemetryOff();
  let service: CheckService | null = null;
  let flags: ExcelFlagWriter | null = null;
  let fixes: ExcelFixWriter | null = null;
  let live: ExcelLiveSource | null = null;
  let dictionary: ExcelDictionaryWriter | null = null;
  let sheets: ExcelSheetExporter | null = null;
  let reason: string | undefined;
  let flagsReason: string | undefined;
  if (!info || info.host !== Office.HostType.Excel) {
    reason = "This pane runs outside Excel, so there is no workbook to check. Open it from Excel's Home tab (Curate).";
  } else if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    reason = `This version of Excel lacks the features the add-in needs (ExcelApi ${REQUIRED_API}). Use Excel on the web, Microsoft 365 or Excel 2019 or later.`;
  } else {
    // Hidden rows: rowHidden (1.2) says whether a chunk has any; getSpecialCells (1.9) says which.
    service = new CheckService(new ExcelWorkbookSource({ visibleCells: Office.context.requirements.isSetSupported("ExcelApi", FLAGS_API) }));
    fixes = new ExcelFixWriter();
    live = new ExcelLiveSource();
    dictionary = new ExcelDictionaryWriter();
    sheets = new ExcelSheetExporter();
    if (Office.context.requirements.isSetSupported("ExcelApi", FLAGS_API)) {
      flags = new ExcelFlagWriter({ annotations: supportedAnnotations((set, version) => Office.context.requirements.isSetSupported(set, version)) });
    } else {
      flagsReason = `Flagging cells needs ExcelApi ${FLAGS_API}; this Excel can check and list issues only.`;
    }
  }
  const theme = themeFor(typeof Office !== "undefined" ? (Office.context?.officeTheme as { bodyBackgroundColor?: string } | undefined) : undefined);
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={theme}>
      <App service={service} flags={flags} fixes={fixes} live={live} dictionary={dictionary} sheets={sheets} unavailableReason={reason} flagsUnavailableReason={flagsReason} describeError={describeExcelError} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") start(null);
else void Office.onReady().then(start, () => start(null));
