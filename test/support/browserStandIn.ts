import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import type { Page } from "playwright-core";
import type { StandInSheet } from "./excel/standIn";

const ROOT = join(__dirname, "..", "..");

/**
 * The fake Excel host as one browser script: standIn.ts, the host and the Windows context
 * with every module they import (relative imports only: the host is plain TypeScript),
 * each compiled to CommonJS and wired by a small module table; exposed as
 * `window.ExcelHostModule`.
 */
export function hostScript(): string {
  const modules = new Map<string, string>();
  const visit = (file: string) => {
    const id = relative(ROOT, file);
    if (modules.has(id)) return;
    const source = readFileSync(file, "utf8");
    const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true } });
    modules.set(id, "");
    if (/require\("[^.]/.test(outputText)) throw new Error(`${id} imports a package; the browser host must import only the project's own modules.`);
    const requires = [...outputText.matchAll(/require\("(\.{1,2}\/[^"]+)"\)/g)].map((match) => match[1]);
    let wired = outputText;
    for (const request of requires) {
      const target = resolve(dirname(file), `${request}.ts`);
      if (!existsSync(target)) throw new Error(`The browser host imports ${request} from ${id}, which is not a TypeScript file of the project.`);
      wired = wired.split(`require("${request}")`).join(`require(${JSON.stringify(relative(ROOT, target))})`);
      visit(target);
    }
    modules.set(id, wired);
  };
  const entries = ["test/support/excel/standIn.ts", "test/support/excel/host/nativeBridge.ts", "test/support/excel/host/win32External.ts"].map((file) => join(ROOT, file));
  entries.forEach(visit);
  const table = [...modules].map(([id, code]) => `${JSON.stringify(id)}: function (require, module, exports) {\n${code}\n}`).join(",\n");
  return `(() => {
  const factories = {${table}};
  const cache = {};
  const require = (id) => {
    if (cache[id]) return cache[id].exports;
    const module = (cache[id] = { exports: {} });
    factories[id](require, module, module.exports);
    return module.exports;
  };
  window.ExcelHostModule = Object.assign({}, ${entries.map((file) => `require(${JSON.stringify(relative(ROOT, file))})`).join(", ")});
})();`;
}

export interface HostOptions {
  sheets: StandInSheet[];
  /** Office's body background: dark themes make the pane dark. */
  bodyBackgroundColor?: string;
  /** The ExcelApi version Excel reports ("1.18", as current Excel, by default). */
  api?: string;
  /** Whether the host supports the Excel API sets the pane asks for; false reports ExcelApi 1.6. */
  apiSupported?: boolean;
}

/**
 * Before the page's own scripts: Excel on Windows as office.js meets it. `window.external`
 * gives the host info and context (so the real office.js loader loads its real Excel
 * library, excel-win32-16.01.js, and `Office.onReady` reports Excel with the test's
 * requirement sets and theme), and `window._richApiNativeBridge` carries the library's
 * requests to the fake host over the test's sheets, `window.__standIn`.
 */
export async function injectExcelHost(page: Page, options: HostOptions): Promise<void> {
  await page.addInitScript({ content: hostScript() });
  const api = options.apiSupported === false ? "1.6" : (options.api ?? "1.18");
  await page.addInitScript(
    ({ sheets, bodyBackgroundColor, api }) => {
      const w = window as unknown as Record<string, any>;
      const module = w.ExcelHostModule;
      const standIn = new module.ExcelStandIn(sheets, { api, platform: "windows" });
      w.__standIn = standIn;
      w._richApiNativeBridge = module.createNativeBridge({ host: standIn });
      const dark = bodyBackgroundColor && parseInt(bodyBackgroundColor.slice(1, 3), 16) < 128;
      const theme = { bodyBackgroundColor: bodyBackgroundColor ?? "#FFFFFF", bodyForegroundColor: dark ? "#FFFFFF" : "#000000", controlBackgroundColor: bodyBackgroundColor ?? "#FFFFFF", controlForegroundColor: dark ? "#FFFFFF" : "#000000" };
      Object.defineProperty(window, "external", { configurable: true, writable: true, value: module.win32External({ api, delayForCellEdit: true, theme }) });
    },
    { sheets: options.sheets, bodyBackgroundColor: options.bodyBackgroundColor ?? null, api },
  );
}
