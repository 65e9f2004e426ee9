import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { openCsvRows } from "../../../../src/cli/io/csv/openCsvRows";
import { readWorkbookFile, UnreadableFileError } from "../../../../src/cli/io/readWorkbookFile";
import { writeCsv } from "../../../../src/domain/export/csvWriter";
import { gatherSheet } from "../../../../src/domain/sheetStream";
import { WorkbookGrid } from "../../../../src/domain/sheetGrid";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../../support/realAcled";
import { READABLE, REFUSED } from "./csvCorpus";
import { legacyReadCsv } from "./legacyCsvReader";

/**
 * The streaming CSV reader gives the grid the old one gave (csv-parse over the whole decoded
 * text, kept as legacyCsvReader.ts), deep-equal, on every CSV the tests use, on the real
 * ACLED exports, on csv-spectrum, and on random files; with chunk boundaries everywhere.
 */
const ROOT = join(__dirname, "..", "..", "..", "..");
const REAL = realAcledDir(ROOT);
const SPECTRUM = join(dirname(require.resolve("csv-spectrum/package.json")), "csvs");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "csv-compare-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const legacy = (path: string): WorkbookGrid => legacyReadCsv(path, readFileSync(path));
const streamed = async (path: string, chunkBytes?: number, batchRows?: number): Promise<WorkbookGrid> => ({ sheets: [await gatherSheet(await openCsvRows(path, { chunkBytes, batchRows }))] });
const outcome = async (read: () => Promise<WorkbookGrid> | WorkbookGrid) => {
  try {
    return { grid: await read() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

describe("the CSV inputs of the command line's tests", () => {
  test.each(READABLE)("%s: the same grid as the old reader", async (name, bytes) => {
    const path = write(name, bytes);
    const expected = legacy(path);
    expect(await readWorkbookFile(path)).toStrictEqual(expected);
  });

  test.each(READABLE)("%s: the same grid whatever the chunk size (every cut of a character, a CR LF, a quoted field)", async (name, bytes) => {
    const path = write(name, bytes);
    const expected = legacy(path);
    const sizes = bytes.length <= 400 ? Array.from({ length: bytes.length + 1 }, (_, i) => i + 1) : bytes.length <= 5000 ? [1, 2, 3, 4, 5, 7, 64, 1001] : [3, 7, 1001];
    for (const size of sizes) expect([size, await streamed(path, size, 1)]).toStrictEqual([size, expected]);
  });

  test.each(REFUSED)("%s is refused by both, in one sentence", async (name, bytes, sentence) => {
    const path = write(name, bytes);
    expect(() => legacy(path)).toThrow();
    const error = await readWorkbookFile(path).catch((e) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error.message).toBe(`${path}: ${sentence}`);
    // Chunked, the refusal is the same.
    expect((await outcome(() => streamed(path, 3))).error).toBe(`${path}: ${sentence}`);
  });
});

const present = realAcledPresent(REAL);
if (!present) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}; the readers were not compared on real rows.`);
(present ? describe : describe.skip)("the real ACLED exports", () => {
  test.each(REAL_ACLED_FILES)("%s: the same grid as the old reader, read whole and in odd chunks", async (file) => {
    const path = join(REAL, file);
    const expected = legacy(path);
    expect(expected.sheets[0].values.length).toBeGreaterThan(200);
    expect(await readWorkbookFile(path)).toStrictEqual(expected);
    expect(await streamed(path, 4099, 777)).toStrictEqual(expected);
  });
});

describe("csv-spectrum", () => {
  const files = readdirSync(SPECTRUM).filter((f) => f.endsWith(".csv"));

  test.each(files)("%s as it is: the same grid as the old reader wherever that one read it", async (file) => {
    const path = join(SPECTRUM, file);
    const old = await outcome(() => legacy(path));
    const now = await outcome(() => readWorkbookFile(path));
    if (file === "location_coordinates.csv") {
      // A bare quote inside an unquoted value (37.8"N): csv-parse refused the file, papaparse keeps the quote as text, as Excel does.
      expect(old.error).toMatch(/Invalid Opening Quote/);
      expect(now.grid?.sheets[0].values[1][1]).toBe("37\ufffd36'37.8\"N 121\ufffd2'17.9\"W"); // the file holds U+FFFD itself
      return;
    }
    expect(now).toStrictEqual(old);
  });

  test.each(files)("%s written by our CSV writer and read back: the records, by both readers", async (file) => {
    const records: string[][] = parse(readFileSync(join(SPECTRUM, file), "utf8"), { relax_column_count: true, relax_quotes: true });
    const path = write(`spectrum-${file}`, writeCsv(records));
    const expected = legacy(path);
    expect(await readWorkbookFile(path)).toStrictEqual(expected);
    expect(await streamed(path, 5)).toStrictEqual(expected);
  });
});

describe("random files", () => {
  // Pieces that make CSV hard: separators, quotes (doubled, bare, unclosed), every line end, characters of two to four UTF-8 bytes, U+FFFD.
  const piece = fc.constantFrom(",", ";", "\t", '"', '""', "\r", "\n", "\r\n", " ", "a", "bc", "é", "€", "𝄞", "هجوم", "\ufffd", "x");
  const quoted = fc.array(fc.constantFrom("a", ",", "\r\n", "\n", "\r", '""', "é", ";"), { maxLength: 6 }).map((parts) => `"${parts.join("")}"`);
  const body = fc.array(fc.oneof({ weight: 4, arbitrary: piece }, { weight: 1, arbitrary: quoted }), { maxLength: 40 }).map((parts) => parts.join(""));
  type Encoding = "utf8" | "utf8-bom" | "utf8-damaged" | "windows-1252" | "utf16le-bom" | "utf16be-bom";
  const encodeAs = (text: string, encoding: Encoding, at: number): Buffer => {
    const cut = Math.min(at, text.length);
    if (encoding === "utf8") return Buffer.from(text, "utf8");
    if (encoding === "utf8-bom") return Buffer.from("\ufeff" + text, "utf8");
    if (encoding === "utf8-damaged") return Buffer.concat([Buffer.from(text.slice(0, cut), "utf8"), Buffer.from([0xe9]), Buffer.from(text.slice(cut), "utf8")]);
    if (encoding === "windows-1252") return Buffer.from([...text.replace(/[^\u0000-\u00ff]/g, "’")].map((char) => (char === "’" ? 0x92 : char.charCodeAt(0))));
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    return encoding === "utf16le-bom" ? le : Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
  };

  test("wherever the old reader read a file, the new one gives the same grid; it refuses only what the old one refused", async () => {
    let n = 0;
    let readByBoth = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom<Encoding>("utf8", "utf8-bom", "utf8-damaged", "windows-1252", "utf16le-bom", "utf16be-bom"), fc.nat(40), fc.integer({ min: 1, max: 9 }), async (text, encoding, at, chunk) => {
        const path = write(`random-${n++}.csv`, encodeAs(text, encoding, at));
        const old = await outcome(() => legacy(path));
        const now = await outcome(() => streamed(path, chunk, 2));
        if (old.grid) {
          readByBoth++;
          expect(now).toStrictEqual(old);
        } else if (now.error) expect(now.error).toMatch(/not a readable CSV file: row [\d,]+ (has a quote that is never closed|has text after the closing quote)/);
        // An unclosed quote is an error for both: the rest of the file would be one cell.
        if (old.error?.includes("Quote Not Closed")) expect(now.error).toBeDefined();
      }),
      { numRuns: 1500, seed: 20261201 },
    );
    expect(readByBoth).toBeGreaterThan(300);
  });
});
