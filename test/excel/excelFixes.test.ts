/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { planFixes } from "../../src/domain/fixes/fixPlan";
import { ExcelFixWriter } from "../../src/excel/excelFixes";
import { LOG_SHEET } from "../../src/domain/fixes/curationLog";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());
const clock = () => new Date("2026-11-25T12:00:00Z");

async function setUp() {
  const workbook = await readWorkbookFile(SAMPLE);
  const standIn = new ExcelStandIn(standInSheetsOf(workbook.sheets));
  uninstall = standIn.install();
  const changes = planFixes(checkWorkbook(workbook, { today: TODAY }));
  return { standIn, changes };
}
const cell = (standIn: ExcelStandIn, sheet: string, address: string) => {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  return standIn.cell(sheet, Number(match[2]) - 1, match[1].charCodeAt(0) - 65);
};

test("the plan proposes every non-canonical name, against the cell's exact value", async () => {
  const { changes } = await setUp();
  expect(changes.map((c) => `${c.sheet}!${c.address}: ${String(c.old)} → ${c.new}`)).toEqual([
    "Incidents!H16: military forces of mali → Military Forces of Mali",
    "Incidents!K21: BFA → Burkina Faso",
    "Incidents!F23: ISIS militants → Islamic State Sahel Province",
    // H23 "Military Forces of Burkina Faso (2022-)" is ACLED's own form: recognised, not rewritten.
    "Incidents!H24: Nigerian army → Military Forces of Nigeria",
    "Weapons!C8: Assault rifles → assault rifle",
    "Weapons!B12: RPG7 launchers → RPG-7",
    "Weapons!B18: Romanian AK-47 → AK-47",
  ]);
});

test("apply writes the chosen fixes, logs each, and undo puts the old values back", async () => {
  const { standIn, changes } = await setUp();
  const writer = new ExcelFixWriter(clock);
  const before = JSON.stringify(standIn.sheet("Incidents").values);
  const report = await writer.apply(changes);
  expect(report.applied).toHaveLength(changes.length);
  expect(cell(standIn, "Incidents", "F23")).toBe("Islamic State Sahel Province");
  expect(cell(standIn, "Weapons", "B12")).toBe("RPG-7");
  const log = standIn.sheet(LOG_SHEET).values;
  expect(log[0]).toEqual(["time", "batch", "action", "sheet", "cell", "old", "new", "reason"]);
  expect(log[3]).toEqual(["2026-11-25T12:00:00.000Z", "fix 2026-11-25T12:00:00.000Z", "fix", "Incidents", "F23", "ISIS militants", "Islamic State Sahel Province", expect.stringContaining("ISIS in Burkina Faso")]);
  expect(standIn.sheet(LOG_SHEET).visibility).toBe("Visible");

  const undo = await writer.undoLast();
  expect(undo?.applied).toHaveLength(changes.length);
  expect(JSON.stringify(standIn.sheet("Incidents").values)).toBe(before);
  expect(await writer.undoLast()).toBeNull();
});

test("a cell typed into since the preview, or holding a formula, is skipped and the log says why", async () => {
  const { standIn, changes } = await setUp();
  standIn.sheet("Incidents").write(22, 5, "IS Sahel fighters"); // F23 edited meanwhile
  standIn.sheet("Incidents").formulas.set("20,10", '=IF(TRUE,"BFA")'); // K21 now a formula
  const report = await new ExcelFixWriter(clock).apply(changes);
  expect(report.skipped.map((s) => [s.change.address, s.why])).toEqual([
    ["K21", "the cell holds a formula"],
    ["F23", 'the cell was changed since the preview (it now holds "IS Sahel fighters")'],
  ]);
  expect(cell(standIn, "Incidents", "F23")).toBe("IS Sahel fighters");
  expect(standIn.sheet("Incidents").formulas.get("20,10")).toBe('=IF(TRUE,"BFA")');
  expect(standIn.sheet(LOG_SHEET).values.filter((row) => row[2] === "skipped")).toHaveLength(2);
});

test("undo leaves alone a cell changed after the fix", async () => {
  const { standIn, changes } = await setUp();
  const writer = new ExcelFixWriter(clock);
  await writer.apply(changes);
  standIn.sheet("Weapons").write(11, 1, "RPG-7 (checked)");
  const undo = await writer.undoLast();
  expect(undo?.skipped.map((s) => s.change.address)).toEqual(["B12"]);
  expect(cell(standIn, "Weapons", "B12")).toBe("RPG-7 (checked)");
  expect(cell(standIn, "Weapons", "B18")).toBe("Romanian AK-47");
});

test("contiguous cells of a column are written in one go", async () => {
  const standIn = new ExcelStandIn([{ name: "Incidents", values: [["actor1"], ["ISIS"], ["ISIS"], ["ISIS"], ["x"], ["ISIS"]] }]);
  uninstall = standIn.install();
  const change = (row: number) => ({ sheet: "Incidents", address: `A${row}`, row, column: 1, field: "actor1", old: "ISIS", new: "Islamic State", reason: "test" });
  await new ExcelFixWriter(clock).apply([change(2), change(3), change(4), change(6)]);
  expect(standIn.sheet("Incidents").values.map((r) => r[0])).toEqual(["actor1", "Islamic State", "Islamic State", "Islamic State", "x", "Islamic State"]);
  // Two runs read, two runs written, log: a handful of calls, not one per cell.
  expect(standIn.counts.calls).toBeLessThan(20);
});

