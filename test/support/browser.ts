import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { join, normalize, extname } from "node:path";
import type { Browser, Page } from "playwright-core";


/** Debian's Chromium, installed by .ci/run (apt-get install chromium). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const DIST = join(__dirname, "..", "..", "dist", "web");

/**
 * Whether the browser tests can run here. In CI they must: a missing Chromium or a missing
 * build fails there instead of skipping.
 */
export function browserAvailable(): boolean {
  const missing = [!existsSync(CHROMIUM) && `Chromium at ${CHROMIUM}`, !existsSync(join(DIST, "taskpane.html")) && "the built pane (npm run build)"].filter(Boolean);
  if (missing.length === 0) return true;
  const message = `Browser tests need ${missing.join(" and ")}.`;
  if (process.env.CI) throw new Error(`${message} CI must run them: .ci/run installs Chromium and builds first.`);
  console.warn(`\n*** SKIPPING BROWSER TESTS: ${message} ***\n`);
  return false;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css", ".png": "image/png", ".xml": "application/xml", ".json": "application/json", ".map": "application/json" };

/** Serves the built pane on 127.0.0.1 (plain http: browser tests need no certificates). */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname)).replace(/^([/\\])+/, "");
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/**
 * For a describe block: the built pane served on 127.0.0.1 and Chromium launched before its
 * tests, both closed after. Read `origin` and `browser` inside the tests.
 */
export function useServedPane(): { readonly origin: string; readonly browser: Browser } {
  const state: { origin: string; browser: Browser; server?: Server } = { origin: "", browser: undefined as unknown as Browser };
  beforeAll(async () => {
    const served = await serveDist();
    state.server = served.server;
    state.origin = served.origin;
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await new Promise((resolve) => (state.server ? state.server.close(resolve) : resolve(undefined)));
  });
  return state;
}

/** The issue list's issues in the page (its headings are list lines too, but not buttons). */
export function issueButtons(page: Page) {
  return page.getByRole("list", { name: "Issues by sheet and code" }).getByRole("button", { name: / · (error|warning|info) · / });
}
