import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { planFixes } from "../../src/domain/fixes/fixPlan";
import { describeExcelError } from "../../src/excel/excelErrors";
import { ExcelFixWriter, FixInterrupted } from "../../src/excel/excelFixes";
import { LOG_SHEET } from "../../src/domain/fixes/curationLog";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { CheckService } from "../../src/services/checkService";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { TODAY } from "../support/rows";

/**
 * Excel failing in the middle of a fix: after each fault, every cell holds its old or its new
 * value, the Curation log lists exactly the cells that changed, the message is plain, and a
 * retry (check again, fix again) completes the work.
 */
const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");
let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

describe.each(["GeneralException", "RequestPayloadSizeLimitExceeded", "InvalidOperation"])("a %s half-way through the writes", (code) => {
  test.each([1, 2, 3])("after %i operations of the write request", async (afterOperations) => {
    const standIn = new ExcelStandIn(standInSheetsOf((await readWorkbookFile(SAMPLE)).sheets));
    uninstall = standIn.install();
    const service = new CheckService(new ExcelWorkbookSource(), () => TODAY);
    const changes = planFixes(await service.check());
    const syncsBefore = standIn.counts.syncs;
    // The apply reads (sync 1), then writes its runs (sync 2): fail inside the write request.
    standIn.fault = { sync: syncsBefore + 2, afterOperations, code };
    const writer = new ExcelFixWriter(() => new Date("2026-11-25T12:00:00Z"));
    const failure = await writer.apply(changes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FixInterrupted);
    const { report } = failure as FixInterrupted;

    const holds = (change: (typeof changes)[number]) => {
      const match = /^([A-Z]+)(\d+)$/.exec(change.address)!;
      return standIn.cell(change.sheet, Number(match[2]) - 1, match[1].charCodeAt(0) - 65);
    };
    for (const change of changes) expect([change.old, change.new]).toContain(holds(change));
    const changed = changes.filter((c) => holds(c) === c.new).map((c) => `${c.sheet}!${c.address}`);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.length).toBeLessThan(changes.length);
    const logged = standIn.sheet(LOG_SHEET).values.filter((row) => row[2] === "fix").map((row) => `${row[3]}!${row[4]}`);
    expect(logged.sort()).toEqual(changed.sort());
    expect(report.applied).toHaveLength(changed.length);
    expect(describeExcelError(failure)).toMatch(new RegExp(`^The fix stopped part-way: .* ${changed.length} of ${changes.length} cells were changed`));

    // Retry: check again, fix again: every name is fixed, each once in the log.
    const rest = planFixes(await service.check());
    expect(rest).toHaveLength(changes.length - changed.length);
    await writer.apply(rest);
    expect(planFixes(await service.check())).toEqual([]);
    expect(standIn.sheet(LOG_SHEET).values.filter((row) => row[2] === "fix")).toHaveLength(changes.length);
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

describe("flags when Excel fails part-way", () => {
  async function flaggedSetUp() {
    const workbook = await readWorkbookFile(SAMPLE);
    const standIn = new ExcelStandIn(standInSheetsOf(workbook.sheets));
    uninstall = standIn.install();
    standIn.sheet("Incidents").setFill(11, 3, "#00B050");
    standIn.sheet("Incidents").notes.set("D12", "the user's own note");
    const snapshot = () => JSON.stringify(["Incidents", "Weapons"].map((name) => [[...standIn.sheet(name).fills].sort(), [...standIn.sheet(name).notes].sort(), standIn.sheet(name).values]));
    const issues = (await new CheckService(new ExcelWorkbookSource(), () => TODAY).check()).issues;
    return { standIn, snapshot, before: snapshot(), issues };
  }

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
