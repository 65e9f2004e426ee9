import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { browserAvailable, cspViolationsOf, DIST, OFFICE_CDN, requestsOf, useServedPane } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * What the pane asks of the network, in real Chromium: the pane's own origin and the CDN's
 * office.js files (fulfilled from the npm copy), nothing else; and the Content-Security-
 * Policy refuses exactly what office.js would otherwise send to Microsoft.
 */
const webpackConfig = require("../../webpack.config.js") as {
  (env: { offline?: boolean }, argv: { mode: string }): { plugins: object[] };
  panePage(template: string, options: { offline: boolean }): string;
  contentSecurityPolicy(options: { offline: boolean }): string;
};
const TEMPLATE = join(__dirname, "..", "..", "src", "taskpane", "taskpane.html");
const CDN_OFFICE_JS = `${OFFICE_CDN}office.js`;
/** office.js's older host files open their telemetry frame three seconds after loading. */
const PAST_OFFICE_TIMERS_MS = 4_000;
/** What the policy is there to refuse, and all it may refuse (the page is served over http, hence MicrosoftAjax's http:). */
const TELEMETRY_FRAME = { directive: "frame-src", blocked: "https://telemetryservice.firstpartyapps.oaspapps.com", source: "" };
const MICROSOFT_AJAX = { directive: "script-src-elem", blocked: "http://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js", source: `${OFFICE_CDN}excel-win32-16.00.js` };

/** The requests that left the pane's origin, with what became of them. */
function leavingOrigin(page: Page) {
  return requestsOf(page).filter((request) => request.outcome !== "origin");
}

const run = browserAvailable() ? describe : describe.skip;

run("what the pane requests (Chromium)", () => {
  const pane = useServedPane();

  test("in Excel (the fake Windows host), through a check: office.js and its Windows library from the CDN, nothing else, no CSP violation", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 } });
    await injectExcelHost(page, { sheets: standInSheetsOf(generateWorkbook(20, 20).sheets) });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("20 incident and 20 weapon rows checked").waitFor({ timeout: 20_000 });
    await page.waitForTimeout(PAST_OFFICE_TIMERS_MS);
    expect(leavingOrigin(page)).toEqual([
      { url: CDN_OFFICE_JS, outcome: "cdn" },
      { url: `${OFFICE_CDN}excel-win32-16.01.js`, outcome: "cdn" },
      { url: `${OFFICE_CDN}en-us/office_strings.js`, outcome: "cdn" },
    ]);
    expect(await cspViolationsOf(page)).toEqual([]);
    await page.close();
  });

  test("outside Excel: office.js and its outside-Office loader from the CDN, nothing else, no CSP violation", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByText("runs outside Excel").waitFor({ timeout: 20_000 });
    await page.waitForTimeout(PAST_OFFICE_TIMERS_MS);
    expect(leavingOrigin(page)).toEqual([
      { url: CDN_OFFICE_JS, outcome: "cdn" },
      { url: `${OFFICE_CDN}o15apptofilemappingtable.js`, outcome: "cdn" },
    ]);
    expect(await cspViolationsOf(page)).toEqual([]);
    await page.close();
  });

  // What Excel puts in the pane's URL: office.js then loads that host's library beside itself.
  test.each([
    ["Windows", "Excel$Win32$16.01$en-US$$$$0", "excel-win32-16.01.js"],
    ["the web", "Excel$Web$16.00$en-US$$$$0", "excel-web-16.00.js"],
    ["Mac", "Excel$Mac$16.00$en-US$$$$0", "excel-mac-16.00.js"],
  ])("office.js told it runs in Excel on %s loads its host library and strings from the CDN, nothing else", async (_host, hostInfo, library) => {
    const page = await pane.browser.newPage();
    await page.goto(`${pane.origin}/taskpane.html?_host_Info=${hostInfo}`);
    await page.waitForFunction(() => typeof (window as unknown as { OSF?: { DDA?: unknown } }).OSF?.DDA === "object");
    await page.waitForTimeout(PAST_OFFICE_TIMERS_MS);
    expect(leavingOrigin(page)).toEqual([
      { url: CDN_OFFICE_JS, outcome: "cdn" },
      { url: `${OFFICE_CDN}${library}`, outcome: "cdn" },
      { url: `${OFFICE_CDN}en-us/office_strings.js`, outcome: "cdn" },
    ]);
    expect(await cspViolationsOf(page)).toEqual([]);
    await page.close();
  });

  test("an older Windows host's library: the policy refuses its MicrosoftAjax.js and its telemetry frame, and nothing else leaves", async () => {
    const page = await pane.browser.newPage();
    await page.goto(`${pane.origin}/taskpane.html?_host_Info=Excel$Win32$16.00$en-US$$$$0`);
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length >= 2, undefined, { timeout: 20_000 });
    expect(await cspViolationsOf(page)).toEqual([MICROSOFT_AJAX, TELEMETRY_FRAME]);
    // Refused by the policy, they never became requests.
    expect(leavingOrigin(page)).toEqual([
      { url: CDN_OFFICE_JS, outcome: "cdn" },
      { url: `${OFFICE_CDN}excel-win32-16.00.js`, outcome: "cdn" },
      { url: `${OFFICE_CDN}en-us/office_strings.js`, outcome: "cdn" },
    ]);
    await page.close();
  });

  test("outside Excel without the pane's code, office.js opens its telemetry frame: the policy refuses it (the pane's keepOfficeTelemetryOff keeps office.js from trying)", async () => {
    const page = await pane.browser.newPage();
    await page.route(/\/taskpane\.\w+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length >= 1, undefined, { timeout: 20_000 });
    expect(await cspViolationsOf(page)).toEqual([TELEMETRY_FRAME]);
    expect(leavingOrigin(page)).toEqual([
      { url: CDN_OFFICE_JS, outcome: "cdn" },
      { url: `${OFFICE_CDN}o15apptofilemappingtable.js`, outcome: "cdn" },
    ]);
    await page.close();
  });

  test("help.html: its own page only, no CSP violation", async () => {
    const page = await pane.browser.newPage();
    await page.goto(`${pane.origin}/help.html`);
    await page.getByRole("heading", { name: "Incident Curator" }).waitFor();
    expect(requestsOf(page)).toEqual([{ url: `${pane.origin}/help.html`, outcome: "origin" }]);
    expect(await cspViolationsOf(page)).toEqual([]);
    await page.close();
  });

  test("a request to anywhere else is aborted, a file the CDN copy lacks answered 404; both logged", async () => {
    const page = await pane.browser.newPage();
    // manifest.xml carries no policy, so only the route stands between the page and the network.
    await page.goto(`${pane.origin}/manifest.xml`);
    const statuses = await page.evaluate((cdn) => Promise.all([`${cdn}no-such-file.js`, "https://example.org/beacon"].map((url) => fetch(url).then((response) => response.status, () => "failed"))), OFFICE_CDN);
    expect(statuses).toEqual([404, "failed"]);
    expect(leavingOrigin(page)).toEqual([
      { url: `${OFFICE_CDN}no-such-file.js`, outcome: "cdn-missing" },
      { url: "https://example.org/beacon", outcome: "aborted" },
    ]);
    await page.close();
  });
});

