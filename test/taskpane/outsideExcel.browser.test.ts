import { join } from "node:path";
import { browserAvailable, OFFICE_CDN, requestsOf, useServedPane } from "../support/browser";

/**
 * The built pane in real Chromium with the real office.js loader (the CDN's files, served
 * from the npm copy), outside Excel: it must say so plainly, keep Check disabled, and ask
 * nothing of any other origin.
 */
const run = browserAvailable() ? describe : describe.skip;

run("the task pane outside Excel (Chromium)", () => {
  const pane = useServedPane();

  test("loads office.js from the CDN, says it runs outside Excel, and requests nothing elsewhere", async () => {
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 640 } });
    const failures: string[] = [];
    page.on("pageerror", (error) => failures.push(error.message));
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.getByText("runs outside Excel").waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: "Check workbook" }).isDisabled()).toBe(true);
    expect(requestsOf(page)).toContainEqual({ url: `${OFFICE_CDN}office.js`, outcome: "cdn" });
    expect(requestsOf(page).filter((request) => request.outcome === "aborted")).toEqual([]);
    expect(failures).toEqual([]);
    await page.screenshot({ path: join(__dirname, "..", "..", "test-results", "outside-excel.png") });
    await page.close();
  });
});
