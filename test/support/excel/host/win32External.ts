/**
 * What Excel on Windows gives office.js in its WebView (`window.external`): the host info
 * that makes office.js load its Windows Excel library (excel-win32-16.01.js), and the
 * add-in's context (`GetContext`: app, version, locale, requirement sets, theme), which is
 * how `Office.onReady` learns it runs in Excel. Requests then go over the native bridge.
 */
export interface Win32Options {
  /** The ExcelApi version Excel reports. */
  api: string;
  /** Whether DelayForCellEdit is among its sets. */
  delayForCellEdit: boolean;
  /** Office's theme colours, "#RRGGBB". */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
}

const colour = (hex: string) => parseInt(hex.replace(/^#/, ""), 16);

export function win32External(options: Win32Options): Record<string, unknown> {
  // Versions as strings: the library reads "1.10" as major 1, minor 10 (a number 1.10 would be 1.1).
  const sets: Record<string, string> = { excelapi: options.api, dialogapi: "1.2", ribbonapi: "1.1", sharedruntime: "1.1", richapiruntime: "1.1", richapiruntimeflag: "1.2" };
  if (options.delayForCellEdit) sets.delayforcelledit = "1.1";
  const theme = options.theme ?? { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#000000" };
  const settings = { Read: () => undefined, Write: () => undefined };
  const context = {
    GetAppType: () => 1,
    GetSolutionRef: () => "incident-curator",
    GetAppVersionMajor: () => 16,
    GetAppVersionMinor: () => 1,
    GetAppUILocale: () => "en-US",
    GetAppDataLocale: () => "en-US",
    GetDocUrl: () => "",
    GetAppCapabilities: () => 1,
    GetActivationMode: () => 0,
    GetControlIntegrationLevel: () => 0,
    GetSolutionToken: () => "",
    GetCorrelationId: () => "",
    GetInstanceId: () => "",
    GetTouchEnabled: () => false,
    GetCommerceAllowed: () => false,
    GetSupportedMatrix: () => JSON.stringify(sets),
    GetHostCustomMessage: () => "",
    GetHostFullVersion: () => "16.0.18000.20000",
    GetInitialDisplayMode: () => 0,
    GetSettings: () => settings,
    GetOfficeThemeInfo: () => JSON.stringify(Object.fromEntries(Object.entries(theme).map(([key, hex]) => [key, colour(hex)]))),
  };
  return {
    GetHostInfo: () => "Excel$Win32$16.01$en-US$$$$0",
    GetContext: () => context,
    GetLoggingAllowed: () => false,
    // Office's common API (bindings, settings, dialogs) is not used by the pane: refused as an unsupported host would.
    Execute: (_id: number, _params: unknown, callback: (status: number, result: unknown) => void) => callback?.(5001, null),
    RegisterEvent: (_id: number, _target: unknown, _handler: unknown, callback: (status: number) => void) => callback?.(5001),
    UnregisterEvent: (_id: number, _target: unknown, callback: (status: number) => void) => callback?.(5001),
    MessageParent: () => undefined,
  };
}
