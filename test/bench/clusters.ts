import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { clusterValues } from "../../src/domain/clusters/clusterValues";
import { distinctValues } from "../../src/domain/clusters/distinctValues";
import { fingerprintKeyer } from "../../src/domain/names/keyers/fingerprint";
import { WorkbookGrid } from "../../src/domain/sheetGrid";
import { forgetTextMemos } from "../../src/domain/text/textMemos";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";
import { bestMs } from "./names";
import { openRefineBinning, openRefineKnn, secondStringLevenshtein } from "./openRefineClusterer";
import { log, record } from "./summary";

const REAL = realAcledDir(process.cwd());

/** A run with every text memory forgotten (folded, cleaned, keyed texts): nothing of an earlier run is remembered. */
function fresh(work: () => unknown): void {
  forgetTextMemos();
  work();
}

/** The distinct actor strings of the real exports, each with the first country it is written for. */
function realActors(): { name: string; country: string }[] {
  const seen = new Map<string, string>();
  for (const file of REAL_ACLED_FILES) {
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(REAL, file), "utf8"), { header: true, skipEmptyLines: true }).data;
    for (const row of rows) {
      for (const column of ["actor1", "actor2", "assoc_actor_1", "assoc_actor_2"]) {
        for (const part of (row[column] ?? "").split(";")) {
          const name = part.trim();
          if (name && name !== "NA" && !seen.has(name)) seen.set(name, row.country ?? "");
        }
      }
    }
  }
  return [...seen].map(([name, country]) => ({ name, country }));
}

/** A curator's slips: case, a letter dropped or doubled, two letters swapped, punctuation changed. */
const VARIANTS: ((text: string, at: number) => string)[] = [
  (text) => text.toLowerCase(),
  (text) => text.toUpperCase(),
  (text, at) => text.slice(0, at) + text.slice(at + 1),
  (text, at) => text.slice(0, at) + text[at] + text.slice(at),
  (text, at) => (at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text),
  (text) => text.replace(/[-:]/g, " ").replace(/\s+/g, " "),
  (text) => text.replace(/e/, "é"),
];

/**
 * An incident sheet of `rows` rows whose actor 1 and actor 2 are drawn from the real distinct
 * strings (the frequent ones often, as in real sheets), one cell in six a variant; each string
 * has at most three variants, so the distinct values stay a few thousand whatever the rows.
 */
function syntheticSheet(actors: { name: string; country: string }[], rows: number): { grid: WorkbookGrid; cells: string[] } {
  let state = 20261201;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const draw = () => {
    const actor = actors[Math.floor(actors.length * next() * next())];
    if (next() >= 1 / 6) return actor;
    const variant = Math.floor(next() * 3);
    const hash = [...actor.name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) & 0xffff, variant);
    return { name: VARIANTS[hash % VARIANTS.length](actor.name, hash % Math.max(1, actor.name.length)), country: actor.country };
  };
  const values: string[][] = [["event_id_cnty", "event_date", "country", "location", "actor1", "actor2"]];
  const cells: string[] = [];
  for (let row = 0; row < rows; row++) {
    const one = draw();
    const two = draw();
    values.push([`SYN${row}`, "2024-01-01", one.country, "", one.name, two.name]);
    cells.push(one.name, two.name);
  }
  return { grid: { sheets: [{ name: "Incidents", values }] }, cells };
}

/**
 * Clusters of a sheet's actor columns beside OpenRefine's own method (a faithful port, in
 * openRefineClusterer.ts) on the same cells: key collision against OpenRefine's fingerprint
 * binning, nearest neighbours (Levenshtein, radius 1, blocks of 6) against its kNN clusterer.
 * Ours counts the distinct values first and clusters those, one country at a time, with the
 * safeguards; OpenRefine keys every cell and compares across the whole column.
 */
