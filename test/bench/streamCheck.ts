import { spawnSync } from "node:child_process";
import { checkWorkbook, CheckOptions } from "../../src/domain/checks/checkWorkbook";
import { checkWorkbookRows } from "../../src/domain/checks/checkWorkbookRows";
import { gatherSheet, WorkbookRowSource } from "../../src/domain/sheetStream";
import { streamedWorkbook } from "../support/streamedIncidents";
import { log, printSummary, record } from "./summary";

/**
 * The streamed check (`checkWorkbookRows`) at sizes no grid holds: an incident source of
 * 1,048,576 rows (a full .xlsx sheet) and 3,000,000 rows (ACLED's whole data set), rows made
 * on the fly and never held, each in a fresh process so that its peak memory is its own;
 * beside the in-memory check of 100,000 rows of the same kind measured in the same run.
 * Times are CPU time (user + system) as well as wall time: on a machine shared with other
 * work, wall time says more of the neighbours than of the check.
 */
const OPTIONS: CheckOptions = { today: "2026-11-25" };

export interface StreamFigures {
  rows: number;
  issues: number;
  wallMs: number;
  cpuMs: number;
  peakRssBytes: number;
}

export const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Checks what `makeSource` gives, streamed, and measures it (for a file source: a reader's
 * `WorkbookRowSource` over the file). The peak RSS is the process's own, so run it in a
 * fresh process.
 */
export async function measureStream(makeSource: () => WorkbookRowSource, options: CheckOptions = OPTIONS): Promise<StreamFigures> {
  const source = makeSource();
  const wall = process.hrtime.bigint();
  const cpu = cpuMs();
  const { summary } = await checkWorkbookRows(source, options);
  return figuresOf(summary, wall, cpu);
}

/** A streamed check's figures, from its summary and the wall and CPU clocks read when it began. */
export function figuresOf(summary: { rows: { incidents: number; weapons: number }; errors: number; warnings: number; infos: number }, wall: bigint, cpu: number): StreamFigures {
  return {
    rows: summary.rows.incidents + summary.rows.weapons,
    issues: summary.errors + summary.warnings + summary.infos,
    wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
    cpuMs: cpuMs() - cpu,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

/** The in-memory check of the same rows, gathered first (not timed). */
async function measureWhole(size: number): Promise<StreamFigures> {
  checkWorkbook({ sheets: [await gatherSheet(streamedWorkbook(5000).sheets[0])] }, OPTIONS); // warm-up
  const grid = { sheets: [await gatherSheet(streamedWorkbook(size).sheets[0])] };
  const wall = process.hrtime.bigint();
  const cpu = cpuMs();
  const { summary } = checkWorkbook(grid, OPTIONS);
  return {
    rows: summary.rows.incidents,
    issues: summary.errors + summary.warnings + summary.infos,
    wallMs: Number(process.hrtime.bigint() - wall) / 1e6,
    cpuMs: cpuMs() - cpu,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

function child(mode: "--whole" | "--stream", size: number): StreamFigures {
  const run = spawnSync(process.execPath, ["--max-old-space-size=4096", __filename, mode, String(size)], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`streamed-check benchmark child failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as StreamFigures;
}

const perSecond = (f: StreamFigures, ms: number) => f.rows / (ms / 1000);
const MB = (bytes: number) => (bytes / 1048576).toFixed(0);

/** Returns the in-memory check's figures, the baseline of the file benchmark (fileCheck.ts). */
export function streamCheckTable(sizes: readonly number[] = [100_000, 1_048_576, 3_000_000]): StreamFigures {
  log("\n== streamed check: an incident source made on the fly, one fresh process per size; beside the in-memory check of 100,000 rows ==");
  log(["check", "rows", "findings", "wall ms", "CPU ms", "rows/s (CPU)", "vs in-memory", "peak RSS MB"].join("\t"));
  const whole = child("--whole", 100_000);
  const wholeRate = perSecond(whole, whole.cpuMs);
  const line = (name: string, f: StreamFigures) =>
    log([name, f.rows.toLocaleString("en"), f.issues.toLocaleString("en"), f.wallMs.toFixed(0), f.cpuMs.toFixed(0), Math.round(perSecond(f, f.cpuMs)).toLocaleString("en"), `${(perSecond(f, f.cpuMs) / wholeRate).toFixed(2)}×`, MB(f.peakRssBytes)].join("\t"));
  line("in memory", whole);
  for (const size of sizes) {
    const f = child("--stream", size);
    line("streamed", f);
    const n = size.toLocaleString("en");
    record({ step: "streamed check", size: n, measure: "rows/s (CPU)", ours: perSecond(f, f.cpuMs), unit: "rows/s", baseline: "in-memory check, 100,000 rows", baselineValue: wholeRate });
    record({ step: "streamed check", size: n, measure: "peak RSS", ours: f.peakRssBytes / 1048576, unit: "MB", baseline: "in-memory check, 100,000 rows", baselineValue: whole.peakRssBytes / 1048576 });
  }
  log("The source makes its rows twice (a first pass and the check pass): that is in the streamed times; the in-memory check's rows were made before its clock started.");
  log("Peak RSS: the whole process's (Node itself about 50 MB); issue 12 asks for at most 1 GB at 3,000,000 rows and 2 GB at 1,048,576.");
  return whole;
}

if (require.main === module) {
  const mode = process.argv[2];
  const size = Number(process.argv[3]);
  const measured = mode === "--whole" ? measureWhole(size) : mode === "--stream" ? measureStream(() => streamedWorkbook(size)) : undefined;
  if (!measured) {
    // `node dist/node/test/bench/streamCheck.js [--detail]` alone: this table only.
    streamCheckTable();
    printSummary();
  } else measured.then((figures) => process.stdout.write(JSON.stringify(figures)), (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
