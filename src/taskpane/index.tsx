import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import { themeFor } from "./theme";
import { CheckService } from "../services/checkService";
import { ExcelWorkbookSource } from "../excel/excelWorkbookSource";
import { describeExcelError } from "../excel/excelErrors";

/** The lowest Excel API set the pane needs (getRangeByIndexes, change events). */
const REQUIRED_API = "1.7";

/** The pane's entry point: the one place that wires Office to the application services. */
function start(info: { host: Office.HostType | null } | null): void {
  let service: CheckService | null = null;
  let reason: string | undefined;
  if (!info || info.host !== Office.HostType.Excel) {
    reason = "This pane runs outside Excel, so there is no workbook to check. Open it from Excel's Home tab (Curate).";
  } else if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    reason = `This version of Excel lacks the features the add-in needs (ExcelApi ${REQUIRED_API}). Use Excel on the web, Microsoft 365 or Excel 2019 or later.`;
  } else {
    service = new CheckService(new ExcelWorkbookSource());
  }
  const theme = themeFor(typeof Office !== "undefined" ? (Office.context?.officeTheme as { bodyBackgroundColor?: string } | undefined) : undefined);
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={theme}>
      <App service={service} unavailableReason={reason} describeError={describeExcelError} />
    </FluentProvider>,
  );
}

if (typeof Office === "undefined") start(null);
else void Office.onReady().then(start, () => start(null));
