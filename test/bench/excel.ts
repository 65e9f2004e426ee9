import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { planFlags } from "../../src/domain/flags/flagPlan";
import { planFixes } from "../../src/domain/fixes/fixPlan";
import { ExcelFlagWriter } from "../../src/excel/excelFlags";
import { ExcelFixWriter } from "../../src/excel/excelFixes";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";
import { ExcelStandIn } from "../support/excel/standIn";
import { loadOfficeJs } from "../support/excel/host/loadOfficeJs";
import { standInSheetsOf } from "../support/excel/fromGrids";
import { generateWorkbook } from "../support/generateWorkbook";
import { log, record } from "./summary";

/**
 * The add-in's traffic with Excel, through Microsoft's own Excel library (office.js from
 * npm, Excel on the web's build) and the fake host: read, flag (fills), fix and undo, at
 * each size: requests, the add-in's calls, every action the library sent (its own
 * bookkeeping included), and request and response bytes. Time here is the host's, not
 * Excel's; the counts and bytes are what a real Excel would be sent.
 */
export async function excelTable(): Promise<void> {
  const runtime = loadOfficeJs("excel-web-16.00");
  (globalThis as { __officeJs?: unknown }).__officeJs = runtime;
  log("\n== Excel traffic (real office.js, fake host): N incident + N weapon rows ==");
  log(["N", "step", "cells/changes", "requests", "calls", "actions", "largest request KB", "largest response KB", "total request MB", "total response MB"].join("\t"));
  for (const size of [10_000, 50_000, 100_000]) {
    const grid = generateWorkbook(size, size);
    const standIn = new ExcelStandIn(standInSheetsOf(grid.sheets));
    const uninstall = standIn.install();
    try {
      const step = async (name: string, amount: number, work: () => Promise<unknown>) => {
        const before = { syncs: standIn.counts.syncs, calls: standIn.counts.calls, actions: standIn.counts.actions, requests: standIn.counts.requestBytes.length, responses: standIn.counts.responseBytes.length };
        await work();
        const requests = standIn.counts.payloadBytes.slice(before.requests);
        const sent = standIn.counts.requestBytes.slice(before.requests);
        const answered = standIn.counts.responseBytes.slice(before.responses);
        const sum = (bytes: number[]) => bytes.reduce((a, b) => a + b, 0);
        const mean = requests.length ? sum(requests) / requests.length : 0;
        const syncs = standIn.counts.syncs - before.syncs;
        const calls = standIn.counts.calls - before.calls;
        const actions = standIn.counts.actions - before.actions;
        const kb = (bytes: number) => (bytes / 1024).toFixed(0);
        const mb = (bytes: number) => (bytes / 1048576).toFixed(1);
        log([size.toLocaleString("en"), name, amount.toLocaleString("en"), syncs, calls, actions, kb(Math.max(0, ...sent)), kb(Math.max(0, ...answered)), mb(sum(sent)), mb(sum(answered))].join("\t"));
        const n = size.toLocaleString("en");
        const what = `${amount.toLocaleString("en")} ${name === "read" ? "cells" : name.startsWith("fix") || name === "undo" ? "changes" : "cells"}`;
        const total = requests.reduce((a, b) => a + b, 0);
        record({ step: name, size: n, measure: `syncs (${what})`, ours: syncs, unit: "", baseline: "floor: payload / 5 MB limit", baselineValue: Math.max(1, Math.ceil(total / (5 * 1048576))) });
        record({ step: name, size: n, measure: "calls", ours: calls, unit: "", baseline: "naive: 1 call per cell", baselineValue: amount });
        record({ step: name, size: n, measure: "payload per sync", ours: mean / 1024, unit: "KB", baseline: "Excel on the web's limit", baselineValue: 5 * 1024 });
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
  log("requests and calls follow the payload (chunks of about 2 MB, runs of cells, RangeAreas), not the number of cells; actions add the library's own (instantiations, kept references, the row chunks it splits writes of over 1,500 cells into).");
}
