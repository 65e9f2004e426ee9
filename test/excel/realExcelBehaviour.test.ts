/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { isoToSerial } from "../../src/domain/cells/excelDate";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { FLAG_COLORS, planFlags } from "../../src/domain/flags/flagPlan";
import { LOG_SHEET } from "../../src/domain/fixes/curationLog";
import { planFixes, ProposedChange } from "../../src/domain/fixes/fixPlan";
import { supportedAnnotations } from "../../src/excel/annotationSupport";
import { describeExcelError } from "../../src/excel/excelErrors";
import { ExcelFixWriter } from "../../src/excel/excelFixes";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { FLAG_RECORD_NAMESPACE, LEGACY_RECORD_SHEET } from "../../src/excel/flagRecord";
import { ExcelLiveSource } from "../../src/excel/excelLiveSource";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { CheckService } from "../../src/services/checkService";
import { SheetChange } from "../../src/services/workbookSource";
import { ExcelStandIn, StandInOptions } from "../support/excel/standIn";
import { SheetModel } from "../support/excel/host/workbookModel";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { brief, TODAY } from "../support/rows";

/**
 * What running the adapter through Microsoft's own Excel client library showed (issue 11):
 * one test per failure, each of which failed before its fix. The library is the npm copy
 * of office.js; the host is a model of Excel that answers it (test/support/excel/host).
 */
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

async function sample(options: StandInOptions = {}) {
  const workbook = await readWorkbookFile(SAMPLE);
  const standIn = new ExcelStandIn(standInSheetsOf(workbook.sheets), options);
  uninstall = standIn.install();
  const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
  return { standIn, workbook, service, issues: checkWorkbook(workbook, { today: TODAY }).issues };
}

/** Everything a user could see of the two sheets: values, fills, notes and comments. */
function seen(standIn: ExcelStandIn): string {
  return JSON.stringify([
    ...["Incidents", "Weapons"].map((name) => [standIn.sheet(name).values, [...standIn.sheet(name).fills].sort(), [...standIn.sheet(name).notes].sort()]),
    [...standIn.comments].sort(),
  ]);
}

describe("1. notes are used only where the loaded office.js has them", () => {
  test("ExcelApi 1.18 reported, npm office.js without notes: comments carry the findings, no TypeError", async () => {
    const { standIn, issues } = await sample({ api: "1.18" });
    const kind = supportedAnnotations((set, version) => standIn.isSetSupported(set, version));
    expect(kind).toBe("comments");
    const before = seen(standIn);
    // Even a writer told to use notes falls back instead of calling an API the library lacks.
    const report = await new ExcelFlagWriter({ annotations: "notes" }).flag(issues);
    expect(report.annotations).toBe("comments");
    expect(standIn.comments.size).toBe(planFlags(issues).length);
    await new ExcelFlagWriter({ annotations: "notes" }).clear();
    expect(seen(standIn)).toBe(before);
  });

  test.each([
    [{ api: "1.18", notesApi: true }, "notes"],
    [{ api: "1.17", notesApi: true }, "comments"],
    [{ api: "1.9" }, "none"],
  ] as [StandInOptions, string][])("host %j: %s", async (options, kind) => {
    const { standIn } = await sample(options);
    expect(supportedAnnotations((set, version) => standIn.isSetSupported(set, version))).toBe(kind);
  });

  test("a host below ExcelApi 1.10 refuses comments, as Excel does, and the writer never asks", async () => {
    const { standIn, issues } = await sample({ api: "1.9" });
    await expect(standIn.Excel.run(async (context) => {
      context.workbook.comments.load("items");
      await context.sync();
    })).rejects.toMatchObject({ code: "ApiNotFound" });
    const writer = new ExcelFlagWriter({ annotations: supportedAnnotations((set, version) => standIn.isSetSupported(set, version)) });
    expect((await writer.flag(issues)).annotations).toBe("none");
    expect(standIn.comments.size).toBe(0);
  });
});