const built = existsSync(join(DIST, "taskpane.html"));
(built || process.env.CI ? describe : describe.skip)("the production build (dist/web)", () => {
  test("taskpane.html carries the policy and loads office.js from the CDN, not from a local copy", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    expect(html).toContain(`<meta http-equiv=Content-Security-Policy content="${webpackConfig.contentSecurityPolicy({ offline: false })}">`);
    expect(html).toContain(`<script src=${CDN_OFFICE_JS}></script>`);
    expect(html).not.toMatch(/office\/office\.js|%OFFICE_JS%|%CSP%/);
    expect(existsSync(join(DIST, "office"))).toBe(false);
  });

  test("help.html carries the policy", () => {
    expect(readFileSync(join(DIST, "help.html"), "utf8")).toContain(`content="${webpackConfig.contentSecurityPolicy({ offline: false })}"`);
  });
});

describe("the pages' policy and the offline build (webpack.config.js)", () => {
  const template = readFileSync(TEMPLATE, "utf8");

  test("production: scripts from the pane's origin and the CDN's library only; workers from the pane's origin; no frames, objects, forms or connections elsewhere", () => {
    expect(webpackConfig.contentSecurityPolicy({ offline: false }).split("; ")).toEqual([
      "default-src 'none'",
      `script-src 'self' ${OFFICE_CDN}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self'",
      "font-src 'self'",
      "connect-src 'self'",
      "frame-src 'none'",
      "child-src 'none'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    const page = webpackConfig.panePage(template, { offline: false });
    expect(page).toContain(`<script src="${CDN_OFFICE_JS}"></script>`);
    expect(page).not.toContain("office/office.js");
  });

  test("offline: office.js from the pane's own origin, scripts from it only", () => {
    const page = webpackConfig.panePage(template, { offline: true });
    expect(page).toContain('<script src="office/office.js"></script>');
    expect(page).toContain(`content="${webpackConfig.contentSecurityPolicy({ offline: true })}"`);
    expect(webpackConfig.contentSecurityPolicy({ offline: true })).toContain("script-src 'self';");
    expect(page).not.toContain("appsforoffice");
  });

  test("a page template without the policy's placeholder is refused", () => {
    expect(() => webpackConfig.panePage("<html><head></head></html>", { offline: false })).toThrow(/Content-Security-Policy/);
  });

  test("only the offline build copies office.js into dist/web/office", () => {
    const copies = (offline: boolean) =>
      webpackConfig({ offline }, { mode: "production" })
        .plugins.flatMap((plugin) => (plugin as { patterns?: { from: string; to: string }[] }).patterns ?? [])
        .filter((pattern) => pattern.to === "office")
        .map((pattern) => pattern.from);
    expect(copies(true)).toEqual(["node_modules/@microsoft/office-js/dist"]);
    expect(copies(false)).toEqual([]);
  });
});
