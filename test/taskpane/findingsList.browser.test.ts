import type { Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { ISSUE_CODES, SEVERITY_ORDER } from "../../src/domain/issues/issueCodes";
import { browserAvailable, useServedPane, untilStill } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";

/**
 * The findings list and the fix preview in real Chromium over the sample workbook, its
 * incident sheet renamed "Incident data" (a name Excel quotes), its country column headed
 * "COUNTRY" (as no schema label is written), one cell very long, and a second "BFA" so that one replacement covers two cells.
 */
const run = browserAvailable() ? describe : describe.skip;
const RESULTS = join(__dirname, "..", "..", "test-results");
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
const SHEET = "Incident data";
const LONG = `Battle ${"near the river crossing north of the market town, as the local radio reported it, ".repeat(14)}`.trim();

type StandIn = { selection: { address: string } | null };

run("the findings list and the fix preview (Chromium, Excel stand-in)", () => {
  const pane = useServedPane();
  let grids: SheetGrid[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    const sample = (await readWorkbookFile(SAMPLE)).sheets;
    grids = sample.map((grid) => {
      if (grid.name !== "Incidents") return grid;
      const values = grid.values.map((row) => [...row]);
      // The sheet starts at A1 (values[r] is row r + 1), its headers on row 3.
      const country = values[2].indexOf("Country");
      values[2][country] = "COUNTRY";
      // D12 ("Battle", an enum error) becomes a very long cell; K4 (row 4, Burkina Faso) is written "BFA" like K21.
      values[11][values[2].indexOf("Event type")] = LONG;
      values[3][country] = "BFA";
      return { ...grid, name: SHEET, values };
    });
  });

  async function openChecked({ dark = false } = {}): Promise<{ page: Page; errors: string[] }> {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 760 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await injectExcelHost(page, { sheets: standInSheetsOf(grids), ...(dark ? { bodyBackgroundColor: "#1f1f1f" } : {}) });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Check workbook" }).click();
    await list(page).getByRole("button").first().waitFor({ timeout: 20_000 });
    return { page, errors };
  }
  /** One checked page in the light theme for the list's tests and the preview's, in order (each leaves the filters as it found them). */
  let shared: { page: Page; errors: string[] };
  beforeAll(async () => {
    shared = await openChecked();
  }, 60_000);
  afterAll(async () => {
    await shared?.page.close().catch(() => undefined);
  });

  const list = (page: Page) => page.getByRole("list", { name: "Issues by sheet and code" });
  const findings = (page: Page) => list(page).locator("[data-finding]");
  const status = (page: Page) => page.getByRole("region", { name: "Issues" }).locator("[data-list-status]");
  const toggle = (page: Page, noun: RegExp) => page.getByRole("group", { name: "Show findings of each severity" }).getByRole("button", { name: noun });

  async function expectAxeClean(page: Page): Promise<void> {
    // Evaluated by the browser, not as a page script: the pane's Content-Security-Policy allows no inline scripts.
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    await untilStill(page);
    const result = await page.evaluate(async () => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }> } }).axe.run());
    // Fluent's focus manager (tabster, under the shell's TabList) keeps aria-hidden sentinels with tabindex 0 that pass focus on at once; focus never rests on them.
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`) }))
      .filter((v) => v.nodes.length > 0);
    expect(serious).toEqual([]);
  }
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  test("groups errors first under their titles, severity toggles with counts and a clear pressed state, Show all, columns by sheet under their own headers", async () => {
    const { page, errors } = shared;
    // The lines in order: each sheet's groups go errors, then warnings, then infos, titled, not coded.
    const headings = await list(page).evaluate((ul) => [...ul.querySelectorAll("h2, h3")].map((h) => ({ level: h.tagName, text: (h.textContent ?? "").replace(/\s*\([\d,]+\)$/, "") })));
    const byTitle = new Map(Object.values(ISSUE_CODES).map((c) => [c.title as string, c.severity]));
    let sheetOrder: number[] = [];
    const perSheet: number[][] = [];
    for (const heading of headings) {
      if (heading.level === "H2") perSheet.push((sheetOrder = []));
      else {
        expect(byTitle.has(heading.text)).toBe(true);
        sheetOrder.push(SEVERITY_ORDER[byTitle.get(heading.text)!]);
      }
    }
    expect(headings.filter((h) => h.level === "H2").map((h) => h.text)).toEqual([SHEET, "Weapons"]);
    for (const order of perSheet) expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(headings.some((h) => /non-canonical|enum|duplicate-id/.test(h.text))).toBe(false);

    // Items under a sheet's heading do not repeat its name on screen; a screen reader still hears it, quoted as Excel writes it.
    const d12 = page.getByRole("button", { name: /'Incident data'!D12/ });
    expect(await d12.count()).toBe(1);
    const seen = await d12.evaluate((button) => {
      const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement!.getBoundingClientRect().width > 1) parts.push(node.textContent ?? "");
      return parts.join("");
    });
    expect(seen).toMatch(/^D12/);
    expect(seen).not.toContain(SHEET);

    // The toggles say how many each has, sum to the whole, and pressed differs from not pressed by far more than a hover.
    const total = await findings(page).count();
    expect(await status(page).textContent()).toBe(`${total} findings`);
    const counts = await Promise.all([/errors?$/, /warnings?$/, /info$/].map(async (name) => Number(/([\d,]+) /.exec((await toggle(page, name).textContent()) ?? "")?.[1].replace(/,/g, ""))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    const errorsToggle = toggle(page, /errors?$/);
    expect(await errorsToggle.getAttribute("aria-pressed")).toBe("true");
    // Read once Fluent's colour transitions have run.
    const background = (locator: typeof errorsToggle) => locator.evaluate(async (el) => (await Promise.all(el.getAnimations().map((a) => a.finished)), getComputedStyle(el).backgroundColor));
    const pressed = await background(errorsToggle);
    await errorsToggle.click();
    await page.mouse.move(0, 0);
    expect(await errorsToggle.getAttribute("aria-pressed")).toBe("false");
    const released = await background(errorsToggle);
    await errorsToggle.hover();
    const hovered = await background(errorsToggle);
    expect(contrast(pressed, "rgb(255, 255, 255)")).toBeGreaterThanOrEqual(3);
    expect(contrast(pressed, hovered)).toBeGreaterThanOrEqual(3);
    expect(contrast(pressed, released)).toBeGreaterThanOrEqual(3);
    await expectAxeClean(page);

    // All off: nothing shown, and a way back.
    await toggle(page, /warnings?$/).click();
    await toggle(page, /info$/).click();
    await status(page).getByText(`0 of ${total} findings shown`).waitFor();
    expect(await findings(page).count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, "findings-none-shown.png") });
    await page.getByRole("button", { name: "Show all" }).click();
    await status(page).getByText(`${total} findings`, { exact: true }).waitFor();
    expect(await findings(page).count()).toBe(total);
    expect(await page.getByRole("button", { name: "Show all" }).count()).toBe(0);

    // The column menu: by sheet, under the sheet's own headers, with counts.
    const menu = page.getByLabel("Column", { exact: true });
    const groups = await menu.evaluate((select) => [...select.querySelectorAll("optgroup")].map((g) => ({ label: g.label, options: [...g.querySelectorAll("option")].map((o) => o.textContent) })));
    expect(groups.map((g) => g.label)).toEqual([SHEET, "Weapons"]);
    expect(groups[0].options).toContain("COUNTRY (3)");
    // The incident sheet's headers are words, so no schema key shows; the weapon sheet's headers are keys, so they show as written.
    expect(groups[0].options.some((o) => /_/.test(o ?? ""))).toBe(false);
    expect(groups[1].options).toContain("incident_id (1)");
    await menu.selectOption({ label: "COUNTRY (3)" });
    await status(page).getByText(`3 of ${total} findings shown`).waitFor();
    expect(await page.getByRole("button", { name: /'Incident data'!K22/ }).count()).toBe(1);
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectAxeClean(page);
    await page.screenshot({ path: join(RESULTS, "findings-filtered.png") });
    await page.getByRole("button", { name: "Show all" }).click();
    expect(errors).toEqual([]);
  });

  test("keyboard: one Tab stop, arrows, Home and End; findings without a cell are reached too; the chosen finding stays marked", async () => {
    const { page, errors } = shared;
    const total = await findings(page).count();
    expect(await findings(page).evaluateAll((items) => items.filter((b) => (b as HTMLButtonElement).disabled).length)).toBe(0);
    expect(await list(page).locator("[tabindex='0']").count()).toBe(1);
    await page.getByLabel("Column", { exact: true }).focus();
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => ({ finding: document.activeElement?.getAttribute("data-finding") ?? null, name: document.activeElement?.textContent ?? "" }));
    expect((await focused()).finding).not.toBeNull();
    await page.keyboard.press("Home");
    const first = await focused();
    // Down through every finding, those without a cell among them ("Row 9", a blank row), never stuck: the last press reaches the last.
    for (let i = 1; i < total; i++) await page.keyboard.press("ArrowDown");
    const last = await focused();
    await page.keyboard.press("ArrowDown");
    expect(await focused()).toEqual(last);
    await page.keyboard.press("Home");
    expect(await focused()).toEqual(first);
    await page.keyboard.press("End");
    expect(await focused()).toEqual(last);
    expect(Number(last.finding)).toBe(await list(page).evaluate((ul) => Math.max(...[...ul.querySelectorAll("[data-finding]")].map((b) => Number(b.getAttribute("data-finding"))))));
    expect(await page.getByRole("button", { name: /Row 9/ }).evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);

    // Enter on a finding with a cell goes there and marks it; the mark stays when focus moves on.
    await page.keyboard.press("Home");
    while (!/'Incident data'!B8/.test((await focused()).name)) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => /B8$/.test((window as unknown as { __standIn: StandIn }).__standIn.selection?.address ?? ""));
    const b8 = page.getByRole("button", { name: /'Incident data'!B8/ });
    expect(await b8.getAttribute("aria-current")).toBe("true");
    await page.keyboard.press("ArrowDown");
    expect(await b8.getAttribute("aria-current")).toBe("true");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-current"))).toBeNull();
    // Tab leaves the list at once: the other findings are no Tab stops.
    await page.keyboard.press("Tab");
    const after = await focused();
    expect(after.finding).toBeNull();
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false);
    await page.keyboard.press("Shift+Tab");
    expect((await focused()).finding).not.toBeNull();
    // A finding without a cell: Enter marks it and goes nowhere.
    const row9 = page.getByRole("button", { name: /Row 9/ });
    await row9.focus();
    const selection = await page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.selection?.address);
    await page.keyboard.press("Enter");
    expect(await row9.getAttribute("aria-current")).toBe("true");
    expect(await page.evaluate(() => (window as unknown as { __standIn: StandIn }).__standIn.selection?.address)).toBe(selection);
    await expectAxeClean(page);
    await page.screenshot({ path: join(RESULTS, "findings-selected.png") });
    expect(errors).toEqual([]);
  });

  test("a long cell's finding is three lines until Show more (dark theme); a live re-check says what changed", async () => {
    const { page, errors } = await openChecked({ dark: true });
    const d12 = page.getByRole("button", { name: /'Incident data'!D12/ });
    const item = page.getByRole("listitem").filter({ has: d12 });
    const lineHeight = await d12.locator("span").last().evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
    const clamped = await d12.locator("span").last().boundingBox();
    expect(clamped!.height).toBeLessThanOrEqual(3 * lineHeight + 1);
    const more = item.getByRole("button", { name: "Show more" });
    await more.click();
    await item.getByRole("button", { name: "Show less" }).waitFor();
    expect(await item.getByRole("button", { name: "Show less" }).getAttribute("aria-expanded")).toBe("true");
    expect((await d12.locator("span").last().boundingBox())!.height).toBeGreaterThan(6 * lineHeight);
    // Items with short messages have no Show more.
    expect(await page.getByRole("button", { name: "Show more" }).count()).toBeLessThan((await findings(page).count()) / 4);
    await expectAxeClean(page);
    await page.screenshot({ path: join(RESULTS, "findings-long-cell-dark.png") });

    const total = await findings(page).count();
    // The focused finding goes away with the re-check: focus moves to a finding beside it, never to the page's body.
    await d12.focus();
    await page.evaluate((sheet) => (window as unknown as { __standIn: { edit: (s: string, a: string, v: unknown[][]) => void } }).__standIn.edit(sheet, "D12", [["Battles"]]), SHEET);
    await status(page).getByText(`${total - 1} findings · Updated: 1 finding gone`).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => document.activeElement?.hasAttribute("data-finding"));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Error, 'Incident data'!/);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("the fix preview: its heading takes focus; grouped by replacement, a threshold, cells quoted and linked; Apply says how many cells", async () => {
    const { page, errors } = shared;
    await page.getByRole("button", { name: /^Fix names/ }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByRole("heading", { level: 2 }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName + " " + document.activeElement?.textContent)).toMatch(/^H2 Fix names: 8 cells, 7 replacements$/);
    const bfa = preview.getByRole("checkbox", { name: /^BFA → Burkina Faso, 2 cells$/ });
    expect(await bfa.isChecked()).toBe(true);
    expect(await preview.getByRole("checkbox").count()).toBe(7);
    await preview.getByRole("button", { name: "Apply to 8 cells" }).waitFor();

    // Opened, the group lists its cells, quoted as Excel writes them, each with a link to it.
    await preview.getByRole("button", { name: "Show cells of BFA → Burkina Faso" }).click();
    await preview.getByRole("checkbox", { name: "'Incident data'!K21" }).uncheck();
    expect(await bfa.evaluate((input) => (input as HTMLInputElement).indeterminate)).toBe(true);
    await preview.getByRole("button", { name: "Apply to 7 cells" }).waitFor();
    await preview.getByRole("button", { name: "Go to 'Incident data'!K4" }).click();
    await page.waitForFunction(() => /K4$/.test((window as unknown as { __standIn: StandIn }).__standIn.selection?.address ?? ""));

    // A higher threshold leaves the less sure out (F23's actor is 90% sure).
    await preview.getByLabel("Choose").selectOption({ label: "Fixes at least 95% sure" });
    await preview.getByRole("button", { name: "Apply to 7 cells" }).waitFor();
    expect(await preview.getByRole("checkbox", { name: /^ISIS militants → / }).isChecked()).toBe(false);
    await preview.getByText(/^90% sure · /).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectAxeClean(page);
    await page.screenshot({ path: join(RESULTS, "fix-preview-grouped.png") });
    await preview.getByRole("button", { name: "Cancel" }).click();
    await preview.waitFor({ state: "detached" });
    expect(errors).toEqual([]);
  });

  test("filters and the export's options survive a switch to Export and back, and the fix preview", async () => {
    const { page, errors } = shared;
    const total = await findings(page).count();
    await toggle(page, /info$/).click();
    const shown = await findings(page).count();
    expect(shown).toBeLessThan(total);
    await status(page).getByText(`${shown} of ${total} findings shown`).waitFor();

    await page.getByRole("tab", { name: "Export" }).click();
    const validOnly = page.getByRole("checkbox", { name: "Only rows without errors" });
    await validOnly.waitFor();
    const wasChecked = await validOnly.isChecked();
    await validOnly.setChecked(!wasChecked);
    expect(await list(page).isVisible()).toBe(false);
    await page.getByRole("tab", { name: "Findings" }).click();
    await status(page).getByText(`${shown} of ${total} findings shown`).waitFor();
    expect(await toggle(page, /info$/).getAttribute("aria-pressed")).toBe("false");
    await page.getByRole("tab", { name: "Export" }).click();
    expect(await validOnly.isChecked()).toBe(!wasChecked);
    await validOnly.setChecked(wasChecked);
    await page.getByRole("tab", { name: "Findings" }).click();

    await page.getByRole("button", { name: /^Fix names/ }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByRole("heading", { level: 2 }).waitFor();
    expect(await list(page).isVisible()).toBe(false);
    await preview.getByRole("button", { name: "Cancel" }).click();
    await preview.waitFor({ state: "detached" });
    await status(page).getByText(`${shown} of ${total} findings shown`).waitFor();
    expect(await findings(page).count()).toBe(shown);
    await page.getByRole("button", { name: "Show all" }).click();
    await status(page).getByText(`${total} findings`, { exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});

/** The WCAG contrast ratio of two CSS rgb() colours (a transparent one counts as white, the pane's light background). */
function contrast(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, bl, alpha] = (css.match(/[\d.]+/g) ?? []).map(Number);
    if (alpha === 0) return 1;
    return [r, g, bl].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