describe("1b. a cell holds a note or a threaded comment, not both", () => {
  test("notes: a cell the user commented keeps its comment and gets the fill only", async () => {
    const { standIn, issues } = await sample({ notesApi: true });
    standIn.comments.set("Incidents!D12", "Asked the source.");
    const before = seen(standIn);
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    await writer.flag(issues);
    expect(standIn.sheet("Incidents").fill(11, 3)).toBe(FLAG_COLORS.error);
    expect(standIn.sheet("Incidents").notes.has("D12")).toBe(false);
    expect(standIn.sheet("Incidents").notes.size).toBe(planFlags(issues).filter((f) => f.sheet === "Incidents").length - 1);
    await writer.clear();
    expect(seen(standIn)).toBe(before);
  });

  test("comments, where office.js cannot see notes: a cell with the user's note is refused by Excel, the rest are commented", async () => {
    const { standIn, issues } = await sample();
    standIn.sheet("Incidents").notes.set("D12", "the user's own note");
    const before = seen(standIn);
    const writer = new ExcelFlagWriter({ annotations: "comments" });
    await writer.flag(issues);
    expect(standIn.sheet("Incidents").fill(11, 3)).toBe(FLAG_COLORS.error);
    expect(standIn.comments.has("Incidents!D12")).toBe(false);
    expect(standIn.comments.size).toBe(planFlags(issues).length - 1);
    expect(standIn.sheet("Incidents").notes.get("D12")).toBe("the user's own note");
    await writer.clear();
    expect(seen(standIn)).toBe(before);
  });
});

describe("2. Clear flags works again and again (the record no longer needs a very hidden sheet deleted)", () => {
  test("Clear succeeds, the record goes, and Flag and Clear work again afterwards", async () => {
    const { standIn, issues } = await sample({ notesApi: true });
    const before = seen(standIn);
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    for (let round = 0; round < 2; round++) {
      await writer.flag(issues);
      expect(standIn.customXmlParts.filter((part) => part.xml.includes(FLAG_RECORD_NAMESPACE))).toHaveLength(1);
      expect(await writer.clear()).toBe(planFlags(issues).length);
      expect(standIn.customXmlParts).toEqual([]);
      expect(seen(standIn)).toBe(before);
    }
  });

  test("the very hidden record sheet of an earlier release is read, restored from, and removed (hidden first)", async () => {
    const { standIn } = await sample();
    const incidents = standIn.sheet("Incidents");
    incidents.setFill(11, 3, "#F8CBAD"); // D12 as the earlier release flagged it; the user had green
    incidents.setFill(12, 4, "#FFE699"); // E13 flagged; it had no fill
    const legacy = new SheetModel(LEGACY_RECORD_SHEET, [["sheet", "address", "previous fill", "had note", "previous note"], ["Incidents", "D12", "#00B050", "no", ""], ["Incidents", "E13", "#FFFFFF", "no", ""]]);
    legacy.visibility = "VeryHidden";
    standIn.sheets.push(legacy);
    expect(await new ExcelFlagWriter({ annotations: "none" }).clear()).toBe(2);
    expect([incidents.fill(11, 3), incidents.fill(12, 4)]).toEqual(["#00B050", "#FFFFFF"]);
    expect(incidents.fills.size).toBe(1);
    expect(standIn.sheets.map((sheet) => sheet.name)).not.toContain(LEGACY_RECORD_SHEET);
  });

  test("a fill the user chose to be white comes back white, not as no fill", async () => {
    const { standIn, issues } = await sample();
    standIn.sheet("Incidents").setFill(11, 3, "#FFFFFF");
    const writer = new ExcelFlagWriter({ annotations: "none" });
    await writer.flag(issues);
    await writer.clear();
    expect(standIn.sheet("Incidents").fills.get("11,3")).toBe("#FFFFFF");
  });
});

