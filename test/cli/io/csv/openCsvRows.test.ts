import { appendFileSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { BATCH_ROWS, openCsvRows } from "../../../../src/cli/io/csv/openCsvRows";
import { UnreadableCsvError } from "../../../../src/cli/io/csv/unreadableCsvError";
import { gatherSheet } from "../../../../src/domain/sheetStream";

/**
 * The streaming CSV reader as a stream: batches bounded, rows in order and all there, the
 * heap flat however many rows go by, a second pass that reads the file again, and the
 * decoding known after a pass.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-rows-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ROWS = 300_000;
const HEADER = ["event_id_cnty", "event_date", "actor1", "country", "location", "latitude", "longitude", "notes", "fatalities"];
/** Row i of the big file, as a reader must give it back. */
const rowOf = (i: number) => [`BFA${i}`, `2022-01-${String(1 + (i % 28)).padStart(2, "0")}`, "Military Forces of Burkina Faso (2022-)", "Burkina Faso", i % 7 === 0 ? "Djibo, Soum" : "Kalamba", "13.0969", "-1.0844", `On ${i}: "JNIM" attacked; l’armée riposte.\r\nهجوم`, String(i % 13)];
const lineOf = (cells: string[]) => cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(",") + "\r\n";

/** Writes the big file piece by piece (never whole in memory). */
function writeBigFile(path: string): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, lineOf(HEADER));
    for (let from = 1; from <= ROWS; from += 10_000) {
      const lines: string[] = [];
      for (let i = from; i < from + 10_000 && i <= ROWS; i++) lines.push(lineOf(rowOf(i)));
      writeSync(fd, lines.join(""));
    }
  } finally {
    closeSync(fd);
  }
}

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapAfterGc = () => {
  gc();
  return process.memoryUsage().heapUsed;
};

test(`${ROWS.toLocaleString("en-US")} rows read through rows() and let go: batches of at most ${BATCH_ROWS.toLocaleString("en-US")}, every row in order, the heap flat`, async () => {
  const path = join(dir, "big.csv");
  writeBigFile(path);
  const size = statSync(path).size;
  expect(size).toBeGreaterThan(40_000_000);
  // Nothing kept for a next pass (see the kept-pass tests below): this is what streaming holds.
  const source = await openCsvRows(path, { keepBudget: 0 });
  expect(source.name).toBe("big");

  let next = 1;
  let batches = 0;
  const heap: number[] = [];
  const sampled = new Map<number, unknown[]>();
  for await (const batch of source.rows()) {
    expect(batch.startRow).toBe(next);
    expect(batch.values.length).toBeGreaterThan(0);
    expect(batch.values.length).toBeLessThanOrEqual(BATCH_ROWS);
    for (const row of [1, 2, 7 * 1234 + 1, 150_001, ROWS + 1]) if (row >= next && row < next + batch.values.length) sampled.set(row, batch.values[row - next]);
    next += batch.values.length;
    if (++batches % 30 === 0) heap.push(heapAfterGc());
  }
  expect(next - 1).toBe(ROWS + 1);
  expect(sampled).toEqual(
    new Map<number, unknown[]>([
      [1, HEADER],
      [2, rowOf(1)],
      [7 * 1234 + 1, rowOf(7 * 1234)],
      [150_001, rowOf(150_000)],
      [ROWS + 1, rowOf(ROWS)],
    ]),
  );
  // What the reader keeps between batches is a chunk and a row, whatever has gone by: the
  // heap after a collection stays within a few MB of where it was early on (the file is
  // more than 40 MB, twice that as JavaScript strings; holding it would show).
  expect(heap.length).toBeGreaterThan(5);
  const early = heap[1];
  expect(Math.max(...heap.slice(1)) - early).toBeLessThan(16_000_000);
  expect(source.decoding?.()).toBeUndefined();

  // A second pass reads the file again, from its first row (and may stop early: the file is closed).
  for await (const batch of source.rows()) {
    expect(batch.startRow).toBe(1);
    expect(batch.values.slice(0, 2)).toEqual([HEADER, rowOf(1)]);
    break;
  }
});

