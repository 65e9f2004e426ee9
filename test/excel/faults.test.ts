/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { contiguousRuns, planFixes, type ProposedChange } from "../../src/domain/fixes/fixPlan";
import { describeExcelError } from "../../src/excel/excelErrors";
import { ExcelFixWriter, FixInterrupted } from "../../src/excel/excelFixes";
import { LOG_SHEET } from "../../src/domain/fixes/curationLog";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { CheckService } from "../../src/services/checkService";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { TODAY } from "../support/rows";
import { WorkCancelled, WorkProgress } from "../../src/services/workbookSource";

/**
 * Excel failing in the middle of a fix: after each fault, every cell holds its old or its new
 * value, the Curation log lists exactly the cells that changed, the message is plain, and a
 * retry (check again, fix again) completes the work.
 */
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

/**
 * Arms a fault for the request that follows the one writing the log's pending rows: the
 * first write of the batch's cells (found by watching the log, not by counting requests).
 */
function failFirstCellWrite(standIn: ExcelStandIn, pending: string, fault: { afterOperations: number; code: string; close?: boolean }): void {
  let armed = false;
  standIn.beforeSync = (sync) => {
    const log = standIn.sheets.find((sheet) => sheet.name === LOG_SHEET);
    if (!armed && log?.values.some((row) => row[2] === pending)) {
      armed = true;
      standIn.fault = { sync, ...fault };
    }
  };
}

/**
 * The operations a write request does before its first write: it reads, in itself, each
 * sheet's shape (its used range) and what each run of cells holds, so that a row inserted
 * between two requests is seen where it matters (excelFixes' writeRuns).
 */
const readsBeforeWrites = (changes: readonly ProposedChange[]) => new Set(changes.map((c) => c.sheet)).size + contiguousRuns(changes).length;

const address = (change: { address: string }) => /^([A-Z]+)(\d+)$/.exec(change.address)!;
const logRows = (standIn: ExcelStandIn, action: string) => standIn.sheet(LOG_SHEET).values.filter((row) => row[2] === action).map((row) => `${row[3]}!${row[4]}`);

async function sampleWithFixes() {
  const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets));
  uninstall = standIn.install();
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  const changes = planFixes(await service.check());
  const holds = (change: (typeof changes)[number]) => {
    const match = address(change);
    return standIn.cell(change.sheet, Number(match[2]) - 1, match[1].charCodeAt(0) - 65);
  };
  return { standIn, service, changes, holds };
}

describe.each(["GeneralException", "RequestPayloadSizeLimitExceeded", "InvalidOperation"])("a %s half-way through the writes", (code) => {
  test.each([1, 2, 3])("after its reads and %i writes of the write request", async (afterOperations) => {
    const { standIn, service, changes, holds } = await sampleWithFixes();
    failFirstCellWrite(standIn, "fix pending", { afterOperations: readsBeforeWrites(changes) + afterOperations, code });
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const failure = await writer.apply(changes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FixInterrupted);
    const report = (failure as FixInterrupted).report!;

    for (const change of changes) expect([change.old, change.new]).toContain(holds(change));
    const changed = changes.filter((c) => holds(c) === c.new).map((c) => `${c.sheet}!${c.address}`);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(changes.length);
    // The log was written ahead and settled: exactly the changed cells are "fix", the rest "fix not written".
    expect(logRows(standIn, "fix").sort()).toEqual(changed.sort());
    expect(logRows(standIn, "fix not written")).toHaveLength(changes.length - changed.length);
    expect(logRows(standIn, "fix pending")).toEqual([]);
    expect(report.applied).toHaveLength(changed.length);
    expect(describeExcelError(failure)).toMatch(new RegExp(`^The fix stopped part-way: .* ${changed.length} of ${changes.length} cells were changed`));

    // Retry: check again, fix again: every name is fixed, each once in the log.
    const rest = planFixes(await service.check());
    expect(rest).toHaveLength(changes.length - changed.length);
    await writer.apply(rest);
    expect(planFixes(await service.check())).toEqual([]);
    expect(logRows(standIn, "fix")).toHaveLength(changes.length);
  });
});