describe("3. flags shown during live re-check keep Excel's undo history", () => {
  test.each(["web", "windows"] as const)("Excel on %s: flags, re-checks, re-flags and Clear call nothing that clears the undo stack", async (platform) => {
    const { standIn, service } = await sample({ notesApi: true, platform });
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    const live = new ExcelLiveSource();
    await writer.flag((await service.check()).issues);
    for (const [address, value] of [["D12", "Battles"], ["A18", "BFA1099"], ["D12", "Battle"]] as const) {
      standIn.edit("Incidents", address, [[value]]);
      await writer.update(service.recheck([await live.readCells("Incidents", address)])!.issues);
    }
    await writer.flag((await service.check()).issues);
    await writer.clear();
    expect(standIn.counts.undoClears).toEqual([]);
  });

  test("the host counts what Microsoft documents as clearing the undo stack, per platform", async () => {
    for (const [platform, cleared] of [["web", ["Worksheet.Delete"]], ["windows", ["Worksheet.Visibility", "Worksheet.Delete"]]] as const) {
      const standIn = new ExcelStandIn([{ name: "A", values: [["x"]] }, { name: "B", values: [] }], { platform });
      uninstall = standIn.install();
      await standIn.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("B");
        sheet.visibility = "Hidden";
        sheet.delete();
        await context.sync();
      });
      expect(standIn.counts.undoClears).toEqual(cleared);
      uninstall();
    }
  });
});

describe("4. answers over Excel on the web's 5 MB are read again in pieces", () => {
  test("a long Curation log (long reasons) is read in pieces for an undo", async () => {
    const { standIn, workbook } = await sample();
    const changes = planFixes(checkWorkbook(workbook, { today: TODAY }));
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    await writer.apply(changes);
    // Earlier batches with long reasons: 10,000 rows of 600 characters make one read of the log pass 5 MB.
    const log = standIn.sheet(LOG_SHEET);
    const old = Array.from({ length: 10_000 }, (_, i) => ["2026-11-01T00:00:00Z", "fix 2026-11-01", "skipped", "Incidents", `Z${i + 2}`, "x", "y", "r".repeat(600)]);
    log.values.splice(1, 0, ...old);
    const report = await writer.undoLast();
    expect(report?.applied).toHaveLength(changes.length);
    expect(standIn.counts.responseBytes.some((bytes) => bytes > 5 * 1024 * 1024)).toBe(true);
  });

  test("an answer too big even for one row is told in plain words", () => {
    expect(describeExcelError({ code: "ResponsePayloadSizeLimitExceeded" })).toMatch(/very long texts/);
  });
});

describe("5. every value written back lands exactly as it was", () => {
  test("a user's own note '- to verify' and '0012' come back from the flag record as text", async () => {
    const { standIn, issues } = await sample({ notesApi: true });
    standIn.sheet("Incidents").notes.set("D12", "- to verify");
    standIn.sheet("Incidents").notes.set("E13", "0012");
    const before = seen(standIn);
    const writer = new ExcelFlagWriter({ annotations: "notes" });
    await writer.flag(issues);
    await writer.clear();
    expect(standIn.sheet("Incidents").notes.get("D12")).toBe("- to verify");
    expect(standIn.sheet("Incidents").notes.get("E13")).toBe("0012");
    expect(seen(standIn)).toBe(before);
  });

  test.each(["0012", "- unknown", "=SUM(A1)", "+ 1 source", "TRUE", "2024-03-15", "'quoted"])("a fixed cell that held %p gets it back on undo, as text", async (old) => {
    const standIn = new ExcelStandIn([{ name: "Incidents", values: [["incident_id", "actor1"], ["BFA1", old]], numberFormats: [["General", "General"], ["General", "@"]] }]);
    uninstall = standIn.install();
    const change: ProposedChange = { sheet: "Incidents", address: "B2", row: 2, column: 2, field: "actor1", old, new: "Islamic State", reason: "test" };
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    expect((await writer.apply([change])).applied).toHaveLength(1);
    expect(standIn.cell("Incidents", 1, 1)).toBe("Islamic State");
    // The log holds the old value exactly, not 12, a formula or a boolean.
    expect(standIn.sheet(LOG_SHEET).values[1][5]).toBe(old);
    expect((await writer.undoLast())?.applied).toHaveLength(1);
    expect(standIn.cell("Incidents", 1, 1)).toBe(old);
    expect(standIn.sheet("Incidents").formulas.size).toBe(0);
  });
});

