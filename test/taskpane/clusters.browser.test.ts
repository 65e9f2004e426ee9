import type { Page } from "playwright-core";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import type { SheetGrid } from "../../src/domain/sheetGrid";
import { browserAvailable, cspViolationsOf, useServedPane, untilStill } from "../support/browser";
import { injectExcelHost } from "../support/browserStandIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook, random } from "../support/generateWorkbook";

/**
 * The Clusters view in real Chromium over the sample workbook (real office.js, the Excel
 * stand-in as host), with more spellings written in: "ansarul islam" in F20 (Burkina Faso,
 * beside "Ansarul Islam" in F10), "LAKURAWA" as the holder of a weapon of NER3001 (Niger,
 * beside "Lakurawa" in H26), and "Katiba Hanifa" and "katiba hanifa", a name no dictionary
 * knows, as holders of MLI2001's weapons (Mali). With the sample's own "military forces of
 * mali" (H16), four actor clusters. Open Clusters, merge two, undo, mark a third "different",
 * check again and see it gone; the cells, the Curation log and the Curation dictionary
 * through the stand-in. The clusters are found in a worker from the pane's origin (its
 * constructions, messages and endings counted through an init script), and the pane stays
 * responsive while nearest neighbours run over a sheet of 10,000 distinct names.
 */
const run = browserAvailable() ? describe : describe.skip;
const RESULTS = join(__dirname, "..", "..", "test-results");
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");

type StandInWindow = { __standIn: unknown };
function standInOn(page: Page) {
  return <T>(expression: string) => page.evaluate((code) => new Function("standIn", `return ${code}`)((window as unknown as StandInWindow).__standIn), expression) as Promise<T>;
}

/** What the page's workers did, counted by `logWorkers`; `hold` keeps their answers from the pane until released. */
interface WorkerLog {
  started: { url: string; name: string | undefined }[];
  requests: number;
  answers: number;
  terminated: number;
  hold: boolean;
  release(): void;
}
type WorkerLogWindow = { __workers: WorkerLog };

/**
 * Before the page's scripts: the page's Worker, counting the workers started (with their
 * script's URL), the messages sent to them and answered, and the workers ended; while
 * `hold` is set, answers wait (the worker has answered, the pane has not heard yet).
 */
async function logWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    const log: WorkerLog = {
      started: [],
      requests: 0,
      answers: 0,
      terminated: 0,
      hold: false,
      release() {
        log.hold = false;
        held.splice(0).forEach((deliver) => deliver());
      },
    };
    (window as unknown as WorkerLogWindow).__workers = log;
    const PageWorker = window.Worker;
    window.Worker = class extends PageWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        log.started.push({ url: String(url), name: options?.name });
      }
      override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
        log.requests += 1;
        super.postMessage(message, options as StructuredSerializeOptions);
      }
      override terminate(): void {
        log.terminated += 1;
        super.terminate();
      }
      override set onmessage(handler: ((event: MessageEvent) => void) | null) {
        super.onmessage = handler && ((event: MessageEvent) => {
          log.answers += 1;
          if (log.hold) held.push(() => handler.call(this, event));
          else handler.call(this, event);
        });
      }
      override get onmessage() {
        return super.onmessage;
      }
    };
  });
}
const workersOf = (page: Page) => page.evaluate(() => {
  const { started, requests, answers, terminated } = (window as unknown as WorkerLogWindow).__workers;
  return { started, requests, answers, terminated };
});

