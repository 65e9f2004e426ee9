/**
 * The benchmark's one table: every figure of the project in one run, each beside its peer or
 * baseline measured in the same run, with the ratio. The per-part tables with more columns
 * are printed too with `npm run bench -- --detail`.
 */
export interface Figure {
  step: string;
  size: string;
  measure: string;
  ours: number;
  unit: string;
  baseline: string;
  baselineValue: number;
}

const figures: Figure[] = [];
export const detail = process.argv.includes("--detail");

/** Prints only with --detail: the per-part tables. */
export function log(...parts: unknown[]): void {
  if (detail) console.log(...parts);
}

export function record(figure: Figure): void {
  // "The same at 10,000": a figure that should stay flat, against its own value at the smallest size.
  if (figure.baseline === "the same at 10,000") {
    const first = figures.find((f) => f.step === figure.step && f.measure === figure.measure && f.size === "10,000");
    figure.baselineValue = first ? first.ours : figure.ours;
  }
  figures.push(figure);
}

const format = (value: number, unit: string) => {
  if (unit === "%") return `${value.toFixed(1)}%`;
  if (unit === "µs") return `${value.toFixed(2)} µs`;
  if (unit === "ms") return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
  if (unit === "MB" || unit === "KB") return `${value.toFixed(1)} ${unit}`;
  return `${Math.round(value).toLocaleString("en")}${unit ? ` ${unit}` : ""}`;
};

export function printSummary(): void {
  const rows = [["step", "N", "measure", "ours", "baseline or peer (same run)", "baseline", "ratio"]];
  for (const f of figures) {
    const ratio = f.baselineValue === 0 ? "–" : `${(f.ours / f.baselineValue).toFixed(f.ours / f.baselineValue >= 10 ? 0 : 2)}×`;
    rows.push([f.step, f.size, f.measure, format(f.ours, f.unit), f.baseline, format(f.baselineValue, f.unit), ratio]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  console.log("\n== Incident Curator: every figure, one run ==");
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, c) => (c >= 3 && c !== 4 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  "));
    if (index === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  }
  console.log(`
N: incident rows (and as many weapon rows where both sheets take part). ratio: ours / baseline.
check: best of several runs; baseline a loop that only visits every cell once (the floor any
checker pays); µs per row against its own value at 10,000 (flat = linear); memory: what the
result retains after collection, against the cell values' heap.
normalise: every name cell of N rows (actor 1, actor 2, weapon) drawn from 2,000 distinct names;
baseline OpenRefine's fingerprint key computed per cell (what a key-collision clean-up costs).
names: each labelled set (tuning; independent phrasings; real ACLED actor strings); peers fuse.js
(default) and fingerprint collision, same dictionary; new names per second over a set's first 800.
read, flag, clear, fix, undo: Excel traffic on the stand-in (what a real Excel would be asked).
syncs against the floor the payload allows (its bytes over Excel on the web's 5 MB per request);
calls against a naive add-in's one call per cell; payload per sync is the mean request size.
export: incident rows to CSV; peer csv-stringify writing the same rows already typed.
check, real ACLED: the five real exports of ../shared/real-acled (N: the file), against a
synthetic sheet of as many rows; noise: error and warning findings besides genuine ones.
Per-part tables with more columns: npm run bench -- --detail.`);
}
