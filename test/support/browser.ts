import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { join, normalize, extname } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";

/** Debian's Chromium, installed by .ci/run (apt-get install chromium). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The built pane: dist/web, or PANE_DIST where a build was written elsewhere (`webpack --output-path`). */
export const DIST = process.env.PANE_DIST ?? join(__dirname, "..", "..", "dist", "web");
/** Where the production pages load office.js from; its host libraries come from the same directory. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The same files as the CDN's, from the npm package: the browser tests never reach the CDN. */
const OFFICE_COPY = join(__dirname, "..", "..", "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN_PATH = new URL(OFFICE_CDN).pathname;

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
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
      // Whatever escapes the routes below (another context, Chromium itself) resolves no host but 127.0.0.1.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
    ],
  });
}

/** One request of a page: to the pane's origin, fulfilled from the local copy of the CDN (or a 404 where the copy lacks the file), or aborted. */
export interface PaneRequest {
  url: string;
  outcome: "origin" | "cdn" | "cdn-missing" | "aborted";
}

/** What the page's Content-Security-Policy refused, from its `securitypolicyviolation` events. */
export interface CspViolation {
  directive: string;
  blocked: string;
  source: string;
}

const requestLogs = new WeakMap<BrowserContext, PaneRequest[]>();

/**
 * Routes every request of a context: the pane's origin goes through, the CDN's office.js
 * files are fulfilled from the npm copy (so office.js loads as it does from the CDN, host
 * libraries included), anything else is aborted. Each is logged for `requestsOf`; CSP
 * violations are collected for `cspViolationsOf`.
 */
export async function routePaneNetwork(context: BrowserContext, origin: string): Promise<PaneRequest[]> {
  const log: PaneRequest[] = [];
  requestLogs.set(context, log);
  await context.addInitScript(() => {
    const violations: CspViolation[] = [];
    (window as unknown as { __cspViolations: CspViolation[] }).__cspViolations = violations;
    document.addEventListener("securitypolicyviolation", (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI, source: event.sourceFile }));
  });
  await context.route("**/*", async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      log.push({ url, outcome: "origin" });
      return route.continue();
    }
    if (url.startsWith(OFFICE_CDN)) {
      const file = normalize(join(OFFICE_COPY, decodeURIComponent(new URL(url).pathname.slice(OFFICE_CDN_PATH.length))));
      const found = file.startsWith(OFFICE_COPY) && existsSync(file) && statSync(file).isFile();
      log.push({ url, outcome: found ? "cdn" : "cdn-missing" });
      return found ? route.fulfill({ path: file }) : route.fulfill({ status: 404 });
    }
    log.push({ url, outcome: "aborted" });
    return route.abort("blockedbyclient");
  });
  return log;
}

/** The requests a page (of a routed context) has made so far, in order. */
export function requestsOf(page: Page): PaneRequest[] {
  const log = requestLogs.get(page.context());
  if (!log) throw new Error("This page's context is not routed: open it with useServedPane's browser.newPage or routePaneNetwork");
  return log;
}

/** The Content-Security-Policy violations of a page's current document (of a routed context). */
export function cspViolationsOf(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => [...(window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? []]);
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
 * tests, both closed after. Read `origin` and `browser` inside the tests; every page of
 * `browser.newPage` is routed (routePaneNetwork): read its requests with `requestsOf`.
 */
export function useServedPane(): { readonly origin: string; readonly browser: Browser } {
  const state: { origin: string; browser: Browser; server?: Server } = { origin: "", browser: undefined as unknown as Browser };
  beforeAll(async () => {
    const served = await serveDist();
    state.server = served.server;
    state.origin = served.origin;
    const browser = await launchChromium();
    const newPage = browser.newPage.bind(browser);
    browser.newPage = async (options) => {
      const page = await newPage(options);
      await routePaneNetwork(page.context(), state.origin);
      return page;
    };
    state.browser = browser;
  });
  afterAll(async () => {
    await state.browser?.close();
    await new Promise((resolve) => (state.server ? state.server.close(resolve) : resolve(undefined)));
  });
  return state;
}

/** The issue list's findings in the page (its headings are list lines too, but not findings). */
export function issueButtons(page: Page) {
  return page.getByRole("list", { name: "Issues by sheet and code" }).locator("[data-finding]");
}

/**
 * Waits until the page's CSS transitions and animations have ended: a button enabled a moment
 * ago still fades from its disabled colours (Fluent's buttons take about 100 ms), and a
 * contrast check run meanwhile measures colours no user is left looking at. Animations that
 * never end (an indeterminate progress bar) are not waited for.
 */
export async function untilStill(page: Page): Promise<void> {
  // Those that end: an indeterminate progress bar runs for as long as its step.
  await page.evaluate(() => Promise.all(document.getAnimations().filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime))).map((animation) => animation.finished.catch(() => undefined))));
}
