import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { planFlags } from "../../src/domain/flags/flagPlan";
import { planFixes } from "../../src/domain/fixes/fixPlan";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { ExcelFixWriter } from "../../src/excel/excelFixes";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { ExcelStandIn } from "../support/excel/standIn";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * The add-in's traffic with Excel, on the stand-in: read, flag (fills), fix and undo, at
 * each size: syncs, calls and the largest request. Time here is the stand-in's, not
 * Excel's; the counts are what a real Excel would be asked.
 */
export async function excelTable(): Promise<void> {
  console.log("\n== Excel traffic (stand-in): N incident + N weapon rows ==");
  console.log(["N", "step", "cells/changes", "syncs", "calls", "largest request KB", "mean request KB"].join("\t"));
  for (const size of [10_000, 50_000, 100_000]) {
    const grid = generateWorkbook(size, size);
    const standIn = new ExcelStandIn(standInSheetsOf(grid.sheets));
    const uninstall = standIn.install();
    try {
      const step = async (name: string, amount: number, work: () => Promise<unknown>) => {
        const before = { syncs: standIn.counts.syncs, calls: standIn.counts.calls, requests: standIn.counts.payloadBytes.length };
        await work();
        const requests = standIn.counts.payloadBytes.slice(before.requests);
        const largest = Math.max(0, ...requests);
        const mean = requests.length ? requests.reduce((a, b) => a + b, 0) / requests.length : 0;
        console.log([size.toLocaleString("en"), name, amount.toLocaleString("en"), standIn.counts.syncs - before.syncs, standIn.counts.calls - before.calls, (largest / 1024).toFixed(0), (mean / 1024).toFixed(0)].join("\t"));
      };
      const cells = grid.sheets.reduce((sum, sheet) => sum + sheet.values.length * sheet.values[0].length, 0);
      let workbook = grid;
      await step("read", cells, async () => {
        workbook = await new ExcelWorkbookSource().readWorkbook();
      });
      const result = checkWorkbook(workbook, { today: "2026-11-25" });
      await step("flag (fills)", planFlags(result.issues).length, () => new ExcelFlagWriter({ annotations: "none" }).flag(result.issues));
      await step("clear flags", planFlags(result.issues).length, () => new ExcelFlagWriter({ annotations: "none" }).clear());
      const changes = planFixes(result);
      const fixes = new ExcelFixWriter();
      await step("fix", changes.length, () => fixes.apply(changes));
      await step("undo", changes.length, () => fixes.undoLast());
    } finally {
      uninstall();
    }
  }
  console.log("syncs and calls follow the payload (chunks of about 2 MB, runs of cells, RangeAreas), not the number of cells.");
}
