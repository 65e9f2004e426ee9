import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import type { Page } from "playwright-core";
import type { StandInSheet } from "./excel/standIn";

/**
 * The Excel stand-in as a browser script: standIn.ts compiled on the fly (it imports
 * nothing) and exposed as `window.ExcelStandInModule`.
 */
export function standInScript(): string {
  const source = readFileSync(join(__dirname, "excel", "standIn.ts"), "utf8");
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  return `(() => { const exports = {}; const module = { exports };\n${outputText}\nwindow.ExcelStandInModule = exports; })();`;
}

export interface HostOptions {
  sheets: StandInSheet[];
  /** Office's body background: dark themes make the pane dark. */
  bodyBackgroundColor?: string;
  /** Whether the host supports the Excel API sets the pane asks for. */
  apiSupported?: boolean;
}

/**
 * Before the page's own scripts: the stand-in installed as `window.Excel`, and the real
 * office.js (loaded by the page from its own origin) told that it runs in Excel: its
 * `Office` object is wrapped so that `onReady` reports the Excel host and `context` reports
 * the requirement sets and theme of the test.
 */
export async function injectExcelHost(page: Page, options: HostOptions): Promise<void> {
  await page.addInitScript({ content: standInScript() });
  await page.addInitScript(
    ({ sheets, bodyBackgroundColor, apiSupported }) => {
      const w = window as unknown as Record<string, any>;
      const standIn = new w.ExcelStandInModule.ExcelStandIn(sheets);
      w.__standIn = standIn;
      standIn.install(w);
      const context = {
        requirements: { isSetSupported: () => apiSupported },
        officeTheme: bodyBackgroundColor ? { bodyBackgroundColor } : undefined,
        host: "Excel",
      };
      let real: any;
      let wrapped: any;
      Object.defineProperty(window, "Office", {
        configurable: true,
        get() {
          return wrapped;
        },
        set(value) {
          real = value;
          wrapped = new Proxy(real, {
            get(target, property) {
              if (property === "onReady") return () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" });
              if (property === "context") return context;
              return target[property];
            },
          });
        },
      });
    },
    { sheets: options.sheets, bodyBackgroundColor: options.bodyBackgroundColor ?? null, apiSupported: options.apiSupported ?? true },
  );
}
