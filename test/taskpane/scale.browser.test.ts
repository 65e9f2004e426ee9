import { browserAvailable, useServedPane } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * 20,000 incident and 20,000 weapon rows in real Chromium through the stand-in: check,
 * flag, fix, undo, export, with the pane responsive and the list paged.
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
    // The list is paged: a few hundred items in the page, however many issues.
    expect(await page.getByRole("listitem").count()).toBeLessThanOrEqual(300);
    const afterCheck = await counts();
    expect(afterCheck.syncs).toBeLessThan(20);

    await page.getByRole("button", { name: "Flag cells" }).click();
    await page.getByText(/cells flagged/).waitFor({ timeout: 60_000 });
    const fixButton = page.getByRole("button", { name: /^Fix names \(\d+\)$/ });
    const proposed = Number(/\((\d+)\)/.exec((await fixButton.textContent()) ?? "")?.[1]);
    expect(proposed).toBeGreaterThan(100);
    await fixButton.click();
    await page.getByRole("button", { name: `Apply ${proposed} changes` }).click();
    await page.getByText(new RegExp(`^${proposed} cells fixed and logged`)).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "Undo last fix" }).click();
    await page.getByText(new RegExp(`^${proposed} cells put back`)).waitFor({ timeout: 60_000 });

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
});