test("a fix whose value Excel would read as a formula is never written", async () => {
  const standIn = new ExcelStandIn([{ name: "Incidents", values: [["actor1"], ["ISIS"]] }]);
  uninstall = standIn.install();
  const report = await new ExcelFixWriter(clock).apply([{ sheet: "Incidents", address: "A2", row: 2, column: 1, field: "actor1", old: "ISIS", new: "=HYPERLINK(\"x\")", reason: "test" }]);
  expect(report.skipped.map((s) => s.why)).toEqual(["the new value would be read by Excel as a formula"]);
  expect(standIn.cell("Incidents", 1, 0)).toBe("ISIS");
});

describe("a row inserted while a fix runs: no write lands in a cell that moved", () => {
  /** The sample with K20 holding K21's "BFA" too: once a row is inserted above, K21 holds the same value but is another row's cell. */
  async function twinSetUp() {
    const set = await setUp();
    set.standIn.sheet("Incidents").write(19, 10, "BFA");
    return set;
  }
  const snapshot = (standIn: ExcelStandIn) => standIn.sheet("Incidents").values.map((row) => [...row]);

  /** Every cell as it was with the row inserted at 5, but fixed cells (where they moved to) holding their new value; every fixed one reported applied, every other skipped. */
  function expectOnlyMovedTargets(before: unknown[][], after: unknown[][], changes: ReturnType<typeof planFixes>, report: { applied: { address: string; sheet: string }[]; skipped: { change: { address: string; sheet: string } }[] }) {
    const inserted = [...before.slice(0, 4), [], ...before.slice(4)];
    const applied = new Set(report.applied.map((c) => `${c.sheet}!${c.address}`));
    const expected = inserted.map((row) => [...row]);
    for (const change of changes.filter((c) => c.sheet === "Incidents" && applied.has(`Incidents!${c.address}`))) {
      const row = change.row >= 5 ? change.row + 1 : change.row;
      (expected[row - 1] ??= [])[change.column - 1] = change.new;
    }
    const width = Math.max(...after.map((row) => row.length), ...expected.map((row) => row.length));
    const cells = (grid: unknown[][]) => grid.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ""));
    expect(cells(after).slice(0, expected.length)).toEqual(cells(expected));
    expect(report.applied.length + report.skipped.length).toBe(changes.length);
  }

  test("with the pane telling of the move (stale), whichever request it comes before", async () => {
    const { standIn: counting, changes } = await twinSetUp();
    const start = counting.counts.syncs;
    await new ExcelFixWriter(clock).apply(changes);
    const requests = counting.counts.syncs - start;
    uninstall?.();
    expect(requests).toBeGreaterThan(3);
    for (let k = 1; k <= requests; k++) {
      const { standIn } = await twinSetUp();
      const before = snapshot(standIn);
      const origin = standIn.counts.syncs;
      let moved = false;
      standIn.beforeSync = (n) => {
        if (n - origin === k) {
          standIn.moveRows("Incidents", 5, 1);
          moved = true;
        }
      };
      let report;
      try {
        report = await new ExcelFixWriter(clock).apply(changes, { stale: () => (moved ? "rows were inserted" : null) });
      } catch (error) {
        // Refused before anything was written: the sheet is the sample with the row inserted, nothing else.
        expect((error as Error).name).toBe("CellsMoved");
        expectOnlyMovedTargets(before, snapshot(standIn), changes, { applied: [], skipped: changes.map((change) => ({ change })) });
        uninstall?.();
        continue;
      }
      expectOnlyMovedTargets(before, snapshot(standIn), changes, report);
      // What the log calls fixed is what was written.
      const logged = standIn.sheet(LOG_SHEET).values.filter((row) => row[2] === "fix").map((row) => `${row[3]}!${row[4]}`);
      expect(logged.sort()).toEqual(report.applied.map((c) => `${c.sheet}!${c.address}`).sort());
      uninstall?.();
    }
  });

  test("without it: a move between the cells' first read and a write is seen in the write's own request, and the cells put back", async () => {
    const { standIn: counting, changes } = await twinSetUp();
    const start = counting.counts.syncs;
    await new ExcelFixWriter(clock).apply(changes);
    const requests = counting.counts.syncs - start;
    uninstall?.();
    let caught = 0;
    // From the request after the sheets' shapes were taken (the log's settling, then the shapes: the first two).
    for (let k = 3; k <= requests; k++) {
      const { standIn } = await twinSetUp();
      const before = snapshot(standIn);
      const origin = standIn.counts.syncs;
      standIn.beforeSync = (n) => n - origin === k && standIn.moveRows("Incidents", 5, 1);
      const report = await new ExcelFixWriter(clock).apply(changes);
      expectOnlyMovedTargets(before, snapshot(standIn), changes, report);
      if (report.skipped.some((s) => /inserted or deleted while the fix ran/.test(s.why))) caught++;
      uninstall?.();
    }
    // The write's request itself among them: the twin "BFA" there is left alone, not written over.
    expect(caught).toBeGreaterThan(0);
  });
});