run("the Clusters view (Chromium, real office.js, Excel stand-in)", () => {
  const pane = useServedPane();
  let grids: SheetGrid[];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    grids = (await readWorkbookFile(SAMPLE)).sheets.map((grid) => {
      const values = grid.values.map((row) => [...row]);
      // The incident sheet starts at A1 with its headers on row 3: values[r] is row r + 1.
      if (grid.name === "Incidents") values[19][5] = "ansarul islam"; // F20, BFA1005's empty actor 1
      if (grid.name === "Weapons") {
        values[9][8] = "LAKURAWA"; // I10, holder of NER3001's Type 56-2
        values[7][8] = "Katiba Hanifa"; // I8 and I9, holders of MLI2001's AKM and PKM
        values[8][8] = "katiba hanifa";
      }
      return { ...grid, values };
    });
  });

  /** The pane over the sample (or `other` sheets), checked, Clusters open and its actor clusters found. */
  async function openClusters(other?: { sheets: SheetGrid[]; checked: string }): Promise<{ page: Page; errors: string[] }> {
    const { sheets, checked } = other ?? { sheets: grids, checked: "23 incident and 17 weapon rows checked" };
    const page = await pane.browser.newPage({ viewport: { width: 320, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await logWorkers(page);
    await injectExcelHost(page, { sheets: standInSheetsOf(sheets) });
    await page.goto(`${pane.origin}/taskpane.html`);
    await page.locator("button:not([aria-disabled=true]):not([disabled])", { hasText: "Check workbook" }).waitFor({ timeout: 20_000 });
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.getByText(checked).waitFor({ timeout: 60_000 });
    await page.getByRole("tab", { name: "Clusters" }).click();
    await (other ? status(page).getByText(/ of actor names/) : clusterList(page)).waitFor({ timeout: 20_000 });
    return { page, errors };
  }

  const view = (page: Page) => page.getByRole("region", { name: "Clusters" });
  const clusterList = (page: Page) => view(page).getByRole("list", { name: "Clusters of actor names" });
  const status = (page: Page) => view(page).locator("[data-clusters-status]");
  /** A cluster's item, by its most frequent spelling. */
  const cluster = (page: Page, first: string) => clusterList(page).getByRole("listitem").filter({ has: page.getByRole("checkbox", { name: new RegExp(`^${first} \\(`) }) });
  /** The clusters' checkboxes' labels, as a screen reader names them. */
  const values = (page: Page) => clusterList(page).locator("[data-cluster]").evaluateAll((boxes) => boxes.map((box) => document.querySelector(`label[for="${box.id}"]`)?.textContent ?? ""));
  const activeElement = (page: Page) => page.evaluate(() => ({ body: document.activeElement === document.body, messages: !!document.activeElement?.closest("[data-pane-messages]"), cluster: document.activeElement?.getAttribute("data-cluster") ?? null, label: document.activeElement?.getAttribute("aria-label") ?? null }));

  async function expectAxeClean(page: Page): Promise<void> {
    if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
    await untilStill(page);
    const result = await page.evaluate(async () => (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; html: string }[] }[] }> } }).axe.run());
    // Fluent's focus manager (tabster, under the shell's TabList) keeps aria-hidden sentinels with tabindex 0 that pass focus on at once; focus never rests on them.
    const serious = result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, nodes: v.nodes.filter((n) => !(v.id === "aria-hidden-focus" && n.html.includes("data-tabster-dummy"))).map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`) }))
      .filter((v) => v.nodes.length > 0);
    expect(serious).toEqual([]);
  }
  const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

  test("open Clusters, merge two clusters, undo, mark one different, check again and see it gone", async () => {
    const { page, errors } = await openClusters();
    const standIn = standInOn(page);
    await status(page).getByText("4 clusters of actor names (13 cells), 0 chosen.").waitFor();
    expect(await values(page)).toEqual([
      "Military Forces of Mali (6), military forces of mali (1); 7 cells · Mali",
      "Ansarul Islam (1), ansarul islam (1); 2 cells · Burkina Faso",
      "Lakurawa (1), LAKURAWA (1); 2 cells · Niger",
      "Katiba Hanifa (1), katiba hanifa (1); 2 cells · Mali",
    ]);
    const mali = cluster(page, "Military Forces of Mali");
    await mali.getByText("military forces of mali", { exact: true }).waitFor();
    expect(await mali.getByRole("combobox").inputValue()).toBe("Military Forces of Mali");
    expect(await mali.getByText(/is how the dictionary writes Military Forces of Mali/).count()).toBe(1);
    expect(await mali.getByText("7 cells · Mali").count()).toBe(1);
    await expectAxeClean(page);
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.screenshot({ path: join(RESULTS, "clusters.png"), fullPage: true });

    // Two chosen, one value to keep typed in; the preview is the fix path's own.
    await mali.getByRole("checkbox").check();
    const ansarul = cluster(page, "Ansarul Islam");
    await ansarul.getByRole("checkbox").check();
    await ansarul.getByRole("combobox").fill("Ansar ul-Islam");
    await status(page).getByText("4 clusters of actor names (13 cells), 2 chosen.").waitFor();
    await view(page).getByRole("button", { name: "Merge 2 clusters" }).click();
    const preview = page.getByRole("region", { name: "Proposed merges" });
    await preview.getByRole("heading", { name: "Merge clusters: 3 cells, 3 replacements" }).waitFor();
    expect(await activeElement(page)).toMatchObject({ body: false });
    expect(await preview.getByRole("checkbox").count()).toBe(3);
    // Cancel gives focus back to Merge, the choices kept.
    await preview.getByRole("button", { name: "Cancel" }).click();
    await page.waitForFunction(() => document.activeElement?.textContent === "Merge 2 clusters");
    await view(page).getByRole("button", { name: "Merge 2 clusters" }).click();
    await preview.getByRole("button", { name: "Apply to 3 cells" }).click();
    await page.getByText("3 cells merged and logged in the Curation log sheet.").waitFor({ timeout: 20_000 });
    expect(await activeElement(page)).toMatchObject({ messages: true });
    expect(await standIn("standIn.cell('Incidents', 15, 7)")).toBe("Military Forces of Mali"); // H16
    expect(await standIn("standIn.cell('Incidents', 9, 5)")).toBe("Ansar ul-Islam"); // F10
    expect(await standIn("standIn.cell('Incidents', 19, 5)")).toBe("Ansar ul-Islam"); // F20
    const log = await standIn<string[][]>("standIn.sheet('Curation log').values");
    expect(log).toHaveLength(4);
    expect(log.slice(1).map((row) => row.filter((cell) => ["ansarul islam", "Ansarul Islam", "military forces of mali", "Ansar ul-Islam", "Military Forces of Mali"].includes(String(cell))))).toEqual([
      ["Ansarul Islam", "Ansar ul-Islam"],
      ["military forces of mali", "Military Forces of Mali"],
      ["ansarul islam", "Ansar ul-Islam"],
    ]);
    // Checked again and clustered again: the two merged clusters are gone.
    await status(page).getByText("2 clusters of actor names (4 cells), 0 chosen.").waitFor({ timeout: 20_000 });
    expect(await values(page)).toEqual(["Lakurawa (1), LAKURAWA (1); 2 cells · Niger", "Katiba Hanifa (1), katiba hanifa (1); 2 cells · Mali"]);

    // Undo from the Clusters view: the cells as they were, the clusters back.
    await view(page).getByRole("button", { name: "Undo last fix (3 cells)" }).click();
    await page.getByText("3 cells put back as before the fix.").waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.cell('Incidents', 15, 7)")).toBe("military forces of mali");
    expect(await standIn("standIn.cell('Incidents', 9, 5)")).toBe("Ansarul Islam");
    expect(await standIn("standIn.cell('Incidents', 19, 5)")).toBe("ansarul islam");
    await status(page).getByText("4 clusters of actor names (13 cells), 0 chosen.").waitFor({ timeout: 20_000 });
    // The value typed in is kept for the cluster, which came back.
    expect(await cluster(page, "Ansarul Islam").getByRole("combobox").inputValue()).toBe("Ansar ul-Islam");

    // "These are different": written to the Curation dictionary, the cluster gone.
    await cluster(page, "Lakurawa").getByRole("button", { name: "These are different: \"Lakurawa\" and \"LAKURAWA\" (Niger)" }).click();
    await page.getByText('Noted in the Curation dictionary sheet: "Lakurawa" and "LAKURAWA" are different names; they are not clustered again.').waitFor({ timeout: 20_000 });
    expect(await activeElement(page)).toMatchObject({ messages: true });
    const dictionary = await standIn<string[][]>("standIn.sheet('Curation dictionary').values");
    expect(dictionary[0]).toEqual(["kind", "canonical", "alias", "country", "relation", "note"]);
    expect(dictionary.slice(1).map((row) => row.slice(0, 5))).toEqual([["actor", "Lakurawa", "LAKURAWA", "Niger", "different"]]);
    await status(page).getByText("3 clusters of actor names (11 cells), 0 chosen.").waitFor({ timeout: 20_000 });

    // Check again, as a curator would after closing the pane: the cluster stays gone.
    const syncs = await standIn<number>("standIn.counts.syncs");
    await page.getByRole("button", { name: "Check workbook" }).click();
    await page.waitForFunction((before) => (window as unknown as { __standIn: { counts: { syncs: number } } }).__standIn.counts.syncs > before, syncs);
    await page.locator("button:not([aria-disabled=true])", { hasText: "Check workbook" }).waitFor({ timeout: 20_000 });
    await status(page).getByText("3 clusters of actor names (11 cells), 0 chosen.").waitFor({ timeout: 20_000 });
    expect(await cluster(page, "Lakurawa").count()).toBe(0);
    expect(await cluster(page, "Military Forces of Mali").count()).toBe(1);
    expect(await cluster(page, "Ansarul Islam").count()).toBe(1);
    await expectAxeClean(page);
    expect(await noSidewaysScroll(page)).toBe(true);
    expect(await standIn("standIn.counts.undoClears")).toEqual([]);
    // Every clustering of the flow (after each merge, undo, decision and check) was the worker's: each request answered unless a newer one ended its worker.
    const workers = await workersOf(page);
    expect(workers.started.length).toBe(1 + workers.terminated);
    expect(workers.requests).toBeGreaterThanOrEqual(5);
    expect(workers.answers).toBeGreaterThanOrEqual(workers.requests - workers.terminated);
    expect(workers.answers).toBeLessThanOrEqual(workers.requests);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("by keyboard: one Tab stop for the list, arrows between clusters, Tab into the chosen cluster's controls; choose all; locations with both decisions", async () => {
    const { page, errors } = await openClusters();
    await status(page).getByText(/^4 clusters of actor names/).waitFor();
    const boxes = clusterList(page).locator("[data-cluster]");
    expect(await boxes.evaluateAll((all) => all.map((box) => box.getAttribute("tabindex")))).toEqual(["0", "-1", "-1", "-1"]);
    await boxes.first().focus();
    await page.keyboard.press("ArrowDown");
    expect((await activeElement(page)).cluster).toBe("1");
    await page.keyboard.press("End");
    expect((await activeElement(page)).cluster).toBe("3");
    expect(await boxes.evaluateAll((all) => all.map((box) => box.getAttribute("tabindex")))).toEqual(["-1", "-1", "-1", "0"]);
    await page.keyboard.press("Home");
    expect((await activeElement(page)).cluster).toBe("0");
    await page.keyboard.press("Space");
    await status(page).getByText(/, 1 chosen\.$/).waitFor();
    // Tab goes through the focused cluster's controls, then out of the list, past the other clusters.
    await page.keyboard.press("Tab");
    expect((await activeElement(page)).label).toMatch(/^Value to keep for /);
    await page.keyboard.press("Tab");
    expect((await activeElement(page)).label).toMatch(/^These are different: /);
    await page.keyboard.press("Tab");
    expect((await activeElement(page)).label).toMatch(/^Add to dictionary: /);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Merge 1 cluster");

    await view(page).getByRole("checkbox", { name: "Choose all clusters" }).check();
    await status(page).getByText(/, 4 chosen\.$/).waitFor();
    await view(page).getByRole("checkbox", { name: "Choose all clusters" }).uncheck();
    await status(page).getByText(/, 0 chosen\.$/).waitFor();
    expect(await view(page).getByRole("button", { name: "Merge 0 clusters" }).getAttribute("aria-disabled")).toBe("true");

    // Locations: the sample's "Moura" and "moura" (Mali); merged or remembered, as names are (the dictionary's location rows).
    await view(page).getByLabel("Values").selectOption("location");
    const locations = view(page).getByRole("list", { name: "Clusters of locations" });
    await locations.waitFor();
    await status(page).getByText("1 cluster of locations (2 cells), 0 chosen.").waitFor();
    expect(await locations.getByRole("button", { name: /These are different|Add to dictionary/ }).count()).toBe(2);
    await view(page).getByText(/guide clustering only: the check does not rewrite locations/).waitFor();
    // Nearest neighbours on weapons: the safeguards keep Type 56-1 and Type 56-2 apart, and say so.
    await view(page).getByLabel("Values").selectOption("weapon");
    await view(page).getByLabel("Method").selectOption("knn");
    await status(page).getByText(/^No clusters of weapon names: .* 1 pair kept apart by the safeguards/).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await page.setViewportSize({ width: 270, height: 800 });
    await view(page).getByLabel("Values").selectOption("actor");
    await view(page).getByLabel("Method").selectOption("key");
    await clusterList(page).waitFor();
    expect(await noSidewaysScroll(page)).toBe(true);
    await expectAxeClean(page);
    await page.screenshot({ path: join(RESULTS, "clusters-270.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("found in one worker from the pane's origin, kept across requests; a newer request ends a worker still busy; the pane shows only the worker's answer", async () => {
    const { page, errors } = await openClusters();
    await status(page).getByText("4 clusters of actor names (13 cells), 0 chosen.").waitFor();
    const log = (code: string) => page.evaluate((body) => new Function("log", body)((window as unknown as WorkerLogWindow).__workers), code);
    const first = await workersOf(page);
    expect(first.started).toEqual([{ url: expect.stringMatching(new RegExp(`^${pane.origin}/clusterWorker\\.[0-9a-f]{8}\\.js$`)), name: "clusterWorker" }]);
    expect(first).toMatchObject({ requests: 1, answers: 1, terminated: 0 });

    // Another kind: the same worker; until its answer reaches the pane, the pane has no clusters to show.
    await log("log.hold = true");
    await view(page).getByLabel("Values").selectOption("weapon");
    await page.waitForFunction(() => (window as unknown as WorkerLogWindow).__workers.answers === 2);
    await page.waitForTimeout(200);
    expect(await status(page).textContent()).toBe("Finding clusters…");
    await log("log.release()");
    await status(page).getByText(/^\d+ clusters? of weapon names|^No clusters of weapon names/).waitFor();
    expect(await workersOf(page)).toMatchObject({ started: [first.started[0]], requests: 2, answers: 2, terminated: 0 });

    // A request still under way when another comes: its worker is ended and a new one answers the newer; the older answer, late, is ignored.
    await log("log.hold = true");
    await view(page).getByLabel("Values").selectOption("actor");
    await page.waitForFunction(() => (window as unknown as WorkerLogWindow).__workers.answers === 3);
    await view(page).getByLabel("Values").selectOption("location");
    await page.waitForFunction(() => (window as unknown as WorkerLogWindow).__workers.answers === 4);
    expect(await status(page).textContent()).toBe("Finding clusters…");
    await log("log.release()");
    await status(page).getByText("1 cluster of locations (2 cells), 0 chosen.").waitFor();
    await page.waitForTimeout(200);
    expect(await status(page).textContent()).toBe("1 cluster of locations (2 cells), 0 chosen.");
    const after = await workersOf(page);
    expect(after).toMatchObject({ requests: 4, answers: 4, terminated: 1 });
    expect(after.started).toHaveLength(2);
    expect(await cspViolationsOf(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("nearest neighbours over 10,000 distinct names: the pane's timers keep firing while the worker finds them", async () => {
    // Names no dictionary knows and few near one another: seconds of nearest-neighbour work, in any country.
    const next = random(7);
    const word = (length: number) => Array.from({ length }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join("");
    const big = generateWorkbook(10_000, 20).sheets.map((grid) => {
      if (grid.name !== "Incidents") return grid;
      const actor = grid.values[0].indexOf("actor1");
      return { ...grid, values: grid.values.map((row, r) => (r === 0 ? row : row.map((cell, c) => (c === actor ? `Kat${word(3)} ${word(5)} militia` : cell)))) };
    });
    const { page, errors } = await openClusters({ sheets: big, checked: "10,000 incident and 20 weapon rows checked" });
    await page.evaluate(() => {
      const ticks = { began: performance.now(), last: performance.now(), longest: 0, count: 0, timer: 0 };
      ticks.timer = window.setInterval(() => {
        const now = performance.now();
        ticks.longest = Math.max(ticks.longest, now - ticks.last);
        ticks.last = now;
        ticks.count += 1;
      }, 50);
      (window as unknown as { __ticks: typeof ticks }).__ticks = ticks;
    });
    await view(page).getByLabel("Method").selectOption("knn");
    await status(page).getByText(/ of actor names/).waitFor({ timeout: 120_000 });
    const { took, longest, count } = await page.evaluate(() => {
      const ticks = (window as unknown as { __ticks: { began: number; longest: number; count: number; timer: number } }).__ticks;
      clearInterval(ticks.timer);
      return { took: performance.now() - ticks.began, longest: ticks.longest, count: ticks.count };
    });
    console.log(`Nearest neighbours over 10,000 distinct names: ${Math.round(took)} ms to find them; the pane's longest pause ${Math.round(longest)} ms (${count} ticks of 50 ms)`);
    // Long enough to tell: on the pane's thread, the longest pause would be the whole of it.
    expect(took).toBeGreaterThan(1_500);
    expect(longest).toBeLessThan(took / 3);
    expect(await workersOf(page)).toMatchObject({ requests: 2, answers: 2, terminated: 0 });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  test("locations: These are different writes a location row in the cluster's country, and the cluster is gone", async () => {
    const { page, errors } = await openClusters();
    const standIn = standInOn(page);
    await view(page).getByLabel("Values").selectOption("location");
    const locations = view(page).getByRole("list", { name: "Clusters of locations" });
    await status(page).getByText("1 cluster of locations (2 cells), 0 chosen.").waitFor({ timeout: 20_000 });
    await locations.getByRole("button", { name: 'These are different: "Moura" and "moura" (Mali)' }).click();
    await page.getByText('Noted in the Curation dictionary sheet: "Moura" and "moura" are different names; they are not clustered again.').waitFor({ timeout: 20_000 });
    const dictionary = await standIn<string[][]>("standIn.sheet('Curation dictionary').values");
    expect(dictionary.slice(1).map((row) => row.slice(0, 5))).toEqual([["location", "Moura", "moura", "Mali", "different"]]);
    await status(page).getByText(/^No clusters of locations: .* 1 pair kept apart by the safeguards/).waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  test("Add to dictionary makes the kept value and its variants a team entry, in the cluster's country", async () => {
    const { page, errors } = await openClusters();
    const standIn = standInOn(page);
    // Known to the dictionary already: nothing to write, and said.
    await cluster(page, "Lakurawa").getByRole("button", { name: /^Add to dictionary: / }).click();
    await page.getByText('The dictionary already knows "LAKURAWA" as Lakurawa: nothing to add.').waitFor({ timeout: 20_000 });
    expect(await standIn("standIn.sheets.some((sheet) => sheet.name === 'Curation dictionary')")).toBe(false);
    // Unknown to it: the kept value becomes a team entry, the other spelling its alias in Mali.
    const katiba = cluster(page, "Katiba Hanifa");
    expect(await katiba.getByText(/No member is in the dictionary/).count()).toBe(1);
    await katiba.getByRole("button", { name: 'Add to dictionary: "Katiba Hanifa" and "katiba hanifa" (Mali), kept as "Katiba Hanifa"' }).click();
    await page.getByText('Added to the Curation dictionary sheet: "katiba hanifa" → Katiba Hanifa in Mali.', { exact: false }).waitFor({ timeout: 20_000 });
    const dictionary = await standIn<string[][]>("standIn.sheet('Curation dictionary').values");
    expect(dictionary.slice(1).map((row) => row.slice(0, 5))).toEqual([["actor", "Katiba Hanifa", "katiba hanifa", "Mali", "same"]]);
    // The next check knows them: the cluster's proposal comes from the dictionary now; Fix names proposes "katiba hanifa" → Katiba Hanifa.
    await cluster(page, "Katiba Hanifa").getByText(/is how the dictionary writes Katiba Hanifa/).waitFor({ timeout: 20_000 });
    await page.getByRole("tab", { name: "Findings" }).click();
    await page.getByRole("button", { name: /Weapons!I9, holder: "katiba hanifa" → Katiba Hanifa/ }).waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