export function clustersTable(): void {
  log("\n== clusters: actor 1 and actor 2 of N rows drawn from the real distinct strings with variants, beside OpenRefine's method (port) ==");
  if (!realAcledPresent(REAL)) {
    log(`skipped: the real exports are not at ${REAL}`);
    return;
  }
  const actors = realActors();
  log(["N", "cells", "distinct", "method", "ours ms", "clusters", "OpenRefine ms", "clusters", "ratio"].join("\t"));
  for (const rows of [10_000, 100_000]) {
    const { grid, cells } = syntheticSheet(actors, rows);
    const size = rows.toLocaleString("en");
    const distinct = distinctValues(grid, "actor");
    if (rows === 100_000) {
      // The clustering alone, on the distinct values already counted: what grows with them, not the rows.
      const keyMs = bestMs(5, () => fresh(() => clusterValues(distinct, { kind: "actor", method: "key" })));
      const knnMs = bestMs(3, () => fresh(() => clusterValues(distinct, { kind: "actor", method: "knn" })));
      const ppmMs = bestMs(1, () => fresh(() => clusterValues(distinct, { kind: "actor", method: "knn", distance: "ppm" })));
      const texts = distinct.map((value) => value.value);
      const binningMs = bestMs(5, () => fresh(() => openRefineBinning(texts, fingerprintKeyer)));
      const distinctSize = distinct.length.toLocaleString("en");
      record({ step: "clusters", size: size, measure: `key collision, the ${distinctSize} distinct values alone`, ours: keyMs, unit: "ms", baseline: "OpenRefine binning, one cell each", baselineValue: binningMs });
      record({ step: "clusters", size: size, measure: `nearest neighbours, the ${distinctSize} distinct values alone`, ours: knnMs, unit: "ms", baseline: "our key collision on them", baselineValue: keyMs });
      record({ step: "clusters", size: size, measure: `nearest neighbours (ppm), the ${distinctSize} distinct values alone`, ours: ppmMs, unit: "ms", baseline: "our levenshtein on them", baselineValue: knnMs });
      log(`distinct values alone (${distinctSize}): key ${keyMs.toFixed(1)} ms (OpenRefine binning ${binningMs.toFixed(1)} ms), knn ${knnMs.toFixed(1)} ms, knn ppm ${ppmMs.toFixed(1)} ms`);
    }
    for (const method of ["key", "knn"] as const) {
      let ours = 0;
      const oursMs = bestMs(3, () => {
        forgetTextMemos();
        ours = clusterValues(distinctValues(grid, "actor"), { kind: "actor", method }).clusters.length;
      });
      let theirs = 0;
      const theirsMs = bestMs(method === "key" ? 3 : 1, () => {
        forgetTextMemos();
        theirs = (method === "key" ? openRefineBinning(cells, fingerprintKeyer) : openRefineKnn(cells, secondStringLevenshtein, 1, 6)).length;
      });
      const measure = method === "key" ? "key collision" : "nearest neighbours (levenshtein)";
      record({ step: "clusters", size, measure: `${measure}, ${cells.length.toLocaleString("en")} cells`, ours: oursMs, unit: "ms", baseline: method === "key" ? "OpenRefine fingerprint binning (port)" : "OpenRefine kNN, blocking 6 (port)", baselineValue: theirsMs });
      log([size, cells.length, distinct.length, method, oursMs.toFixed(1), ours, theirsMs.toFixed(1), theirs, `${(oursMs / theirsMs).toFixed(2)}×`].join("\t"));
    }
  }
  log("ours ms: distinct values counted from the grid, then clustered (no dictionary lookups), best of 3, text memories forgotten before each run;");
  log("OpenRefine: the port on the same cells (kNN: one run, it takes a minute).");
  log("cluster counts differ by design: ours clusters (value, country), joins on three keys (fingerprint, transliteration, words run together),");
  log("makes connected groups rather than OpenRefine's overlapping neighbour sets, and its safeguards split groups (digits, short words).");
}