test("a quoted CR LF, a four-byte UTF-8 character, a UTF-16 code unit and pair: cut at every byte, read the same", async () => {
  const text = 'id,notes\r\n1,"two\r\nlines",€𝄞\r\n2,"x""y"\r\n';
  const expected = [
    ["id", "notes"],
    ["1", "two\r\nlines", "€𝄞"],
    ["2", 'x"y'],
  ];
  const files: [string, Buffer][] = [
    ["cut-utf8.csv", Buffer.from(text, "utf8")],
    ["cut-utf16le.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["cut-utf16be.txt", Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()])],
  ];
  for (const [name, bytes] of files) {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    for (let chunkBytes = 1; chunkBytes <= bytes.length; chunkBytes++) {
      const sheet = await gatherSheet(await openCsvRows(path, { chunkBytes, batchRows: 2 }));
      expect([name, chunkBytes, sheet.values]).toEqual([name, chunkBytes, expected]);
    }
  }
});

test("the decoding is known after a pass: each damaged cell by row and column, whichever batch it is in", async () => {
  const path = join(dir, "damaged.csv");
  const lines = Array.from({ length: 5000 }, (_, i) => Buffer.from(`${i},ok,é\n`));
  lines[4321] = Buffer.concat([Buffer.from("4321,D"), Buffer.from([0xe9]), Buffer.from("placés,é\n")]);
  writeFileSync(path, Buffer.concat(lines));
  const source = await openCsvRows(path, { chunkBytes: 1000 });
  expect(source.decoding?.()).toBeUndefined();
  const sheet = await gatherSheet(source);
  expect(sheet.decoding).toEqual({ encoding: "utf-8", damagedCells: [{ row: 4322, column: 2, count: 1 }] });
  expect(sheet.values[4321]).toEqual(["4321", "D\ufffdplacés", "é"]);
  // A second pass finds it again, once.
  expect((await gatherSheet(source)).decoding).toEqual(sheet.decoding);
});

test("the first complete pass's rows are kept for the next where they fit: the second pass is the same rows, not the file read again", async () => {
  const path = join(dir, "kept.csv");
  const text = ["id,notes", ...Array.from({ length: 5000 }, (_, i) => `${i},"row ${i}, quoted"`)].join("\n");
  writeFileSync(path, text);
  const source = await openCsvRows(path, { chunkBytes: 4096, batchRows: 700 });
  const first = await gatherSheet(source);
  expect(first.values).toHaveLength(5001);
  // The file changes after the first pass: a second pass that read it would say so.
  appendFileSync(path, "5000,late\n");
  const second = await gatherSheet(source);
  expect(second.values).toEqual(first.values);
  // Kept once: the pass after reads the file, and tells that it changed.
  await expect(gatherSheet(source)).rejects.toThrow(/the file changed while it was read/);
});

test.each([
  ["no budget", 0],
  // 5,000 rows of about 30 characters cost more than 100 kB kept: let go from the first batch on (its projection to the whole file).
  ["a budget the file passes", 100_000],
])("with %s, every pass reads the file", async (_name, keepBudget) => {
  const path = join(dir, `not-kept-${keepBudget}.csv`);
  writeFileSync(path, ["id,notes", ...Array.from({ length: 5000 }, (_, i) => `${i},"row ${i}, quoted"`)].join("\n"));
  const source = await openCsvRows(path, { chunkBytes: 4096, batchRows: 700, keepBudget });
  expect((await gatherSheet(source)).values).toHaveLength(5001);
  appendFileSync(path, "5000,late\n");
  await expect(gatherSheet(source)).rejects.toThrow(/the file changed while it was read/);
});

test("a pass stopped early keeps nothing: the next pass reads the file", async () => {
  const path = join(dir, "stopped.csv");
  writeFileSync(path, ["id", ...Array.from({ length: 3000 }, (_, i) => String(i))].join("\n"));
  const source = await openCsvRows(path, { batchRows: 100 });
  for await (const batch of source.rows()) {
    expect(batch.startRow).toBe(1);
    break;
  }
  appendFileSync(path, "\n3000");
  await expect(gatherSheet(source)).rejects.toThrow(/the file changed while it was read/);
});

test("a file that changes between the survey and a pass is told, not read half old half new", async () => {
  const path = join(dir, "changing.csv");
  writeFileSync(path, "a,b\n1,2\n");
  const source = await openCsvRows(path);
  appendFileSync(path, "3,\u00e9\n");
  await expect(gatherSheet(source)).rejects.toThrow(new UnreadableCsvError(`${path}: the file changed while it was read; read it again`));
});

test.each([
  ["a missing file", "missing.csv", "no such file"],
  ["a folder", "folder.csv", "is a folder, not a file"],
])("%s is one sentence", async (_name, file, reason) => {
  const path = join(dir, file);
  if (file === "folder.csv") mkdirSync(path, { recursive: true });
  const error = await openCsvRows(path).then(
    () => undefined,
    (e) => e,
  );
  expect(error).toBeInstanceOf(UnreadableCsvError);
  expect(error.message).toBe(`${path}: ${reason}`);
});