describe("the workbook closed (or the session lost) in the middle of a run", () => {
  test.each([1, 2])("a fix cut off after %i writes: cells old or new, all logged as pending; reopened, the next fix settles the log and finishes", async (afterOperations) => {
    const { standIn, service, changes, holds } = await sampleWithFixes();
    failFirstCellWrite(standIn, "fix pending", { afterOperations: readsBeforeWrites(changes) + afterOperations, code: "ConnectionFailure", close: true });
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const failure = await writer.apply(changes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FixInterrupted);
    expect((failure as FixInterrupted).report).toBeNull();
    expect(describeExcelError(failure)).toMatch(/^The fix stopped part-way and the workbook could not be reached .* "fix pending"/);
    expect(describeExcelError(failure)).toMatch(/connection to the workbook was lost/);

    // What the workbook holds: every cell old or new, every cell that may have changed on record.
    for (const change of changes) expect([change.old, change.new]).toContain(holds(change));
    const changed = changes.filter((c) => holds(c) === c.new).map((c) => `${c.sheet}!${c.address}`);
    expect(changed.length).toBe(afterOperations);
    expect(logRows(standIn, "fix pending")).toHaveLength(changes.length);
    await expect(service.check()).rejects.toMatchObject({ code: "ConnectionFailure" });

    standIn.reopen();
    standIn.beforeSync = undefined;
    const rest = planFixes(await service.check());
    expect(rest).toHaveLength(changes.length - changed.length);
    await writer.apply(rest);
    expect(logRows(standIn, "fix pending")).toEqual([]);
    expect(logRows(standIn, "fix not written")).toHaveLength(changes.length - changed.length);
    expect(logRows(standIn, "fix")).toHaveLength(changes.length);
    expect(planFixes(await service.check())).toEqual([]);

    // Undo takes back the last batch, then the settled first one.
    await writer.undoLast();
    await writer.undoLast();
    for (const change of changes) expect(holds(change)).toBe(change.old);
  });

  test("an undo cut off: the cells it reached are put back and logged; Undo again finishes", async () => {
    const { standIn, changes, holds } = await sampleWithFixes();
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    await writer.apply(changes);
    failFirstCellWrite(standIn, "undo pending", { afterOperations: readsBeforeWrites(changes) + 1, code: "ConnectionFailure", close: true });
    const failure = await writer.undoLast().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FixInterrupted);
    expect(describeExcelError(failure)).toMatch(/^The undo stopped part-way and the workbook could not be reached/);
    for (const change of changes) expect([change.old, change.new]).toContain(holds(change));
    expect(changes.filter((c) => holds(c) === c.old)).toHaveLength(1);

    standIn.reopen();
    standIn.beforeSync = undefined;
    const report = await writer.undoLast();
    expect(report!.applied).toHaveLength(changes.length - 1);
    for (const change of changes) expect(holds(change)).toBe(change.old);
    expect(logRows(standIn, "undo")).toHaveLength(changes.length);
    expect(logRows(standIn, "undo not written")).toHaveLength(changes.length - 1);
    expect(await writer.undoLast()).toBeNull();
  });

  test("a check cut off mid-read: a plain message, nothing written; reopened, the check completes", async () => {
    const { standIn, service } = await sampleWithFixes();
    const syncs = standIn.counts.syncs;
    standIn.fault = { sync: syncs + 3, afterOperations: 0, code: "ConnectionFailure", close: true };
    const before = JSON.stringify(standIn.sheets.map((sheet) => sheet.values));
    const failure = await service.check().catch((error: unknown) => error);
    expect(describeExcelError(failure)).toMatch(/^The connection to the workbook was lost/);
    standIn.reopen();
    expect(JSON.stringify(standIn.sheets.map((sheet) => sheet.values))).toBe(before);
    expect((await service.check()).summary.rows).toEqual({ incidents: 23, weapons: 17 });
  });

  test("a sheet renamed during a check: a plain message; the next check reads it under its new name", async () => {
    const { standIn, service } = await sampleWithFixes();
    const syncs = standIn.counts.syncs;
    standIn.beforeSync = (sync) => {
      if (sync === syncs + 4) standIn.sheet("Weapons").name = "Weapons 2024";
    };
    const failure = await service.check().catch((error: unknown) => error);
    // The read's request for that sheet's cells names it: Excel no longer finds it.
    expect(describeExcelError(failure)).toBe("A sheet or range the add-in was reading is gone (renamed or deleted meanwhile). Check again.");
    standIn.beforeSync = undefined;
    const again = await service.check();
    expect(again.summary.sheets.weapons).toBe("Weapons 2024");
    expect(again.summary.rows).toEqual({ incidents: 23, weapons: 17 });
  });
});

test("a sheet deleted before the fix: nothing written, nothing logged as changed, a plain message", async () => {
  const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets));
  uninstall = standIn.install();
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  const changes = planFixes(await service.check()).filter((c) => c.sheet === "Weapons");
  standIn.sheets = standIn.sheets.filter((s) => s.name !== "Weapons");
  const failure = await new ExcelFixWriter().apply(changes).catch((error: unknown) => error);
  expect(describeExcelError(failure)).toMatch(/renamed or deleted/);
});

