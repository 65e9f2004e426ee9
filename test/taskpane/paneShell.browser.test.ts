import type { Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { browserAvailable, useServedPane, untilStill } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * The pane's shell in real Chromium (real office.js, the Excel stand-in): Office's theme on
 * the whole page, the findings right after the summary with Export in its own view, focus
 * that never falls to the page, commands that say what they act on, a real progress region,
 * missing sheets said at the top, the first run, no sideways scrolling from 160 to 450 px.
 * Screenshots of every view, light and dark, at 320 px go to test-results/.
 */
const run = browserAvailable() ? describe : describe.skip;
const RESULTS = join(__dirname, "..", "..", "test-results");
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
const DARK = "#1f1f1f";
const CHECKED = "23 incident and 17 weapon rows checked";

run("the task pane's shell (Chromium, real office.js, Excel stand-in)", () => {
  const pane = useServedPane();
  let sample: SheetGrid[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    sample = (await readWorkbookFile(SAMPLE)).sheets;
  });

  /** A page on the pane over `grids`, once Check is enabled (the host bridge ready, the checks loaded); `interactiveMs` from navigation start. */
  async function openPane(grids: readonly SheetGrid[], options: { dark?: boolean; width?: number; height?: number } = {}) {
    const page = await pane.browser.newPage({ viewport: { width: options.width ?? 320, height: options.height ?? 760 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await injectExcelHost(page, { sheets: standInSheetsOf(grids), bodyBackgroundColor: options.dark ? DARK : "#ffffff" });
    await page.goto(`${pane.origin}/taskpane.html`);
    await checkButton(page).and(page.locator(":not([aria-disabled=true]):not([disabled])")).waitFor({ timeout: 20_000 });
    const interactiveMs = await page.evaluate(() => performance.now());
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType("mark").map((mark) => [mark.name, Math.round(mark.startTime)])));
    return { page, errors, interactiveMs, marks };
  }

  const checkButton = (page: Page) => page.getByRole("button", { name: "Check workbook" });

  async function check(page: Page, done = CHECKED) {
    await checkButton(page).click();
    await page.getByText(done).first().waitFor({ timeout: 20_000 });
  }

  async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
    // Evaluated by the browser, not as a page script: the pane's Content-Security-Policy allows no inline scripts.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    // Fluent's TabList moves focus with tabster, whose focus guards (data-tabster-dummy) are focusable and aria-hidden by design (microsoft/fluentui#27517).
    await untilStill(page);
    const result = await page.evaluate(async () => (window as unknown as { axe: { run: (context: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] }));
    return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }

  /** The findings in the list (whatever their wording): its buttons. */
  const findings = (page: Page) => page.getByRole("list", { name: "Issues by sheet and code" }).getByRole("button");
  const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const focusOnBody = (page: Page) => page.evaluate(() => document.activeElement === null || document.activeElement === document.body);
  const shoot = (page: Page, name: string) => page.screenshot({ path: join(RESULTS, `pane-${name}.png`) });

  test("dark theme: html and body take Office's body colour at the viewport's full height; every view dark and axe-clean (time to interactive printed)", async () => {
    const { page, errors, interactiveMs, marks } = await openPane(sample, { dark: true });
    const script = await page.evaluate(() => Math.round((performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((entry) => /\/taskpane\.\w+\.js$/.test(entry.name))?.responseEnd ?? -1));
    console.log(`Time to interactive (navigation start to Check workbook enabled, host bridge ready): ${Math.round(interactiveMs)} ms; pane script loaded at ${script} ms, the checks' chunk at ${marks["pane:engine-arrived"]} ms, Office ready at ${marks["pane:office-ready"]} ms`);
    const colours = () =>
      page.evaluate(() => {
        const provider = document.querySelector(".fui-FluentProvider")!;
        const bottom = document.elementFromPoint(5, window.innerHeight - 2);
        return {
          html: getComputedStyle(document.documentElement).backgroundColor,
          body: getComputedStyle(document.body).backgroundColor,
          provider: getComputedStyle(provider).backgroundColor,
          text: getComputedStyle(provider).color,
          bottom: bottom ? getComputedStyle(bottom).backgroundColor : null,
          fullHeight: document.body.getBoundingClientRect().height >= window.innerHeight,
        };
      });
    const office = "rgb(31, 31, 31)";
    expect(await colours()).toEqual({ html: office, body: office, provider: office, text: "rgb(255, 255, 255)", bottom: expect.stringMatching(/^rgba?\(/), fullHeight: true });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "first-run-dark");

    await check(page);
    await findings(page).first().waitFor();
    expect(await colours()).toMatchObject({ html: office, body: office, fullHeight: true });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "findings-dark");
    await page.getByRole("button", { name: /^Fix names/ }).click();
    await page.getByRole("button", { name: /^Apply/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "fix-preview-dark");
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await page.getByRole("tab", { name: "Export" }).click();
    await page.getByRole("button", { name: "Save CSV" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "export-dark");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("one working day's path, light: first run; findings right after the summary, Export in its own view, the list taking the height left; commands saying what they act on; focus never on the page; no sideways scrolling at 450, 320 or 160 px", async () => {
    const { page, errors } = await openPane(sample);
    // First run: which sheets, what happens, that nothing leaves the workbook; the name once, in the footer, beside Help.
    expect(await page.getByRole("region", { name: "How it works" }).textContent()).toMatch(/Incidents[\s\S]*Weapons[\s\S]*Nothing leaves the workbook/);
    expect(await page.getByRole("heading", { name: "Incident Curator" }).count()).toBe(0);
    expect(await page.getByRole("contentinfo").textContent()).toContain("Incident Curator");
    expect(await page.getByRole("contentinfo").getByRole("link", { name: "Help" }).getAttribute("href")).toBe("help.html");
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "first-run-light");

    const press = async (name: string | RegExp) => {
      await page.getByRole("button", { name }).first().focus();
      await page.keyboard.press("Enter");
    };
    await press("Check workbook");
    await page.getByText(CHECKED).waitFor({ timeout: 20_000 });
    expect(await focusOnBody(page)).toBe(false);
    expect(await overflows(page)).toBe(false);

    // The findings come right after the summary; the page is the viewport's height, the list scrolls in its own box.
    expect((await findings(page).first().boundingBox())!.y).toBeLessThan(650);
    await shoot(page, "findings-light");
    expect(await page.getByRole("button", { name: "Save CSV" }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)).toBe(true);
    expect([await page.getByRole("tab").count(), await page.getByRole("tab", { name: "Findings", selected: true }).count(), await page.getByRole("tab", { name: "Export" }).count()]).toEqual([3, 1, 1]);

    // Nothing flagged, nothing fixed: Clear flags and Undo are disabled, their reason tied to them.
    const clear = page.getByRole("button", { name: /^Clear flags/ });
    const undo = page.getByRole("button", { name: /^Undo last fix/ });
    const reason = async (button: typeof clear) => ({ disabled: await button.getAttribute("aria-disabled"), why: await page.locator(`[id="${await button.getAttribute("aria-describedby")}"]`).textContent() });
    expect(await reason(clear)).toEqual({ disabled: "true", why: "No cells flagged in this workbook." });
    expect(await reason(undo)).toEqual({ disabled: "true", why: "No fix to undo." });
    await clear.click({ force: true });
    expect(await page.locator("[data-intent=success]").count()).toBe(0);

    await page.setViewportSize({ width: 450, height: 760 });
    await press(/^Flag cells \(\d+\)$/);
    await page.getByText(/\d cells flagged with/).waitFor({ timeout: 20_000 });
    expect(await focusOnBody(page)).toBe(false);
    expect(await overflows(page)).toBe(false);
    const flagged = /(\d+) cells flagged/.exec((await page.locator("[data-intent=success]").textContent()) ?? "")?.[1];
    expect(await clear.textContent()).toBe(`Clear flags (${flagged} cells)`);
    // Narrower while the message shows: it wraps instead of widening the page.
    await page.setViewportSize({ width: 320, height: 760 });
    expect(await overflows(page)).toBe(false);
    await press(/^Clear flags/);
    await page.getByText(/cells restored/).waitFor({ timeout: 20_000 });
    expect(await focusOnBody(page)).toBe(false);
    expect(await overflows(page)).toBe(false);

    // The fix preview: focus moves into it, comes back to Fix names when it closes, to the result when it applies.
    await press(/^Fix names/);
    const apply = page.getByRole("button", { name: /^Apply/ });
    await apply.waitFor();
    expect(await focusOnBody(page)).toBe(false);
    await shoot(page, "fix-preview-light");
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await apply.waitFor({ state: "detached" });
    expect(await page.evaluate(() => document.activeElement?.textContent ?? "")).toMatch(/^Fix names/);
    await press(/^Fix names/);
    await apply.click();
    await page.getByText(/cells fixed and logged/).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => !!document.activeElement?.closest("[data-pane-messages]"))).toBe(true);
    await press(/^Undo last fix \(\d+ cells\)$/);
    await page.getByText(/cells put back/).waitFor({ timeout: 20_000 });
    expect(await focusOnBody(page)).toBe(false);
    expect(await overflows(page)).toBe(false);

    // Export in its own view; back to the findings by keyboard (arrow keys move between the tabs).
    await page.setViewportSize({ width: 450, height: 760 });
    await page.getByRole("tab", { name: "Export" }).click();
    await page.getByRole("button", { name: "Save CSV" }).click();
    await page.getByText(/^Saved \d+ incident rows/).waitFor();
    expect(await overflows(page)).toBe(false);
    expect(await findings(page).count()).toBe(0);
    await page.setViewportSize({ width: 320, height: 760 });
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "export-light");
    await page.getByRole("tab", { name: "Export" }).focus();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("Enter");
    await findings(page).first().waitFor();

    // 160 px: 320 px at 200 % zoom.
    await page.setViewportSize({ width: 160, height: 760 });
    expect(await overflows(page)).toBe(false);
    await shoot(page, "narrow-160");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a long check: a real progress region, Cancel on its own line, the live region holding only text, one bar over both sheets counting data rows; cancelled is a notice, not an error", async () => {
    const { page, errors } = await openPane(generateWorkbook(1000, 1000).sheets);
    // Every committed state of the progress region, as it renders.
    await page.evaluate(() => {
      const seen: { text: string; value: string | null }[] = [];
      (window as unknown as { __progress: typeof seen }).__progress = seen;
      new MutationObserver(() => {
        const status = document.querySelector("section[aria-label=Progress] [role=status]");
        if (status) seen.push({ text: status.textContent ?? "", value: document.querySelector("[role=progressbar]")?.getAttribute("aria-valuenow") ?? null });
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await check(page, "1,000 incident and 1,000 weapon rows checked");
    const seen = await page.evaluate(() => (window as unknown as { __progress: { text: string; value: string | null }[] }).__progress);
    const values = seen.map((s) => s.value).filter((v): v is string => v !== null).map(Number);
    expect(values.length).toBeGreaterThan(1);
    values.forEach((value, index) => expect(value).toBeGreaterThanOrEqual(values[index - 1] ?? 0));
    expect(seen.some((s) => /^Reading Incidents: [\d,]+ of 1,000 rows$/.test(s.text))).toBe(true);
    expect(seen.some((s) => /^Reading Weapons: [\d,]+ of 1,000 rows$/.test(s.text))).toBe(true);
    expect(seen.every((s) => !s.text.includes("Cancel"))).toBe(true);

    // Excel holds every request while a cell is edited: the check waits in its first step.
    await page.evaluate(() => (window as unknown as { __standIn: { startCellEdit: () => void } }).__standIn.startCellEdit());
    await checkButton(page).click();
    const region = page.getByRole("region", { name: "Progress" });
    const cancel = region.getByRole("button", { name: "Cancel" });
    await cancel.waitFor();
    const bar = await region.getByRole("progressbar").boundingBox();
    const button = await cancel.boundingBox();
    expect(bar!.height).toBeGreaterThanOrEqual(4);
    expect(bar!.width).toBeGreaterThan(200);
    expect(button!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height);
    expect(await region.getByRole("status").textContent()).toBe("Finding the incident and weapon sheets…");
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, "progress-light");
    await cancel.click();
    await page.evaluate(() => (window as unknown as { __standIn: { endCellEdit: () => void } }).__standIn.endCellEdit());
    await page.getByText("The check was cancelled").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-intent=error]").count()).toBe(0);
    expect(await page.locator("[data-intent=info]").textContent()).toContain("The check was cancelled");
    expect(await focusOnBody(page)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a missing weapon sheet, and a missing incident sheet, are said at the top with the sheets found; a workbook without them exports nothing, and says so", async () => {
    const incidents = generateWorkbook(5, 0).sheets[0];
    const { page, errors } = await openPane([incidents, { name: "Notes", values: [["Checked by", "AB"]] }]);
    await check(page, "5 incident rows checked");
    const missing = page.locator("[data-intent=warning]", { hasText: "No weapon sheet found" });
    expect(await missing.textContent()).toContain('"Notes"');
    expect((await missing.boundingBox())!.y).toBeLessThan((await page.getByRole("tab", { name: "Findings" }).boundingBox())!.y);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();

    const other = await openPane([{ name: "Sheet1", values: [["notes"], ["nothing here"]] }]);
    await check(other.page, "No rows checked");
    const none = other.page.locator("[data-intent=error]", { hasText: "No incident sheet found" });
    expect(await none.textContent()).toContain('"Sheet1"');
    await other.page.getByRole("tab", { name: "Export" }).click();
    await other.page.getByText(/^Nothing to export/).waitFor();
    expect(await other.page.getByText(/Excel could not|reading 'layout'/).count()).toBe(0);
    expect(await seriousViolations(other.page)).toEqual([]);
    await shoot(other.page, "no-incident-sheet-light");
    expect([...errors, ...other.errors]).toEqual([]);
    await other.page.close();
  });

  test("before office.js and the pane's script have loaded, the pane paints its layout in the theme's colours; the help page is worth reading", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 760 }, colorScheme: "dark" });
    await page.route(/\/taskpane\.\w+\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "" }));
    await page.goto(`${pane.origin}/taskpane.html`);
    expect(await page.locator("#root").textContent()).toContain("Starting Incident Curator");
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual(["rgb(41, 41, 41)", "rgb(41, 41, 41)"]);
    await page.screenshot({ path: join(RESULTS, "pane-first-paint-dark.png") });
    await page.goto(`${pane.origin}/help.html`);
    expect(await page.getByRole("heading", { level: 2 }).count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByRole("heading", { name: "Keyboard" }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
  test("a view whose part of the add-in cannot be fetched says so in its place; the other views keep working", async () => {
    const { page, errors } = await openPane(sample);
    await check(page);
    // From now on no script of the pane can be fetched (an update under it, a dropped connection).
    let refused = 0;
    await page.route("**/*.js", (route) => {
      refused++;
      return route.abort();
    });
    await page.getByRole("tab", { name: "Export" }).click();
    await page.getByText("The Export view could not load").waitFor({ timeout: 10_000 });
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByText(/Close the pane and open it again; the workbook is unchanged/).count()).toBe(1);
    // The rest of the pane is still there and works.
    await page.getByRole("tab", { name: "Findings" }).click();
    expect(await findings(page).count()).toBeGreaterThan(0);
    expect(await checkButton(page).isEnabled()).toBe(true);
    expect(await focusOnBody(page)).toBe(false);
    expect(errors.filter((e) => !/Loading chunk|ChunkLoadError|Failed to fetch/i.test(e))).toEqual([]);
    await page.close();
  });
});
