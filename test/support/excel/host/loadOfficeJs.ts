/**
 * Microsoft's own Excel client library (`@microsoft/office-js`), loaded into a JavaScript
 * realm with the few browser globals it touches, talking to a fake host through the native
 * bridge it uses in Excel's WebView hosts (`window._richApiNativeBridge`). Everything above
 * the bridge (proxy objects, load/sync, request batching and serialisation, error mapping,
 * events) is the real library; only Excel itself is faked.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { createContext, runInContext, Context } from "node:vm";
import { BridgeSlot, createNativeBridge } from "./nativeBridge";

/** The Excel library files of @microsoft/office-js that tests may load: Excel on the web and on Windows. */
export type OfficeJsVariant = "excel-web-16.00" | "excel-win32-16.01";

export type { BridgeHost, BridgeSlot } from "./nativeBridge";

export interface OfficeJsRuntime {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
  slot: BridgeSlot;
  variant: OfficeJsVariant;
}

/** The package's files, wherever this module was compiled to (test/… or dist/node/test/…). */
const LIBRARY_DIR = join(dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const sources = new Map<OfficeJsVariant, string>();

function librarySource(variant: OfficeJsVariant): string {
  let source = sources.get(variant);
  if (source === undefined) {
    source = readFileSync(join(LIBRARY_DIR, `${variant}.js`), "utf8");
    sources.set(variant, source);
  }
  return source;
}

/** The browser globals the library reads while loading and running, on `global` (which is also `window`). */
function defineBrowserGlobals(global: Record<string, unknown>, slot: BridgeSlot): void {
  const noop = () => undefined;
  const element = () => ({ style: {}, setAttribute: noop, appendChild: noop, addEventListener: noop });
  global.window = global;
  global.self = global;
  global.location ??= { protocol: "https:", hash: "", search: "", href: "https://localhost/taskpane.html", origin: "https://localhost", host: "localhost", hostname: "localhost", pathname: "/taskpane.html" };
  global.navigator ??= { userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0" };
  global.document ??= {
    readyState: "complete",
    domain: "localhost",
    cookie: "",
    createElement: element,
    getElementById: () => null,
    getElementsByTagName: () => [element()],
    querySelectorAll: () => [],
    addEventListener: noop,
    removeEventListener: noop,
    body: element(),
  };
  global.name ??= "";
  global.addEventListener ??= noop;
  global.removeEventListener ??= noop;
  const bridge = createNativeBridge(slot);
  global._richApiNativeBridge = bridge;
}

/**
 * `Office.context` as the library sees it: the requirement sets of the installed host. The
 * Excel library asks `Office.context.requirements` before using DelayForCellEdit and a few
 * other sets; outside Office it would say yes to everything.
 */
function defineOfficeContext(global: Record<string, unknown>, slot: BridgeSlot): void {
  const osf = global.OSF as { _OfficeAppFactory?: unknown } | undefined;
  if (!osf) return;
  const requirements = { isSetSupported: (name: string, version?: string | number) => slot.host?.isSetSupported(name, version) ?? false };
  osf._OfficeAppFactory = {
    getContext: () => ({ requirements, host: "Excel", platform: "OfficeOnline", diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0" } }),
    getHostInfo: () => ({ hostType: "excel", hostPlatform: "web", isDialog: false }),
  };
}

/** Loads the library into an existing realm (a Jest environment's), whose global object is `global`. */
export function loadOfficeJsInto(context: Context, global: Record<string, unknown>, variant: OfficeJsVariant = "excel-web-16.00"): OfficeJsRuntime {
  const slot: BridgeSlot = { host: null };
  defineBrowserGlobals(global, slot);
  runInContext(librarySource(variant), context, { filename: `${variant}.js` });
  defineOfficeContext(global, slot);
  const runtime: OfficeJsRuntime = { Excel: global.Excel as typeof Excel, OfficeExtension: global.OfficeExtension as typeof OfficeExtension, slot, variant };
  global.__officeJs = runtime;
  return runtime;
}

/** Loads the library into a realm of its own (for scripts such as the benchmark). */
export function loadOfficeJs(variant: OfficeJsVariant = "excel-web-16.00"): OfficeJsRuntime {
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask };
  const context = createContext(sandbox);
  const global = runInContext("this", context) as Record<string, unknown>;
  return loadOfficeJsInto(context, global, variant);
}
