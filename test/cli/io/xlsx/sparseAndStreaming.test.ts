import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile, UnreadableFileError } from "../../../../src/cli/io/readWorkbookFile";
import { columnLetters } from "../../../../src/cli/io/xlsx/cellReference";
import { openXlsxRows } from "../../../../src/cli/io/xlsx/openXlsxRows";
import { readXlsxGrid } from "../../../../src/cli/io/xlsx/readXlsxGrid";
import { BATCH_ROWS } from "../../../../src/cli/io/xlsx/sheetPart";
import { main } from "../../../../src/cli/curate";
import { minimalWorkbook, SHEET_END, SHEET_START, writeZip } from "../../../support/zipWriter";

/**
 * Memory follows the cells a file has, not their span (a stray value in column XFD on every
 * row), and a big sheet arrives as a stream of bounded batches, every row of it.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-sparse-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DENSE = 18; // A..R

/** Rows of A..R plus one cell in column XFD, as XML pieces of ~1,000 rows each. */
function* farRows(rows: number, dimension: string): Generator<string> {
  yield SHEET_START.replace("<sheetData>", `<dimension ref="${dimension}"/><sheetData>`);
  let chunk = "";
  for (let r = 1; r <= rows; r++) {
    let cells = "";
    for (let c = 1; c <= DENSE; c++) cells += `<c r="${columnLetters(c)}${r}"><v>${r * 100 + c}</v></c>`;
    chunk += `<row r="${r}">${cells}<c r="XFD${r}" t="inlineStr"><is><t>stray ${r}</t></is></c></row>`;
    if (r % 1000 === 0) {
      yield chunk;
      chunk = "";
    }
  }
  yield chunk + SHEET_END;
}

test("10,000 rows of A..R with one value in XFD each: rows 18 wide, the far cells listed apart", async () => {
  const path = join(dir, "far.xlsx");
  writeZip(path, minimalWorkbook([{ name: "Incidents", xml: farRows(10_000, "A1:XFD10000") }]));
  expect(statSync(path).size).toBeLessThan(1e6);
  const before = process.memoryUsage().heapUsed;
  const grid = await readWorkbookFile(path);
  const growth = process.memoryUsage().heapUsed - before;
  const sheet = grid.sheets[0];
  expect(sheet.values).toHaveLength(10_000);
  expect(new Set(sheet.values.map((row) => row.length))).toEqual(new Set([DENSE]));
  expect(sheet.values[41][17]).toBe(42 * 100 + 18);
  expect(sheet.outlyingCells).toHaveLength(10_000);
  expect(sheet.outlyingCells![41]).toEqual({ row: 42, column: 16_384, value: "stray 42" });
  // Held densely this would be 164 million cells (gigabytes); 180,000 cells are a few MB. Loose, as heap readings are.
  expect(growth).toBeLessThan(300e6);
  console.log(`far cells: 10,000 rows read with ${Math.round(growth / 1e6)} MB of heap growth`);
  // The command line checks it (the exceljs path died here with a V8 fatal error, exit 134).
  const out: string[] = [];
  const status = await main(["check", path, "--today", "2026-11-25", "--format", "json"], (text) => {
    out.push(text);
  }, () => undefined);
  expect([0, 1]).toContain(status);
  expect(JSON.parse(out.join("")).summary).toBeDefined();
}, 180_000);

test("a far cell takes the rest of its row with it; cells within 64 columns of the one before stay in the row", async () => {
  const xml = `${SHEET_START}<row r="1"><c r="A1"><v>1</v></c><c r="BM1"><v>65</v></c><c r="DT1"><v>124</v></c><c r="IV1"><v>256</v></c><c r="IW1"><v>257</v></c></row>${SHEET_END}`;
  const path = join(dir, "gaps.xlsx");
  writeZip(path, minimalWorkbook([{ name: "Incidents", xml }]));
  const sheet = (await readWorkbookFile(path)).sheets[0];
  // BM (65) is 64 beyond A, DT (124) 59 beyond BM: dense. IV (256) is 132 beyond DT: far, and IW after it too.
  expect(sheet.values[0]).toHaveLength(124);
  expect([sheet.values[0][64], sheet.values[0][123]]).toEqual([65, 124]);
  expect(sheet.outlyingCells).toEqual([{ row: 1, column: 256, value: 256 }, { row: 1, column: 257, value: 257 }]);
});

