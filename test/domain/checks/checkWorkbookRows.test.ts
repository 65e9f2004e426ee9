import fc from "fast-check";
import { join } from "node:path";
import { readWorkbookFile } from "../../../src/cli/io/readWorkbookFile";
import { checkWorkbook, CheckOptions } from "../../../src/domain/checks/checkWorkbook";
import { checkWorkbookRows } from "../../../src/domain/checks/checkWorkbookRows";
import { CellValue } from "../../../src/domain/cells/cellValue";
import { SheetGrid, WorkbookGrid } from "../../../src/domain/sheetGrid";
import { corpusWorkbook } from "../../support/checkCorpus";
import { generateWorkbook } from "../../support/generateWorkbook";
import { workbookRowSource } from "../../support/gridRowSource";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../support/realAcled";
import { CLEAN_INCIDENT, gridOf, TODAY } from "../../support/rows";

/**
 * The streamed check (`checkWorkbookRows`) gives exactly what the check of the gathered grids
 * gives: the same issues in the same order, and the same summary, whatever the batches.
 */
const BATCHES = [1, 7, 2000];
const RUNS = Number(process.env.FC_RUNS ?? 100);
/** Generous: the machine the suite runs on may be shared. */
const SLOW = 600_000;
const SEED = Number(process.env.FC_SEED ?? 20261201);

/** `whole`: the check of the gathered grids, when several batch sizes are compared with it (it reads the grids only). */
async function expectSame(grid: WorkbookGrid, options: CheckOptions, batchSize: number, gaps = false, whole = checkWorkbook(grid, options)): Promise<void> {
  const source = workbookRowSource(grid, batchSize, { gaps });
  const streamed = await checkWorkbookRows(source, options);
  expect(streamed).toEqual({ issues: whole.issues, summary: whole.summary });
  // No sheet is read more than twice: a first pass and the check pass.
  for (const sheet of source.sheets) expect(sheet.reads).toBeLessThanOrEqual(2);
}

test.each(BATCHES)("random small workbooks, in batches of %i rows", async (batchSize) => {
  await fc.assert(
    fc.asyncProperty(corpusWorkbook, fc.boolean(), async ({ grid, singleSheet }, gaps) => {
      await expectSame(grid, { today: TODAY, singleSheet }, batchSize, gaps);
    }),
    { numRuns: RUNS, seed: SEED + batchSize },
  );
}, SLOW);

test("the random workbooks reach every sheet-wide rule (else the equality above proves little)", () => {
  const codes = new Set<string>();
  for (const { grid, singleSheet } of fc.sample(corpusWorkbook, { numRuns: RUNS, seed: SEED + 1 })) {
    for (const issue of checkWorkbook(grid, { today: TODAY, singleSheet }).issues) codes.add(issue.code);
  }
  for (const code of ["duplicate-id", "duplicate-row", "monadic-layout", "blank-row", "repeated-header", "units-row", "legacy-taxonomy", "na-placeholder", "hidden-rows", "foreign-key", "unknown-name", "non-canonical", "missing-sheet", "empty-sheet", "weapon-mismatch"]) {
    expect([code, codes.has(code)]).toEqual([code, true]);
  }
});

/** Each generated workbook and its whole-grid check, made once for the three batch sizes. */
const generated = new Map<number, { grid: WorkbookGrid; whole: ReturnType<typeof checkWorkbook> }>();
const generatedOnce = (seed: number) => {
  if (!generated.has(seed)) {
    const grid = generateWorkbook(1500, 1000, seed);
    generated.set(seed, { grid, whole: checkWorkbook(grid, { today: TODAY }) });
  }
  return generated.get(seed)!;
};

test.each(BATCHES)("generated workbooks with their mistakes, in batches of %i rows", async (batchSize) => {
  for (const seed of [1, 2]) {
    const { grid, whole } = generatedOnce(seed);
    await expectSame(grid, { today: TODAY }, batchSize, false, whole);
  }
}, SLOW);

test("a monadic sheet whose pairs are far apart, an event's two rows on either side of other events", async () => {
  const row = (id: string, actor1: string, inter1: string, location: string) => {
    const all: Record<string, CellValue> = { ...CLEAN_INCIDENT, incident_id: id, actor1, inter1, location, interaction: 12 };
    const { actor2: _a, inter2: _b, ...rest } = all;
    return rest;
  };
  const firsts = ["Djibo", "Dori", "Kaya", "Arbinda"].map((place, i) => row(`M${i}`, "Islamic State Sahel Province", "Rebel group", place));
  const seconds = ["Djibo", "Dori", "Kaya", "Arbinda"].map((place, i) => row(`M${i}`, "Military Forces of Burkina Faso", "State forces", place));
  const grid: WorkbookGrid = { sheets: [{ name: "Incidents", values: gridOf([...firsts, ...seconds, { ...firsts[1], incident_id: "M9" }, firsts[2]]) }] };
  expect(checkWorkbook(grid, { today: TODAY }).issues.map((issue) => issue.code)).toEqual(expect.arrayContaining(["monadic-layout", "duplicate-id"]));
  for (const batchSize of BATCHES) await expectSame(grid, { today: TODAY }, batchSize);
});

test("a sheet that starts below row 1 and right of column A, read as a source from column C", async () => {
  const values = gridOf([CLEAN_INCIDENT, { ...CLEAN_INCIDENT, incident_id: "BFA1002" }, CLEAN_INCIDENT]);
  const grid: SheetGrid = { name: "Incidents", values: [["A title"], [], ...values], startColumn: 3, hiddenRows: [4] };
  for (const batchSize of BATCHES) await expectSame({ sheets: [grid] }, { today: TODAY }, batchSize);
});

test("a CSV's decoding findings quote the damaged cells, also on a sheet that is not checked", async () => {
  const incidents: SheetGrid = { name: "Incidents", values: gridOf([{ ...CLEAN_INCIDENT, notes: "Caf\ufffd" }]), decoding: { encoding: "utf-8", damagedCells: [{ row: 2, column: 16, count: 1 }] } };
  const other: SheetGrid = { name: "Other", values: [["x"], ["\ufffdy", "é"]], decoding: { encoding: "windows-1252", damagedCells: [{ row: 2, column: 1, count: 1 }], notUtf8: 3, utf8: 1, firstNonAscii: { row: 2, column: 2 } } };
  const grid = { sheets: [other, incidents] };
  expect(checkWorkbook(grid, { today: TODAY }).issues.filter((issue) => issue.code === "bad-encoding").map((issue) => issue.value)).toEqual(["\ufffdy", "Caf\ufffd"]);
  for (const batchSize of BATCHES) await expectSame(grid, { today: TODAY }, batchSize);
});

const REAL = realAcledDir(join(__dirname, "../../.."));
const present = realAcledPresent(REAL);
if (!present) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}; the streamed check was not compared on real rows.`);
(present ? test.each : test.skip.each)([...REAL_ACLED_FILES])("%s, streamed in batches of 7 and 2,000 rows", async (file) => {
  const grid = await readWorkbookFile(join(REAL, file));
  const options: CheckOptions = { today: "2026-12-01", singleSheet: true };
  const whole = checkWorkbook(grid, options);
  for (const batchSize of [7, 2000]) await expectSame(grid, options, batchSize, false, whole);
}, SLOW);
