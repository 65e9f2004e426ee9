import { join } from "node:path";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { WorkbookGrid } from "../../src/domain/sheetGrid";
import { generateWorkbook } from "../support/generateWorkbook";
import { bestMs } from "./names";
import { log, record } from "./summary";

/** The real ACLED exports beside the project (../shared/real-acled), read there, never copied. */
const REAL = realAcledDir(process.cwd());
const FILES = REAL_ACLED_FILES;
const TODAY = "2026-12-01";

/**
 * The check on real ACLED exports: rows per second beside the synthetic sheet of the same
 * number of incident rows (measured in the same run), and error + warning findings per 100
 * rows (genuine ones apart: acledR's misspelt disorder type, 4,978 cells).
 */
export async function realAcledTable(): Promise<void> {
  log("\n== check on the real ACLED exports (../shared/real-acled) beside a synthetic sheet of as many rows ==");
  if (!realAcledPresent(REAL)) {
    log(`skipped: the real exports are not at ${REAL}`);
    return;
  }
  log(["file", "rows", "check ms", "rows/s", "synthetic rows/s", "ratio", "errors+warnings /100 rows", "besides genuine /100", "info /100"].join("\t"));
  for (const file of FILES) {
    const workbook: WorkbookGrid = await readWorkbookFile(join(REAL, file));
    const result = checkWorkbook(workbook, { today: TODAY, singleSheet: true });
    const rows = result.summary.rows.incidents;
    const ms = bestMs(3, () => checkWorkbook(workbook, { today: TODAY, singleSheet: true }));
    const synthetic = generateWorkbook(rows, 0);
    const syntheticMs = bestMs(3, () => checkWorkbook(synthetic, { today: TODAY }));
    const loud = result.issues.filter((issue) => issue.severity !== "info");
    const genuine = loud.filter((issue) => issue.code === "enum" && issue.field === "disorder_type" && issue.value === "Demostrations").length;
    const per100 = (n: number) => ((100 * n) / rows).toFixed(2);
    record({ step: "check, real ACLED", size: file, measure: "time", ours: ms, unit: "ms", baseline: "synthetic sheet, same rows", baselineValue: syntheticMs });
    record({ step: "check, real ACLED", size: file, measure: "noise per 10,000 rows", ours: (10_000 * (loud.length - genuine)) / rows, unit: "", baseline: "the tests' limit (5 per 100)", baselineValue: 500 });
    log([file, rows, ms.toFixed(0), Math.round(rows / (ms / 1000)).toLocaleString("en"), Math.round(rows / (syntheticMs / 1000)).toLocaleString("en"), `${(ms / syntheticMs).toFixed(2)}×`, per100(loud.length), per100(loud.length - genuine), per100(result.issues.length - loud.length)].join("\t"));
  }
  log("ratio: real-file check time / synthetic sheet of as many incident rows (no weapon sheet), same process. Findings: see test/domain/checks/realAcled.test.ts for what counts as genuine.");
}