describe("6. the 1904 date system", () => {
  test("a workbook counting from 1904 is read with the right dates", async () => {
    const workbook = await readWorkbookFile(SAMPLE);
    const sheets = standInSheetsOf(workbook.sheets);
    // The same workbook saved with the 1904 system: every date serial 1,462 days smaller.
    for (const sheet of sheets) {
      sheet.values = sheet.values.map((row, r) => row.map((cell, c) => (typeof cell === "number" && /[dy]/.test(sheet.numberFormats?.[r]?.[c] ?? "") ? cell - 1462 : cell)));
    }
    const standIn = new ExcelStandIn(sheets);
    standIn.date1904 = true;
    uninstall = standIn.install();
    const read = await new ExcelWorkbookSource().readWorkbook();
    expect(read.date1904).toBe(true);
    expect(brief(checkWorkbook(read, { today: TODAY }))).toEqual(brief(checkWorkbook(workbook, { today: TODAY })));
    expect(isoToSerial("2024-03-15", true)).toBe(isoToSerial("2024-03-15") - 1462);
  });
});

describe("7. rows inserted or deleted during live re-check", () => {
  test("flags, their record and the Curation log follow the rows Excel moved; Clear and Undo put back the right cells", async () => {
    const { standIn, service } = await sample({ notesApi: true });
    const incidents = standIn.sheet("Incidents");
    incidents.setFill(11, 3, "#00B050"); // the user's green on D12, which gets flagged
    const flags = new ExcelFlagWriter({ annotations: "notes" });
    const fixes = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const live = new ExcelLiveSource();
    const first = await service.check();
    const fixed = planFixes(first).filter((change) => change.sheet === "Incidents");
    await fixes.apply(fixed);
    await flags.flag((await service.check()).issues);
    const changes: SheetChange[] = [];
    const stop = await live.watch(["Incidents"], (change) => changes.push(change));

    standIn.moveRows("Incidents", 5, 2); // two rows inserted above row 5
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(changes).toEqual([{ sheet: "Incidents", address: "5:6", changeType: "RowInserted", move: { kind: "rows", at: 5, count: 2 } }]);
    await flags.moved("Incidents", changes[0].move!);
    await fixes.moved("Incidents", changes[0].move!);
    await flags.update((await service.check()).issues);
    expect(incidents.fill(13, 3)).toBe(FLAG_COLORS.error); // D12 is D14 now, still flagged
    await stop();

    await flags.clear();
    expect(incidents.fill(13, 3)).toBe("#00B050");
    expect([...incidents.fills.keys()]).toEqual(["13,3"]);
    const undone = await fixes.undoLast();
    expect(undone?.applied).toHaveLength(fixed.length);
    for (const change of fixed) {
      const row = change.row >= 5 ? change.row + 2 : change.row;
      expect(standIn.cell("Incidents", row - 1, change.column - 1)).toBe(change.old);
    }
  });

  test("with comments (whose ids Excel keeps when their cells move): Clear after a row insert restores every cell", async () => {
    const { standIn, service } = await sample();
    const before = seen(standIn);
    const flags = new ExcelFlagWriter({ annotations: "comments" });
    await flags.flag((await service.check()).issues);
    standIn.moveRows("Incidents", 5, 2);
    await flags.moved("Incidents", { kind: "rows", at: 5, count: 2 });
    await flags.update((await service.check()).issues);
    await flags.clear();
    standIn.moveRows("Incidents", 5, -2);
    expect(seen(standIn)).toBe(before);
  });

  test("a deleted row's fix is left alone by Undo, with the reason", async () => {
    const { standIn, service } = await sample();
    const fixes = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const fixed = planFixes(await service.check()).filter((change) => change.sheet === "Incidents");
    await fixes.apply(fixed);
    const victim = fixed[0];
    standIn.moveRows("Incidents", victim.row, -1);
    await fixes.moved("Incidents", { kind: "rows", at: victim.row, count: -1 });
    const undone = await fixes.undoLast();
    expect(undone?.skipped.map((s) => s.why)).toContain("its row or column was deleted after the fix");
    expect(undone?.applied.length).toBe(fixed.filter((change) => change.row !== victim.row).length);
  });

  test("an edit of a whole column is read only as far as the sheet's data reaches", async () => {
    const { standIn, service } = await sample();
    await service.check();
    const block = await new ExcelLiveSource().readCells("Incidents", "D:D", service.extent("Incidents"));
    expect(block.values.length).toBe(standIn.sheet("Incidents").usedArea()!.rowCount);
    expect(Math.max(...standIn.counts.responseBytes)).toBeLessThan(1024 * 1024);
    const row = await new ExcelLiveSource().readCells("Incidents", "12:12", service.extent("Incidents"));
    expect(row.values[0].length).toBe(standIn.sheet("Incidents").usedArea()!.columnCount);
  });
});

