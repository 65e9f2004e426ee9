import type { Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { browserAvailable, issueButtons, OFFICE_CDN, useServedPane, untilStill } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";

/**
 * The built pane in real Chromium, "inside Excel on Windows": the real office.js loader (the
 * CDN's URL, answered from the npm copy) loads its real Windows Excel library, which talks
 * over the native bridge to the fake Excel host holding the sample workbook. Check →
 * summary and issue list; accessibility by axe-core; screenshots in light and dark.
 */
const run = browserAvailable() ? describe : describe.skip;

/** Evaluates an expression over the page's Excel stand-in (`standIn.sheet('Incidents')…`). */
function standInOn(page: Page) {
  return <T>(expression: string) => page.evaluate((code) => new Function("standIn", `return ${code}`)((window as unknown as { __standIn: unknown }).__standIn), expression) as Promise<T>;
}
const RESULTS = join(__dirname, "..", "..", "test-results");
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");

run("the task pane in Excel (Chromium, real office.js, fake Excel host)", () => {
  const pane = useServedPane();
  let sheets: ReturnType<typeof standInSheetsOf>;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    sheets = standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets);
  });

  async function openPane(options: { dark?: boolean; apiSupported?: boolean } = {}): Promise<{ page: Page; outside: string[]; errors: string[] }> {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(`${pane.origin}/`) && !request.url().startsWith(OFFICE_CDN) && !request.url().startsWith("data:")) outside.push(request.url());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await injectExcelHost(page, { sheets, bodyBackgroundColor: options.dark ? "#1f1f1f" : "#ffffff", apiSupported: options.apiSupported ?? true });
    await page.goto(`${pane.origin}/taskpane.html`);
    // The pane paints before its checks have loaded: Check waits (aria-disabled) until they have.
    if (options.apiSupported !== false) await page.locator("button:not([aria-disabled=true]):not([disabled])", { hasText: "Check workbook" }).waitFor({ timeout: 20_000 });
    return { page, outside, errors };
  }

  /** The pane opened and the sample workbook checked. */
  async function openChecked(options: { dark?: boolean } = {}) {
    const opened = await openPane(options);
    await opened.page.getByRole("button", { name: "Check workbook" }).click();
    await opened.page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    // The list is loaded after the check's first paint: its findings are there once it is.
    await issueButtons(opened.page).first().waitFor();
    return opened;
  }

  async function axeViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
    // Evaluated by the browser, not as a page script: the pane's Content-Security-Policy allows no inline scripts.
    await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    // Fluent's TabList moves focus with tabster, whose focus guards (data-tabster-dummy) are focusable and aria-hidden by design (microsoft/fluentui#27517): not the pane's to fix.
    await untilStill(page);
    const result = await page.evaluate(async () => (window as unknown as { axe: { run: (context: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ exclude: [["[data-tabster-dummy]"]] }));
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }

  test("Check reads the workbook from Excel and lists every finding, by sheet", async () => {
    const { page, outside, errors } = await openPane();
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    expect(await page.getByRole("region", { name: "Summary" }).textContent()).toContain("9 incident rows and 5 weapon rows have errors (22 errors in all)");
    await issueButtons(page).first().waitFor();
    // 49 issues: few enough that every one is in the page (the list virtualises longer ones).
    // (50 before ACLED's own forms were recognised: H23's regime period and H16's same-actor row; 48 before W17's holder "Wagner Group" in Nigeria was refused: Africa Corps is often still called Wagner.)
    expect(await issueButtons(page).count()).toBe(49);
    expect(await page.getByRole("button", { name: /^Error, Incidents!D12, Event type: / }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Weapons", level: 2 }).count()).toBe(1);
    const counts = await page.evaluate(() => (window as unknown as { __standIn: { counts: { syncs: number; undoClears: string[] } } }).__standIn.counts);
    // Office's readiness notice, reading the workbook (sheets and date system, used ranges, heads, two sheets), then watching its sheets,
    // and whether flags of an earlier session are there (Clear flags stays offered for them).
    expect(counts.syncs).toBeLessThanOrEqual(9);
    expect(counts.undoClears).toEqual([]);
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.screenshot({ path: join(RESULTS, "check-light.png"), fullPage: true });
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an issue goes to its cell; Flag cells fills them and comments them (office.js from npm has no notes); Clear flags restores them", async () => {
    const { page, errors } = await openPane();
    const standIn = standInOn(page);
    await standIn("standIn.sheet('Incidents').setFill(11, 3, '#00B050')");
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: /^Warning, Weapons!C16, / }).click();
    await page.waitForFunction(() => (window as unknown as { __standIn: { selection: { address: string } | null } }).__standIn.selection?.address === "Weapons!C16");
    expect(await standIn("standIn.activeSheet")).toBe("Weapons");

    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/cells flagged with a comment each/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheet('Incidents').fill(11, 3)")).toBe("#F8CBAD");
    expect(await standIn("standIn.comments.get('Weapons!C16')")).toMatch(/^Incident Curator\nwarning · weapon-mismatch/);
    await page.screenshot({ path: join(RESULTS, "flagged.png") });

    await page.getByRole("button", { name: "Clear flags" }).click();
    await page.getByText(/cells restored to what they had/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheet('Incidents').fill(11, 3)")).toBe("#00B050");
    expect(await standIn("standIn.comments.size")).toBe(0);
    expect(await standIn("standIn.counts.undoClears")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Fix names: preview, choose, apply, the sheet changes and the log records it, flags follow; Undo puts it back", async () => {
    const { page, errors } = await openChecked();
    const standIn = standInOn(page);
    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/\d cells flagged with/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheet('Incidents').fill(22, 5)")).toBe("#FFE699"); // F23, a name to fix
    // 7, not 8: "Military Forces of Burkina Faso (2022-)" (H23) is ACLED's own form, not rewritten.
    await page.getByRole("button", { name: "Fix names (7)" }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByText("Incidents!F23").waitFor();
    expect(await preview.getByRole("checkbox").count()).toBe(7);
    await preview.getByRole("checkbox", { name: /Incidents!K21/ }).uncheck();
    await page.screenshot({ path: join(RESULTS, "fix-preview.png") });
    await preview.getByRole("button", { name: "Apply to 6 cells" }).click();
    await page.getByText(/6 cells fixed and logged/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.cell('Incidents', 22, 5)")).toBe("Islamic State Sahel Province");
    expect(await standIn("standIn.cell('Incidents', 20, 10)")).toBe("BFA");
    expect(await standIn("standIn.sheet('Curation log').values.length")).toBe(7);
    // The re-check after the fix leaves one name to fix: the one left out.
    await page.getByRole("button", { name: "Fix names (1)" }).waitFor();
    // The fixed cell's flag went with its finding; the one left out keeps its flag.
    expect(await standIn("standIn.sheet('Incidents').fill(22, 5)")).toBe("#FFFFFF");
    expect(await standIn("standIn.comments.has('Incidents!F23')")).toBe(false);
    expect(await standIn("standIn.sheet('Incidents').fill(20, 10)")).not.toBe("#FFFFFF");

    await page.getByRole("button", { name: "Undo last fix" }).click();
    await page.getByText(/6 cells put back as before the fix/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.cell('Incidents', 22, 5)")).toBe("ISIS militants");
    expect(await standIn("standIn.cell('Weapons', 11, 1)")).toBe("RPG7 launchers");
    expect(await standIn("standIn.sheet('Incidents').fill(22, 5)")).toBe("#FFE699");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("while a fix runs, focus is on the button that opened its preview, never on the page; after it, on the result", async () => {
    const { page, errors } = await openChecked();
    await page.getByRole("button", { name: "Fix names (7)" }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByText("Incidents!F23").waitFor();
    // Excel's answers held back (every request office.js sends waits), so the fix is seen running.
    await page.evaluate(() => {
      const w = window as unknown as { _richApiNativeBridge: { sendMessageToHost(text: string): void }; __release?: () => void };
      const bridge = w._richApiNativeBridge;
      const send = bridge.sendMessageToHost.bind(bridge);
      const held: string[] = [];
      bridge.sendMessageToHost = (text: string) => void held.push(text);
      w.__release = () => {
        bridge.sendMessageToHost = send;
        for (const text of held.splice(0)) send(text);
      };
    });
    await preview.getByRole("button", { name: "Apply to 7 cells" }).click();
    await page.getByText("Fixing…").first().waitFor();
    await page.waitForFunction(() => document.activeElement !== document.body && document.activeElement !== null);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Fix names/);
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.getByText(/7 cells fixed and logged/).waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !!document.activeElement?.closest("[data-pane-messages]"));
    expect(errors).toEqual([]);
    await page.close();
  });

  /** Holds every request office.js sends until the test lets it go: one at a time (`__step`), or all (`__release`). */
  async function holdRequests(page: Page): Promise<void> {
    await page.evaluate(() => {
      const w = window as unknown as { _richApiNativeBridge: { sendMessageToHost(text: string): void }; __release?: () => void; __step?: () => boolean };
      const bridge = w._richApiNativeBridge;
      const send = bridge.sendMessageToHost.bind(bridge);
      const held: string[] = [];
      bridge.sendMessageToHost = (text: string) => void held.push(text);
      w.__step = () => {
        const text = held.shift();
        if (text !== undefined) send(text);
        return text !== undefined;
      };
      w.__release = () => {
        bridge.sendMessageToHost = send;
        for (const text of held.splice(0)) send(text);
      };
    });
  }

  /**
   * Records what a screen reader is told: what is added to a live region shown in the page
   * (role status, alert or log, or aria-live other than off; nodes added, text changed, as
   * aria-relevant's default "additions text"), and the text of the pane's messages when focus
   * moves onto them. A live region that appears with its text is not counted (screen readers
   * do not say it either).
   */
  async function listenAsScreenReader(page: Page): Promise<() => Promise<string[]>> {
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { __said: string[] }).__said = said;
      const live = '[aria-live]:not([aria-live="off"]), [role=status]:not([aria-live="off"]), [role=alert], [role=log]';
      const regionOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest(live) ?? null;
      new MutationObserver((records) => {
        for (const record of records) {
          const region = regionOf(record.target);
          if (!region || !region.checkVisibility()) continue;
          if (record.type === "characterData") {
            const text = (record.target.textContent ?? "").trim();
            if (text) said.push(text);
          } else
            for (const node of record.addedNodes) {
              const text = (node.textContent ?? "").trim();
              if (text) said.push(text);
            }
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      document.addEventListener("focusin", (event) => {
        const target = event.target as Element | null;
        if (target?.closest?.("[data-pane-messages]")) said.push(`focus: ${(target.textContent ?? "").trim()}`);
      });
    });
    // After a pause: a re-check after a step (edits heard late) would come within the live re-check's 300 ms.
    return async () => {
      await page.waitForTimeout(700);
      return page.evaluate(() => [...(window as unknown as { __said: string[] }).__said]);
    };
  }
  const times = (said: string[], pattern: RegExp) => said.filter((text) => pattern.test(text)).length;

  test("each outcome is said to a screen reader once: check, flag, an edit's re-check, a filter, a fix, an undo", async () => {
    const { page, errors } = await openPane();
    const standIn = standInOn(page);
    const heard = await listenAsScreenReader(page);
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    await issueButtons(page).first().waitFor();
    await untilStill(page);
    let said = await heard();
    expect(times(said, /Check finished over 40 rows: 22 errors/)).toBe(1);
    // The list's count is on screen, not said: the check's outcome is.
    expect(times(said, /findings/)).toBe(0);

    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/\d cells flagged with/).waitFor({ timeout: 20_000 });
    await untilStill(page);
    said = await heard();
    expect(times(said, /cells flagged with/)).toBe(1);

    await standIn("standIn.edit('Incidents', 'D12', [['Battles']])");
    await page.getByRole("region", { name: "Summary" }).getByText(/21 errors/).waitFor({ timeout: 20_000 });
    await page.waitForFunction(() => !(window as unknown as { __standIn: { comments: Map<string, string> } }).__standIn.comments.has("Incidents!D12"));
    await untilStill(page);
    said = await heard();
    expect(times(said, /^Checked again after your edit: 21 errors/)).toBe(1);
    expect(times(said, /findings|Updated:/)).toBe(0);

    const severities = page.getByRole("group", { name: "Show findings of each severity" });
    await severities.getByRole("button", { name: /info$/ }).click();
    await untilStill(page);
    said = await heard();
    expect(said.filter((text) => /findings/.test(text))).toEqual([expect.stringMatching(/^Showing [\d,]+ of 48 findings\.$/)]);
    await severities.getByRole("button", { name: /info$/ }).click();

    await page.getByRole("button", { name: "Fix names (7)" }).click();
    await page.getByRole("region", { name: "Proposed name fixes" }).getByRole("button", { name: "Apply to 7 cells" }).click();
    await page.getByText(/7 cells fixed and logged/).waitFor({ timeout: 20_000 });
    await untilStill(page);
    said = await heard();
    // Focus moves to the result, which reads it; no live region says it again, nor the re-check after it.
    expect(times(said, /7 cells fixed and logged/)).toBe(1);
    expect(said.filter((text) => /7 cells fixed and logged/.test(text))[0]).toMatch(/^focus: /);
    expect(times(said, /Checked again/)).toBe(1);

    await page.getByRole("button", { name: /^Undo last fix/ }).click();
    await page.getByText(/7 cells put back as before the fix/).waitFor({ timeout: 20_000 });
    await untilStill(page);
    said = await heard();
    expect(times(said, /7 cells put back as before the fix/)).toBe(1);
    expect(times(said, /Check finished/)).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an edit made while a fix reads the sheet again is checked too, once the fix has ended; the fix's own writes start no re-check", async () => {
    const { page, errors } = await openChecked();
    const standIn = standInOn(page);
    await page.getByRole("button", { name: "Fix names (7)" }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await holdRequests(page);
    await preview.getByRole("button", { name: "Apply to 7 cells" }).click();
    // Request by request, until the check after the fix has read the incident sheet: then the user edits it.
    const progress = () => page.evaluate(() => document.querySelector("section[aria-label=Progress] [role=status]")?.textContent ?? "");
    let steps = 0;
    while (!/^Reading Incidents/.test(await progress())) {
      expect(await page.evaluate(() => (window as unknown as { __step: () => boolean }).__step())).toBe(true);
      await page.waitForTimeout(20);
      expect(++steps).toBeLessThan(200);
    }
    await standIn("standIn.edit('Incidents', 'D12', [['Battles']])");
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.getByText(/7 cells fixed and logged/).waitFor({ timeout: 20_000 });
    // The edit came after the fix's read: the re-check after the fix sees it.
    await page.getByRole("button", { name: /^Error, Incidents!D12, Event type: / }).waitFor({ state: "detached", timeout: 10_000 });
    expect(await page.getByRole("region", { name: "Summary" }).textContent()).toContain("(21 errors in all)");
    // And then nothing more: the re-check wrote no values, so it heard none of its own.
    await untilStill(page);
    const syncs = await standIn<number>("standIn.counts.syncs");
    await page.waitForTimeout(1_500);
    expect(await standIn<number>("standIn.counts.syncs")).toBe(syncs);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a row inserted above the fixed cells while a fix runs: nothing is written into the moved cells; Fix names again fixes them where they are", async () => {
    const { page, errors } = await openPane();
    const standIn = standInOn(page);
    // K20 holds K21's "BFA" too: once a row is inserted above, K21 holds "BFA" still, but it is K20's cell.
    await standIn("standIn.sheet('Incidents').write(19, 10, 'BFA')");
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Fix names (8)" }).click();
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByText("Incidents!F23").waitFor();
    const before = await standIn<unknown[][]>("standIn.sheet('Incidents').values.map((row) => [...row])");
    await holdRequests(page);
    await preview.getByRole("button", { name: "Apply to 8 cells" }).click();
    await page.getByText("Fixing…").first().waitFor();
    await standIn("standIn.moveRows('Incidents', 5, 1)");
    await page.waitForTimeout(200);
    await page.evaluate(() => (window as unknown as { __release: () => void }).__release());
    await page.getByText(/^Nothing was written: rows or columns were inserted or deleted since the fixes were shown/).waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-intent=warning]").count()).toBe(1);
    // The sheet is what it was with the row inserted: no cell written.
    const after = await standIn<unknown[][]>("standIn.sheet('Incidents').values.map((row) => [...row])");
    const cells = (grid: unknown[][]) => grid.map((row) => Array.from({ length: 26 }, (_, c) => row[c] ?? ""));
    expect(cells(after)).toEqual(cells([...before.slice(0, 4), [], ...before.slice(4)]));

    // The sheet is read again after the move; the fixes are shown, and written, where the cells are now.
    await page.getByRole("button", { name: "Fix names (8)" }).click();
    await preview.getByText("Incidents!F24").waitFor({ timeout: 10_000 });
    await preview.getByRole("button", { name: "Apply to 8 cells" }).click();
    await page.getByText(/8 cells fixed and logged/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.cell('Incidents', 23, 5)")).toBe("Islamic State Sahel Province");
    expect(await standIn("standIn.cell('Incidents', 21, 10)")).toBe("Burkina Faso");
    expect(await standIn("standIn.cell('Incidents', 20, 10)")).toBe("Burkina Faso");
    expect(await standIn("standIn.cell('Incidents', 19, 10)")).toBe(cells(before)[18][10]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("live re-check: an edit in the sheet updates the list and the flags", async () => {
    const { page, errors } = await openChecked();
    const standIn = standInOn(page);
    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/\d cells flagged with/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: /^Error, Incidents!D12, Event type: / }).count()).toBe(1);
    await standIn("standIn.edit('Incidents', 'D12', [['Battles']])");
    await page.getByRole("region", { name: "Summary" }).getByText(/21 errors/).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: /^Error, Incidents!D12, Event type: / }).waitFor({ state: "detached", timeout: 10_000 });
    // The list shows the re-check first; the flags follow in the requests after it.
    await page.waitForFunction(() => !(window as unknown as { __standIn: { comments: Map<string, string> } }).__standIn.comments.has("Incidents!D12"));
    expect(await standIn("standIn.sheet('Incidents').fill(11, 3)")).toBe("#FFFFFF");
    expect(await standIn("standIn.sheet('Incidents').fill(12, 4)")).toBe("#FFE699");

    // Two rows inserted above row 5: the sheet is read again, flags stay on their cells' findings.
    await standIn("standIn.moveRows('Incidents', 5, 2)");
    await page.getByRole("button", { name: /^Warning, Incidents!E15, / }).waitFor({ timeout: 10_000 });
    await page.waitForFunction(() => (window as unknown as { __standIn: { comments: Map<string, string> } }).__standIn.comments.has("Incidents!E15"));
    expect(await standIn("standIn.sheet('Incidents').fill(14, 4)")).toBe("#FFE699"); // E13 moved to E15
    await page.getByRole("button", { name: "Clear flags" }).click();
    await page.getByText(/cells restored to what they had/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheet('Incidents').fills.size")).toBe(0);
    expect(await standIn("standIn.comments.size")).toBe(0);
    expect(await standIn("standIn.counts.undoClears")).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("a button pressed while a cell is being edited waits for the edit to end", async () => {
    const { page, errors } = await openPane();
    const standIn = standInOn(page);
    await standIn("standIn.startCellEdit()");
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.waitForTimeout(300);
    expect(await page.getByText("23 incident and 17 weapon rows checked").count()).toBe(0);
    await standIn("standIn.endCellEdit()");
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.counts.delayedForCellEdit")).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Not the same name, and Add to dictionary, are remembered in the workbook and change the check", async () => {
    const { page, errors } = await openChecked();
    const standIn = standInOn(page);
    const b18 = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Warning, Weapons!B18, weapon: "Romanian AK-47" → AK-47/ }) });
    await b18.getByRole("button", { name: "Not the same name" }).click();
    await page.getByText(/^Noted in the Curation dictionary sheet: "Romanian AK-47" is not AK-47/).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: /^Warning, Weapons!B18, weapon: Unknown weapon/ }).waitFor();
    const b15 = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Warning, Weapons!B15, weapon: Unknown weapon/ }) });
    await b15.getByLabel("Canonical name for BM-21").selectOption("BM-21");
    await b15.getByRole("button", { name: "Add to dictionary" }).click();
    await page.getByText(/Added to the Curation dictionary sheet/).waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: /^Warning, Weapons!B15, weapon: Unknown weapon/ }).count()).toBe(0);
    expect(await standIn("standIn.sheet('Curation dictionary').values.length")).toBe(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("by keyboard alone at 270 px (Excel on Mac): check, then go to a cell", async () => {
    const { page, errors } = await openPane();
    await page.setViewportSize({ width: 270, height: 800 });
    const standIn = standInOn(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Check workbook");
    await page.keyboard.press("Enter");
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: /^Error, Incidents!D12, / }).focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as unknown as { __standIn: { selection: { address: string } | null } }).__standIn.selection?.address === "Incidents!D12");
    expect(await standIn("standIn.activeSheet")).toBe("Incidents");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    expect(overflow).toBe(false);
    await page.screenshot({ path: join(RESULTS, "narrow-270.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Export: Save CSV downloads valid rows as RFC 4180; Put in a new sheet writes them to the workbook", async () => {
    const { page, errors } = await openChecked();
    const standIn = standInOn(page);
    await page.getByRole("tab", { name: "Export" }).click();
    const view = page.getByRole("region", { name: "Export" });
    const [download] = await Promise.all([page.waitForEvent("download"), view.getByRole("button", { name: "Save CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("incidents.csv");
    const text = readFileSync(await download.path(), "utf8");
    expect(text.startsWith("\ufeffincident_id,event_date,")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(16); // header, 14 valid rows, and the empty string after the last CRLF
    // The sheet's own columns travel with it, after the schema's, as the command line's export keeps them.
    expect(text.split("\r\n")[0]).toMatch(/,Analyst(,|$)/);
    await page.getByText(/Saved 14 incident rows \(9 with errors left out\) as incidents.csv; 2 columns of your own kept \(Analyst, /).waitFor();

    await view.getByLabel("Sheet").selectOption("weapons");
    await view.getByRole("button", { name: "Put in a new sheet" }).click();
    await page.getByText(/in the new sheet "Export weapons"/).waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheet('Export weapons').values[0].slice(0, 3)")).toEqual(["incident_id", "weapon", "category"]);
    expect(await standIn("standIn.sheet('Export weapons').values.length")).toBe(13);
    expect(await standIn("standIn.sheet('Export weapons').numberFormats[1][0]")).toBe("@");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("filters by severity and field", async () => {
    const { page } = await openChecked();
    const severities = page.getByRole("group", { name: "Show findings of each severity" });
    await severities.getByRole("button", { name: /warnings$/ }).click();
    await severities.getByRole("button", { name: /info$/ }).click();
    await page.getByText("22 of 49 findings shown").waitFor();
    await page.getByLabel("Column", { exact: true }).selectOption({ label: "Country (2)" });
    await page.getByText("1 of 49 findings shown").waitFor();
    expect(await page.getByRole("list", { name: "Issues by sheet and code" }).locator("[data-finding]").count()).toBe(1);
    expect(await page.getByRole("button", { name: /^Error, Incidents!K22, Country: / }).count()).toBe(1);
    await page.close();
  });

  test("dark theme: readable, and no serious accessibility violation", async () => {
    const { page, errors } = await openPane({ dark: true });
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("23 incident and 17 weapon rows checked").waitFor({ timeout: 20_000 });
    const background = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
    const serious = (await axeViolations(page)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious).toEqual([]);
    await page.screenshot({ path: join(RESULTS, "check-dark.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("an Excel without the required API gets a plain sentence and a disabled button", async () => {
    const { page } = await openPane({ apiSupported: false });
    await page.getByText("lacks the features the add-in needs").waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: "Check workbook" }).isDisabled()).toBe(true);
    await page.close();
  });
});
