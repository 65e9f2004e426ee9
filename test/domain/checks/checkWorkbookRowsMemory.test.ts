import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { checkWorkbookRows } from "../../../src/domain/checks/checkWorkbookRows";
import { gatherSheet } from "../../../src/domain/sheetStream";
import { streamedWorkbook } from "../../support/streamedIncidents";
import { measureRetainedHeap } from "../../support/streamedCheckMemory";
import { TODAY } from "../../support/rows";

/**
 * The streamed check holds what its cross-row checks need (each ID's first row, the recurring
 * event keys, the findings), not the rows: measured as the heap that stays reachable while a
 * 200,000-row sheet made on the fly streams through the check pass, after a full collection.
 * A check that kept its typed rows (about 1.5 kB each with their cells) would keep 300 MB.
 * The heap is measured in a Node process of its own (see `streamedCheckMemory.ts`: the built
 * check, at Node's own speed, on a heap with no other test's garbage).
 */
const ROWS = 200_000;
/** What each row may leave behind: its ID in the duplicate-ID table (≈ 40 bytes), its share of the findings (one row in sixteen has one, ≈ 500 bytes each) and of the first pass's key counts (≈ 10 bytes). */
const BYTES_PER_ROW = 300;

test("the check pass over 200,000 rows made on the fly keeps a few hundred bytes a row at most, not the rows", async () => {
  const measured = measureRetainedHeap(ROWS, 50_000);
  const heapAt = new Map(measured.at);
  const { before } = measured;
  expect(measured.rows).toBe(ROWS);
  expect([...heapAt.keys()]).toEqual([50_000, 100_000, 150_000, 200_000]);
  // What the check holds, just before its last row, over every row it has taken.
  const perRow = (Math.max(...heapAt.values()) - before) / ROWS;
  process.stdout.write(`streamed check: ${perRow.toFixed(0)} bytes retained per row at most (heap over the check's start at rows ${[...heapAt].map(([n, bytes]) => `${n / 1000}k: ${((bytes - before) / 1048576).toFixed(1)} MB`).join(", ")}; ${measured.findings} findings)\n`);
  expect(perRow).toBeLessThan(BYTES_PER_ROW);
  // The heap before the check may hold another test's garbage that a later collection frees (seen in CI: 35 MB),
  // so the growth that must stay small, and must be there at all (the probe measures something: the ID map and
  // the findings grow), is also measured inside the check pass, from its 50,000th row to its last.
  const marginal = (heapAt.get(200_000)! - heapAt.get(50_000)!) / 150_000;
  expect(marginal).toBeLessThan(BYTES_PER_ROW);
  expect(marginal).toBeGreaterThan(0);
}, 600_000);

test("the streamed source is what the in-memory check sees: the same findings on its gathered rows", async () => {
  const source = streamedWorkbook(20_000, { batchSize: 333 });
  const whole = checkWorkbook({ sheets: [await gatherSheet(source.sheets[0])] }, { today: TODAY });
  expect(whole.summary.byCode["duplicate-row"]).toBeGreaterThan(0);
  expect(await checkWorkbookRows(source, { today: TODAY })).toEqual({ issues: whole.issues, summary: whole.summary });
}, 300_000);

/**
 * A sheet without actor 2 columns may be in ACLED's monadic form, which only all its IDs can
 * tell: until the last row its check keeps of every row the fields the monadic checks read.
 * What each row may keep: its ID (shared with the duplicate-ID map), its event fields as
 * references into a pool of the sheet's values (dates, places, types repeat), its actor and
 * interaction, the two cells a monadic finding quotes, and its share of the findings.
 */
const MONADIC_BYTES_PER_ROW = 800;

/** Half the rows of the test above: what a row keeps here is several times more, and measured as well on fewer. */
const MONADIC_ROWS = 100_000;

test("a sheet that may be monadic keeps a few hundred bytes a row until its last, not its typed rows", async () => {
  // After a small check of the same shape, as this test ran after others in one process: the check's one-time indexes are not the rows'.
  const measured = measureRetainedHeap(MONADIC_ROWS, 25_000, { withoutActor2: true, warmUp: 2000 });
  const heapAt = new Map(measured.at);
  const { before } = measured;
  expect(measured.rows).toBe(MONADIC_ROWS);
  const perRow = (Math.max(...heapAt.values()) - before) / MONADIC_ROWS;
  const marginal = (heapAt.get(100_000)! - heapAt.get(25_000)!) / 75_000;
  process.stdout.write(`streamed check, a sheet that may be monadic: ${perRow.toFixed(0)} bytes retained per row at most, ${marginal.toFixed(0)} from the 25,000th row on\n`);
  expect(perRow).toBeLessThan(MONADIC_BYTES_PER_ROW);
  expect(marginal).toBeLessThan(MONADIC_BYTES_PER_ROW);
  // The rows are kept (the form is told only by all the IDs): the probe measures them.
  expect(marginal).toBeGreaterThan(100);
}, 600_000);

test("a sheet that may be monadic, streamed, is what the in-memory check sees", async () => {
  const source = streamedWorkbook(20_000, { batchSize: 333, withoutActor2: true });
  const whole = checkWorkbook({ sheets: [await gatherSheet(source.sheets[0])] }, { today: TODAY });
  expect(await checkWorkbookRows(source, { today: TODAY })).toEqual({ issues: whole.issues, summary: whole.summary });
}, 300_000);