describe("8. buttons pressed while a cell is being edited", () => {
  test("the request waits for the edit to end instead of failing", async () => {
    const { standIn, service } = await sample();
    standIn.startCellEdit();
    let done = false;
    const checked = service.check().then((result) => {
      done = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false);
    standIn.endCellEdit();
    expect((await checked).summary.rows.incidents).toBe(23);
    expect(standIn.counts.delayedForCellEdit).toBeGreaterThan(0);
  });

  test("stopping the watch on the sheets waits for the edit too", async () => {
    const { standIn } = await sample();
    const stop = await new ExcelLiveSource().watch(["Incidents"], () => undefined);
    expect(standIn.eventTargets.size).toBe(1);
    standIn.startCellEdit();
    const stopped = stop();
    await new Promise((resolve) => setTimeout(resolve, 20));
    standIn.endCellEdit();
    await stopped;
    expect(standIn.eventTargets.size).toBe(0);
  });

  test("an Excel without DelayForCellEdit fails the request with a sentence that says what to do", async () => {
    const { standIn, service } = await sample({ delayForCellEdit: false });
    standIn.startCellEdit();
    const failure = await service.check().catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(describeExcelError(failure)).toMatch(/Press Enter or Esc/);
  });
});

describe("9. flags follow Apply and Undo", () => {
  test("after a fix and a re-check, a fixed cell loses its flag and gets back what it had; Undo brings the flag back", async () => {
    const { standIn, service } = await sample({ notesApi: true });
    const flags = new ExcelFlagWriter({ annotations: "notes" });
    const fixes = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const first = await service.check();
    await flags.flag(first.issues);
    const changes = planFixes(first);
    const { row, column, sheet } = changes[0];
    const flaggedColor = standIn.sheet(sheet).fill(row - 1, column - 1);
    expect(flaggedColor).not.toBe("#FFFFFF");
    await fixes.apply(changes);
    await flags.update((await service.check()).issues);
    expect(standIn.sheet(sheet).fill(row - 1, column - 1)).toBe("#FFFFFF");
    expect(standIn.sheet(sheet).notes.has(changes[0].address)).toBe(false);
    await fixes.undoLast();
    await flags.update((await service.check()).issues);
    expect(standIn.sheet(sheet).fill(row - 1, column - 1)).toBe(flaggedColor);
  });
});
