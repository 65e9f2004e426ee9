import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { CellValue } from "../../src/domain/cells/cellValue";
import { WorkbookGrid } from "../../src/domain/sheetGrid";
import { generateWorkbook } from "../support/generateWorkbook";

/**
 * `npm run bench`: the engine's speed and memory, printed as ratios against a baseline
 * measured in the same run (a plain loop that visits every cell once), never asserted.
 */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const heap = () => process.memoryUsage().heapUsed;
const MB = (bytes: number) => (bytes / 1048576).toFixed(1);

function plainLoop(workbook: WorkbookGrid): number {
  let visited = 0;
  for (const sheet of workbook.sheets) {
    for (const row of sheet.values) {
      for (let c = 0; c < row.length; c++) {
        const cell: CellValue = row[c];
        if (cell !== "" && cell !== null) visited++;
      }
    }
  }
  return visited;
}

function best<T>(runs: number, work: () => T): { ms: number; result: T } {
  let ms = Infinity;
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    result = work();
    ms = Math.min(ms, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { ms, result };
}

function checkTable(): void {
  const today = "2026-11-25";
  console.log("\n== check: incident + weapon sheets, N incident rows and N weapon rows ==");
  console.log(["rows", "check ms", "rows/s", "plain loop ms", "ratio", "µs/row", "values MB", "heap after check MB", "retained MB", "retained/values"].join("\t"));
  checkWorkbook(generateWorkbook(5000, 5000), { today }); // warm-up
  for (const size of [10_000, 50_000, 100_000]) {
    gc();
    const empty = heap();
    const workbook = generateWorkbook(size, size);
    gc();
    const values = heap() - empty;
    const loop = best(5, () => plainLoop(workbook));
    const engine = best(size >= 100_000 ? 3 : 5, () => checkWorkbook(workbook, { today }));
    // Memory: one more check, measured from a collected heap.
    gc();
    const before = heap();
    let result: ReturnType<typeof checkWorkbook> | null = checkWorkbook(workbook, { today });
    const after = heap() - before;
    gc();
    const retained = heap() - before;
    const rows = result.summary.rows.incidents + result.summary.rows.weapons;
    result = null;
    console.log(
      [rows, engine.ms.toFixed(0), Math.round(rows / (engine.ms / 1000)).toLocaleString("en"), loop.ms.toFixed(1), `${(engine.ms / loop.ms).toFixed(0)}×`, ((engine.ms * 1000) / rows).toFixed(2), MB(values), MB(after), MB(retained), (retained / values).toFixed(2)].join("\t"),
    );
  }
  console.log("check ms: best of several runs. ratio: check time / time of a loop that only visits every cell once, same workbook, same run.");
  console.log("values MB: heap taken by the workbook's cell values; heap after check: heap in use right after a check, garbage included; retained: what the result keeps (typed rows and issues) after collection.");
  console.log("µs/row staying flat from 10k to 100k rows is the linear growth the engine promises.");
}

checkTable();
