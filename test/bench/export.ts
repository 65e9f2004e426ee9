import { stringify } from "csv-stringify/sync";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { exportSheet, exportSheetCsv } from "../../src/domain/export/exportSheet";
import { generateWorkbook } from "../support/generateWorkbook";
import { log, record } from "./summary";

/**
 * Export speed: ours (typed cells, neutralisation, quoting) against csv-stringify writing
 * the same already-typed rows, in the same run; memory against the output's size.
 */
export function exportTable(): void {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  log("\n== export: incident rows to CSV ==");
  log(["rows", "ours ms", "csv-stringify ms", "ratio", "output MB", "live peak MB", "peak/output"].join("\t"));
  for (const size of [10_000, 50_000, 100_000]) {
    const result = checkWorkbook(generateWorkbook(size, 10), { today: "2026-11-25" });
    const sheet = result.incidents!;
    // The peer gets the rows already typed, as csv-stringify's users would hand them over.
    const typedRows = exportSheet(sheet).rows;
    const time = (work: () => string) => {
      let best = Infinity;
      let text = "";
      for (let run = 0; run < 3; run++) {
        const start = process.hrtime.bigint();
        text = work();
        best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
      }
      return { ms: best, text };
    };
    const peer = time(() => stringify(typedRows, { record_delimiter: "\r\n" }));
    const ours = time(() => exportSheetCsv(sheet).text);
    // Live memory: collected at every piece, the most the export holds at once above what was there before.
    gc();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const measured = exportSheetCsv(sheet, {}, () => {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    });
    gc();
    peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    void measured.text.length;
    const outputMB = Buffer.byteLength(ours.text) / 1048576;
    record({ step: "export", size: size.toLocaleString("en"), measure: "time, rows to CSV", ours: ours.ms, unit: "ms", baseline: "csv-stringify, rows typed", baselineValue: peer.ms });
    record({ step: "export", size: size.toLocaleString("en"), measure: "live memory at peak", ours: peak / 1048576, unit: "MB", baseline: "the CSV text itself", baselineValue: outputMB });
    log([size, ours.ms.toFixed(0), peer.ms.toFixed(0), `${(ours.ms / peer.ms).toFixed(2)}×`, outputMB.toFixed(1), (peak / 1048576).toFixed(1), (peak / 1048576 / outputMB).toFixed(2)].join("\t"));
  }
  log("ours: from checked rows to the CSV text (typing, neutralisation, quoting); csv-stringify: quoting only, rows already typed. live peak: heap in use (collected) at each 2,000-row piece and at the end, above before the export; the output is held once as pieces and once joined.");
}
