import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ChunkedCsvParser } from "../../../../src/cli/io/csv/chunkedCsvParser";
import { openCsvRows } from "../../../../src/cli/io/csv/openCsvRows";
import { readWorkbookFile, UnreadableFileError } from "../../../../src/cli/io/readWorkbookFile";
import { gatherSheet } from "../../../../src/domain/sheetStream";
import { legacyReadCsv } from "./legacyCsvReader";

/**
 * Malformed CSV is told in one sentence that says where (sheet row, column letter), found
 * wherever the chunks cut the file; what papaparse reads leniently and csv-parse refused is
 * read as Excel reads it, no value lost.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-syntax-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text, "utf8");
  return path;
};
const errorOf = async (read: Promise<unknown>) => {
  const error = await read.then(() => undefined, (e) => e);
  expect(error).toBeDefined();
  return error as Error;
};
const HEADER = "id,date,type,actor,country,notes,source\r\n";
const good = (i: number) => `BFA${i},2024-03-15,Battles,"Islamic State Sahel Province",Burkina Faso,"a note, with a comma",ACLED\r\n`;
const rowsBefore = (n: number) => Array.from({ length: n }, (_, i) => good(i)).join("");

test("a quote never closed: the row (the sheet's, counted across chunks) and the column where it opens", async () => {
  const path = write("unclosed.csv", HEADER + rowsBefore(1202) + 'BFA9,2024-03-15,Battles,ISSP,Burkina Faso,"never closed, so the rest\r\nof the file would be one cell\r\n' + rowsBefore(3));
  const sentence = `${path}: not a readable CSV file: row 1,204 has a quote that is never closed (from column F on)`;
  const error = await errorOf(readWorkbookFile(path));
  expect(error).toBeInstanceOf(UnreadableFileError);
  expect(error.message).toBe(sentence);
  for (const chunkBytes of [5, 64, 4096]) expect((await errorOf(openCsvRows(path, { chunkBytes }).then((source) => gatherSheet(source)))).message).toBe(sentence);
  // The old reader refused it too, in csv-parse's words.
  expect(() => legacyReadCsv(path, Buffer.from(HEADER + rowsBefore(1202) + 'x,"y\n'))).toThrow(/Quote Not Closed/);
});

test("text after a closing quote: the row and the column, and how to write a quote", async () => {
  const path = write("after-quote.csv", HEADER + rowsBefore(10) + 'BFA9,2024-03-15,"Battles"x,ISSP\r\n' + rowsBefore(2));
  const error = await errorOf(readWorkbookFile(path));
  expect(error.message).toBe(`${path}: not a readable CSV file: row 12 has text after the closing quote of its value in column C (a quote inside a quoted value is written twice: "")`);
  expect(() => legacyReadCsv(path, Buffer.from(HEADER + 'a,"b"x\n'))).toThrow(/Invalid Closing Quote/);
});

test("a closing quote that only looks wrong because a chunk ends after it is no error", async () => {
  const path = write("cut-after-quote.csv", 'a,"b"\r\n"c","d"\r\n');
  for (let chunkBytes = 1; chunkBytes <= 16; chunkBytes++) {
    expect((await gatherSheet(await openCsvRows(path, { chunkBytes }))).values).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  }
});

test("a bare quote inside an unquoted value is kept as text (csv-parse refused the file; Excel and LibreOffice read it so)", async () => {
  const path = write("bare-quote.csv", 'weapon,calibre\r\nM2,0.50" machine gun\r\nmortar,81 mm\r\n');
  expect((await readWorkbookFile(path)).sheets[0].values).toEqual([
    ["weapon", "calibre"],
    ["M2", '0.50" machine gun'],
    ["mortar", "81 mm"],
  ]);
  expect(() => legacyReadCsv(path, Buffer.from('a,0.50" b\n'))).toThrow(/Invalid Opening Quote/);
});

test("spaces between a closing quote and the separator are dropped (csv-parse refused them)", async () => {
  const path = write("spaces-after-quote.csv", 'a,b\r\n"x" ,y\r\n');
  expect((await readWorkbookFile(path)).sheets[0].values).toEqual([
    ["a", "b"],
    ["x", "y"],
  ]);
});

test("a row that runs on past the longest the reader holds is told, with the open quote if it has one", () => {
  const parser = new ChunkedCsvParser(",", "\r\n", 1000);
  expect(parser.push("a,b\r\nc,d\r\n")).toEqual([
    ["a", "b"],
    ["c", "d"],
  ]);
  expect(parser.push('e,"')).toEqual([]);
  expect(() => {
    for (let i = 0; i < 20; i++) parser.push("x".repeat(100));
  }).toThrow('row 3 runs on for more than 1,000 characters: a quote that is never closed, from column B on?');
});
