import { browserAvailable, useServedPane } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * 20,000 incident and 20,000 weapon rows in real Chromium through the stand-in: check,
 * flag, fix, undo, export, with the pane responsive; and a list of 50,000 issues.
 */
const run = browserAvailable() ? describe : describe.skip;

run("the pane at 20,000 + 20,000 rows (Chromium, Excel stand-in)", () => {
  const pane = useServedPane();

  test("check, flag, fix, undo and export stay within bounded Excel traffic", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await injectExcelHost(page, { sheets: standInSheetsOf(generateWorkbook(20_000, 20_000).sheets) });
    await page.goto(`${pane.origin}/taskpane.html`);
    const counts = () => page.evaluate(() => ({ ...(window as unknown as { __standIn: { counts: { syncs: number; calls: number; maxPayloadBytes: number } } }).__standIn.counts }));

    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText("20,000 incident and 20,000 weapon rows checked").waitFor({ timeout: 60_000 });
    // The list is virtualised: the lines in view and a few either side, however many issues.
    expect(await page.getByRole("listitem").count()).toBeLessThanOrEqual(60);
    const afterCheck = await counts();
    expect(afterCheck.syncs).toBeLessThan(20);

    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/\d cells flagged with/).waitFor({ timeout: 60_000 });
    const fixButton = page.getByRole("button", { name: /^Fix names \([\d,]+\)$/ });
    const proposed = Number(/\(([\d,]+)\)/.exec((await fixButton.textContent()) ?? "")?.[1].replace(/,/g, ""));
    expect(proposed).toBeGreaterThan(100);
    await fixButton.click();
    // The preview of many changes: grouped by replacement, virtualised, Apply in view however long the list.
    const preview = page.getByRole("region", { name: "Proposed name fixes" });
    await preview.getByLabel("Choose").selectOption({ label: "Every proposed fix" });
    const apply = preview.getByRole("button", { name: `Apply to ${proposed.toLocaleString("en")} cells` });
    await apply.waitFor();
    expect(await preview.getByRole("listitem").count()).toBeLessThanOrEqual(60);
    const inView = async () => {
      const box = (await apply.boundingBox())!;
      return box.y >= 0 && box.y + box.height <= page.viewportSize()!.height;
    };
    expect(await inView()).toBe(true);
    await preview.getByRole("list", { name: "Replacements" }).evaluate((ul) => ul.parentElement!.scrollTo(0, ul.scrollHeight));
    expect(await inView()).toBe(true);
    await apply.click();
    await page.getByText(new RegExp(`^${proposed.toLocaleString("en")} cells fixed and logged`)).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: /^Undo last fix/ }).click();
    await page.getByText(new RegExp(`^${proposed.toLocaleString("en")} cells put back`)).waitFor({ timeout: 60_000 });

    // Export is a view of its own.
    await page.getByRole("tab", { name: "Export" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Save CSV" }).click()]);
    expect(download.suggestedFilename()).toBe("incidents.csv");
    const final = await counts();
    expect(final.maxPayloadBytes).toBeLessThan(5 * 1024 * 1024);
    // Bounded by the payload, not the cells: the add-in's own writes must not set off a live re-check per cell.
    expect(final.syncs).toBeLessThan(120);
    console.log(`20k+20k rows in the browser: ${final.syncs} syncs and ${final.calls} calls in all (check, flag, fix, undo); largest request ${(final.maxPayloadBytes / 1048576).toFixed(2)} MB`);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);

  test("50,000 issues: the list keeps a few dozen lines in the page, scrolls to the last, moves by keyboard, filters", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    // Every weapon row has a quantity of 0 (a range error): one issue per row.
    const weapons = [["incident_id", "weapon", "category", "quantity"], ...Array.from({ length: 50_000 }, (_, i) => [`INC${(i % 10) + 1}`, "AK-47", "assault rifle", 0])];
    const incidents = generateWorkbook(10, 0).sheets[0];
    await injectExcelHost(page, { sheets: standInSheetsOf([incidents, { name: "Weapons", values: weapons }]) });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText(/^10 incident and 50,000 weapon rows checked/).waitFor({ timeout: 60_000 });
    const totalText = /^([\d,]+) findings$/.exec((await page.locator("[data-list-status]").filter({ hasText: / findings$/ }).first().textContent()) ?? "")?.[1] ?? "";
    const total = Number(totalText.replace(/,/g, ""));
    expect(total).toBeGreaterThanOrEqual(50_000);
    const inPage = () => page.getByRole("listitem").count();
    expect(await inPage()).toBeLessThanOrEqual(60);
    const findings = page.getByRole("list", { name: "Issues by sheet and code" }).locator("[data-finding]");
    expect(await findings.first().textContent()).toMatch(/^(Error|Warning|Info), (Incidents|Weapons)!/);

    // Scroll through the whole list in 40 steps, timing frames: printed, not asserted.
    const frames = await page.evaluate(async () => {
      const scroller = document.querySelector('[aria-label="Issues by sheet and code"]')!.parentElement!;
      const times: number[] = [];
      let last = performance.now();
      for (let step = 1; step <= 40; step++) {
        scroller.scrollTop = (scroller.scrollHeight * step) / 40;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times.sort((a, b) => a - b);
    });
    expect(await inPage()).toBeLessThanOrEqual(60);

    // End goes to the last issue, however far; arrow keys walk back past the lines that were in the page.
    await findings.first().focus();
    await page.keyboard.press("End");
    await page.waitForFunction(() => document.activeElement?.textContent?.startsWith("Error, Weapons!D50001, "));
    const before = await page.evaluate(() => document.activeElement?.closest("[data-index]")?.getAttribute("data-index"));
    for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowUp");
    const after = await page.evaluate(() => document.activeElement?.closest("[data-index]")?.getAttribute("data-index"));
    expect(Number(before) - Number(after)).toBe(30);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Error, Weapons!D49971, .*Quantity must be at least 1/);
    expect(await inPage()).toBeLessThanOrEqual(60);

    const filterStart = Date.now();
    await page.getByRole("group", { name: "Show findings of each severity" }).getByRole("button", { name: /errors$/ }).click();
    await page.getByText(new RegExp(`^[\\d,]+ of ${totalText} findings shown$`)).waitFor();
    const filterMs = Date.now() - filterStart;
    expect(await findings.filter({ hasText: /^Error, / }).count()).toBe(0);
    console.log(`50,000 issues in the list: ${await page.evaluate(() => document.querySelectorAll("li").length)} lines in the page; two frames per scroll step median ${frames[20].toFixed(0)} ms, worst ${frames[39].toFixed(0)} ms; hiding every error took ${filterMs} ms`);
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