/** The sample with a fill and a note of the user's own, its issues, and a snapshot of its fills, notes and values. */
async function flaggedSetUp() {
  const workbook = await readWorkbookFile(SAMPLE);
  const standIn = new ExcelStandIn(standInSheetsOf(workbook.sheets), { notesApi: true });
  uninstall = standIn.install();
  standIn.sheet("Incidents").setFill(11, 3, "#00B050");
  standIn.sheet("Incidents").notes.set("D12", "the user's own note");
  const snapshot = () => JSON.stringify(["Incidents", "Weapons"].map((name) => [[...standIn.sheet(name).fills].sort(), [...standIn.sheet(name).notes].sort(), standIn.sheet(name).values]));
  const issues = (await new CheckService(new ExcelWorkbookSource(), () => TODAY).check()).issues;
  return { standIn, snapshot, before: snapshot(), issues };
}

describe("flags when Excel fails part-way", () => {
  test.each([1, 2, 3, 5, 7])("a flag stopped at sync %i of its run: Clear flags still restores everything", async (step) => {
    const { standIn, snapshot, before, issues } = await flaggedSetUp();
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    standIn.fault = { sync: standIn.counts.syncs + step, afterOperations: 1, code: "GeneralException" };
    await writer.flag(issues).catch(() => undefined);
    standIn.fault = undefined; // a fault the flag's run did not reach must not fall on the Clear
    await writer.clear();
    expect(snapshot()).toBe(before);
  });

  test.each([2, 3, 4])("a Clear stopped at sync %i of its run: Clear again restores everything", async (step) => {
    const { standIn, snapshot, before, issues } = await flaggedSetUp();
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    await writer.flag(issues);
    standIn.fault = { sync: standIn.counts.syncs + step, afterOperations: 1, code: "GeneralException" };
    await expect(writer.clear()).rejects.toMatchObject({ code: "GeneralException" });
    await writer.clear();
    expect(snapshot()).toBe(before);
  });
});

/** A control that cancels at the first progress report, and what was reported. */
function cancelAtFirstProgress() {
  const controller = new AbortController();
  const seen: WorkProgress[] = [];
  const control = {
    signal: controller.signal,
    onProgress: (progress: WorkProgress) => {
      seen.push(progress);
      controller.abort();
    },
  };
  return { control, seen };
}

describe("Cancel stops a write between requests and leaves nothing half-done", () => {
  test("a fix cancelled after its first request: the cells written so far are logged; Undo puts them back; Fix names finishes", async () => {
    const { standIn, service, changes, holds } = await sampleWithFixes();
    const { control, seen } = cancelAtFirstProgress();
    // Two runs of cells per request: the sample's fixes take several requests.
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"), 2);
    const failure = await writer.apply(changes, control).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FixInterrupted);
    expect(seen).toHaveLength(1);
    const changed = changes.filter((c) => holds(c) === c.new);
    expect(changed.length).toBe(seen[0].done);
    expect(changed.length).toBeGreaterThan(0);
    expect(changes.filter((c) => holds(c) === c.old)).toHaveLength(changes.length - changed.length);
    expect(logRows(standIn, "fix").sort()).toEqual(changed.map((c) => `${c.sheet}!${c.address}`).sort());
    expect(logRows(standIn, "fix not written")).toHaveLength(changes.length - changed.length);
    expect(describeExcelError(failure)).toBe(
      `The fix was cancelled: ${changed.length} of ${changes.length} cells were changed before it stopped, each logged in the Curation log sheet; the others still hold their old values. Undo last fix puts back the changed ones; Fix names finishes the rest.`,
    );

    const undone = await writer.undoLast();
    expect(undone!.applied).toHaveLength(changed.length);
    for (const change of changes) expect(holds(change)).toBe(change.old);
    await writer.apply(planFixes(await service.check()));
    expect(planFixes(await service.check())).toEqual([]);
  });

  test("a flag cancelled after its fills: what it wrote is taken off, the cells are as they were", async () => {
    const { standIn, snapshot, before, issues } = await flaggedSetUp();
    const { control, seen } = cancelAtFirstProgress();
    const failure = await new ExcelFlagWriter({ annotations: "notes" }).flag(issues, control).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WorkCancelled);
    expect(seen[0].step).toBe("Writing notes");
    expect(snapshot()).toBe(before);
    expect(standIn.customXmlParts).toEqual([]);
  });
});