test("a sheet reaching row 1,048,576 (Excel's last) reads, its missing rows empty", async () => {
  const xml = `${SHEET_START}<row r="1"><c r="A1" t="inlineStr"><is><t>incident_id</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>BFA1</t></is></c></row><row r="1048576"><c r="A1048576" t="inlineStr"><is><t>last</t></is></c></row>${SHEET_END}`;
  const path = join(dir, "tall.xlsx");
  writeZip(path, minimalWorkbook([{ name: "Incidents", xml }]));
  const sheet = (await readWorkbookFile(path)).sheets[0];
  expect(sheet.values).toHaveLength(1_048_576);
  expect([sheet.values[1], sheet.values[2], sheet.values[1_048_575]]).toEqual([["BFA1"], [], ["last"]]);
}, 120_000);

describe("the declared dimension", () => {
  const budget = 5_000;
  /** 3,000 cells with long text: over 15 bytes a cell times the budget, so that the part could hold more than the budget. */
  const rows = (dimension: string) => {
    let xml = SHEET_START.replace("<sheetData>", `<dimension ref="${dimension}"/><sheetData>`);
    for (let r = 1; r <= 1_000; r++) xml += `<row r="${r}">${["A", "B", "C"].map((c) => `<c r="${c}${r}" t="inlineStr"><is><t>${"x".repeat(40)}</t></is></c>`).join("")}</row>`;
    return xml + SHEET_END;
  };

  test("a sheet that declares the whole grid and is large enough to fill past what can be held is refused up front", async () => {
    const path = join(dir, "declared.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: rows("A1:XFD1048576") }]));
    const error = await readXlsxGrid(path, budget).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(/: refused: its sheet "Incidents" declares 1,048,576 rows by 16,384 columns \(A1:XFD1048576\), and its \d+ KB of XML could hold up to [\d,]+ cells, more than the 5,000 this tool can hold in memory/);
  });

  test("a wrong dimension (A1, as many writers write) refuses nothing", async () => {
    const path = join(dir, "a1.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: rows("A1") }]));
    const grid = await readXlsxGrid(path, budget);
    expect(grid.sheets[0].values).toHaveLength(1_000);
  });

  test("cells past the budget are refused while reading, whatever the dimension said", async () => {
    const path = join(dir, "a1-over.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: rows("A1") }]));
    await expect(readXlsxGrid(path, 2_000)).rejects.toThrow(/: refused: it holds more than 2,000 cells \(sheet "Incidents" reached row [\d,]+\), more than this tool can hold in memory/);
  });
});

test("200,000 rows arrive as a stream of batches of at most 2,000 rows, every row, in order", async () => {
  const ROWS = 200_000;
  const columns = ["A", "B", "C", "D", "E", "F", "G", "H"];
  function* sheet(): Generator<string> {
    yield SHEET_START;
    let chunk = "";
    for (let r = 1; r <= ROWS; r++) {
      chunk += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>BFA${r}</t></is></c>${columns.slice(1).map((c, i) => `<c r="${c}${r}"><v>${r + i / 10}</v></c>`).join("")}</row>`;
      if (r % 2_000 === 0) {
        yield chunk;
        chunk = "";
      }
    }
    yield chunk + SHEET_END;
  }
  const path = join(dir, "big.xlsx");
  writeZip(path, minimalWorkbook([{ name: "Incidents", xml: sheet() }]));

  const source = await openXlsxRows(path);
  const started = process.hrtime.bigint();
  const heapBefore = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let next = 1;
  let batches = 0;
  let largest = 0;
  try {
    for await (const batch of source.sheets[0].rows()) {
      expect(batch.startRow).toBe(next);
      largest = Math.max(largest, batch.values.length);
      for (const row of batch.values) {
        if (row[0] !== `BFA${next}` || row[7] !== next + 0.6 || row.length !== 8) throw new Error(`row ${next} read as ${JSON.stringify(row)}`);
        next++;
      }
      expect(batch.numberFormats![0][1]).toBe("General");
      batches++;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    }
  } finally {
    source.close();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  expect(next - 1).toBe(ROWS);
  expect(largest).toBeLessThanOrEqual(BATCH_ROWS);
  expect(batches).toBeGreaterThanOrEqual(ROWS / BATCH_ROWS);
  console.log(`streaming: ${ROWS} rows (${(statSync(path).size / 1e6).toFixed(1)} MB file) in ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds)} rows/s, heap at most ${Math.round((peakHeap - heapBefore) / 1e6)} MB above the start`);
}, 300_000);
