import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App, type AppProps } from "./App";
import { paintPage, themeFor, type OfficeThemeColours } from "./theme";

/** The lowest Excel API set the pane needs (getRangeByIndexes, change events). */
const REQUIRED_API = "1.7";

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

/** A sentence for an error before the services (and their wording of Excel's errors) have loaded. */
const plainError = (error: unknown) => `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;

// The engine (checks, names, Excel writers) loads beside office.js, not after it.
const engine = import(/* webpackChunkName: "engine" */ "./shell/excelServices").then((module) => {
  performance.mark("pane:engine-arrived");
  return module;
});

/** The pane's entry point: the one place that wires Office to the application services. */
function start(info: { host: Office.HostType | null } | null): void {
  // Marks for the time to interactive (the browser tests print them): Office ready, then the checks loaded.
  performance.mark("pane:office-ready");
  keepOfficeTelemetryOff();
  const colours = typeof Office !== "undefined" ? (Office.context?.officeTheme as OfficeThemeColours | undefined) : undefined;
  paintPage(colours);
  const root = createRoot(document.getElementById("root")!);
  const render = (props: AppProps) =>
    root.render(
      <FluentProvider theme={themeFor(colours)}>
        <App {...props} />
      </FluentProvider>,
    );
  if (!info || info.host !== Office.HostType.Excel) {
    render({ service: null, describeError: plainError, unavailableReason: "This pane runs outside Excel, so there is no workbook to check. Open it from Excel's Home tab (Curate)." });
    return;
  }
  if (!Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_API)) {
    render({ service: null, describeError: plainError, unavailableReason: `This version of Excel lacks the features the add-in needs (ExcelApi ${REQUIRED_API}). Use Excel on the web, Microsoft 365 or Excel 2019 or later.` });
    return;
  }
  render({ service: null, starting: true, describeError: plainError });
  engine.then(
    ({ excelServices }) => {
      performance.mark("pane:checks-loaded");
      render(excelServices((set, version) => Office.context.requirements.isSetSupported(set, version)));
    },
    (error: unknown) => render({ service: null, describeError: plainError, unavailableReason: `The add-in could not load its checks (${error instanceof Error ? error.message : String(error)}). Close the pane and open it again.` }),
  );
}

if (typeof Office === "undefined") start(null);
else void Office.onReady().then(start, () => start(null));
