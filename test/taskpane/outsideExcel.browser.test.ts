import type { Browser } from "playwright-core";
import type { Server } from "node:http";
import { join } from "node:path";
import { browserAvailable, launchChromium, serveDist } from "../support/browser";

/**
 * The built pane in real Chromium with the real office.js loader from the local copy,
 * outside Excel: it must say so plainly, keep Check disabled, and ask nothing of any
 * other origin.
 */
const run = browserAvailable() ? describe : describe.skip;

run("the task pane outside Excel (Chromium)", () => {
  let browser: Browser;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    ({ server, origin } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  test("loads office.js locally, says it runs outside Excel, and requests nothing elsewhere", async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    const requests: string[] = [];
    const failures: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => failures.push(error.message));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText("runs outside Excel").waitFor({ timeout: 20_000 });
    expect(await page.getByRole("button", { name: "Check workbook" }).isDisabled()).toBe(true);
    expect(requests.some((url) => url.endsWith("/office/office.js"))).toBe(true);
    expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith("data:"))).toEqual([]);
    expect(failures).toEqual([]);
    await page.screenshot({ path: join(__dirname, "..", "..", "test-results", "outside-excel.png") });
    await page.close();
  });
});
