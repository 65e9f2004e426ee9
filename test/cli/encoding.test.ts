import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { CLEAN_INCIDENT, TODAY } from "../support/rows";

/**
 * CSV and Unicode Text files in the encodings people's tools write, their bytes written out
 * here one by one, read through the built command line: UTF-8 damaged in one place keeps its
 * other values, Windows-1252 keeps ’ “ ” – € œ (which Node's own TextDecoder turns into
 * control characters), UTF-16 with a BOM is text (Excel's "Unicode Text", TAB-separated),
 * and a file that is no text is refused in one sentence.
 */
const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
const curate = (...args: string[]) => spawnSync(process.execPath, [CURATE, ...args, "--today", TODAY], { encoding: "utf8" });

interface Finding {
  sheet: string;
  row: number;
  column: string | null;
  field: string | null;
  code: string;
  severity: string;
  message: string;
  value: string;
}
const checkJson = (path: string) => {
  const run = curate("check", path, "--format", "json");
  return { status: run.status, stderr: run.stderr, issues: (run.stdout ? JSON.parse(run.stdout).issues : []) as Finding[] };
};

const ARABIC = "هجوم على قرية كالامبا، ١٢ قتيلاً";
const FRENCH = "Déplacés vers Djibo; « l’armée » n’était pas là";
// Every character Windows-1252 puts at 0x80–0x9F that the notes below use, and Latin-1 letters beside them.
const WINDOWS_1252_NOTES = "“Attaque” à Kalamba – l’armée: 5 000 € de dégâts, œuvre détruite";

const HEADERS = [...Object.keys(CLEAN_INCIDENT), "notes", "source"];
const NOTES = String.fromCharCode(65 + HEADERS.indexOf("notes")); // the column letter (within A–Z)
const row = (id: string, location: string, notes: string, source = "Field report") => [...Object.values({ ...CLEAN_INCIDENT, incident_id: id, location }).map(String), notes, source];

/** One line of delimited text, quoted where the separator, a quote or a line break needs it. */
const line = (cells: string[], separator: string) => cells.map((cell) => (cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(separator);
const text = (rows: string[][], separator: string) => rows.map((cells) => line(cells, separator)).join("\r\n") + "\r\n";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "encodings-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const valuesOf = async (path: string) => (await readWorkbookFile(path)).sheets[0].values;

test("UTF-8 with one bad byte stays UTF-8: the other values intact, the bad byte U+FFFD and a finding on its row and cell", async () => {
  const rows = [HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "D#placés vers Djibo"), row("BFA1003", "Dori", FRENCH)];
  // 0xE9 alone ("é" in Windows-1252) is not UTF-8: a value pasted from an old file.
  const [before, after] = text(rows, ",").split("#");
  const path = write("one-bad-byte.csv", Buffer.concat([Buffer.from(before, "utf8"), Buffer.from([0xe9]), Buffer.from(after, "utf8")]));

  const { status, stderr, issues } = checkJson(path);
  expect([status, stderr]).toEqual([0, ""]);
  expect(issues).toEqual([
    {
      sheet: "one-bad-byte",
      row: 3,
      column: NOTES,
      field: "notes",
      code: "bad-encoding",
      severity: "warning",
      message: "1 character of this cell could not be read: its bytes are not valid UTF-8, though the rest of the file is. It is shown as \ufffd; retype it, or save the file again as CSV UTF-8 from the program that wrote it.",
      value: "D\ufffdplacés vers Djibo",
    },
  ]);
  const values = await valuesOf(path);
  expect(values[1].at(-2)).toBe(ARABIC);
  expect(values[2].at(-2)).toBe("D\ufffdplacés vers Djibo");
  expect(values[3].at(-2)).toBe(FRENCH);
  expect(values[0]).toEqual(HEADERS);
});

test("UTF-8 cut off in the middle of a character: that one character is lost, not the file's encoding", async () => {
  const full = Buffer.from(text([HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "ليبتاكو")], ","), "utf8");
  // Drop the last byte of the last Arabic letter and what follows it on the line, then end the line.
  const cut = full.lastIndexOf(Buffer.from("و", "utf8")) + 1;
  const path = write("truncated.csv", Buffer.concat([full.subarray(0, cut), Buffer.from(",Field report\r\n")]));
  const { status, issues } = checkJson(path);
  expect(status).toBe(0);
  expect(issues.map((i) => `${i.column}${i.row} ${i.code}`)).toEqual([`${NOTES}3 bad-encoding`]);
  const values = await valuesOf(path);
  expect(values[1].at(-2)).toBe(ARABIC);
  expect(values[2].at(-2)).toBe("ليبتاك\ufffd");
});

test("a real Windows-1252 file (Excel's CSV on French Windows: ; and CRLF): ’ “ ” – € œ read as such, one note pointing at its first cell", async () => {
  const csv = text([HEADERS, row("BFA1001", "Kalamba", WINDOWS_1252_NOTES, "Le Faso.net – « Kalamba »")], ";");
  // The bytes by hand: ’ 0x92, “ 0x93, ” 0x94, – 0x96, € 0x80, œ 0x9C; Latin-1 letters are their code points.
  const windows1252: Record<string, number> = { "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "€": 0x80, "œ": 0x9c };
  const bytes = Buffer.from([...csv].map((char) => windows1252[char] ?? char.charCodeAt(0)));
  expect(bytes.includes(0x92) && bytes.every((byte) => byte < 0x100)).toBe(true);
  const path = write("excel-fr-1252.csv", bytes);

  const values = await valuesOf(path);
  expect(values[1].slice(-2)).toEqual([WINDOWS_1252_NOTES, "Le Faso.net – « Kalamba »"]);
  expect(values[1].join("")).not.toMatch(/[\u0080-\u009f]/);

  const { status, issues } = checkJson(path);
  expect(status).toBe(0);
  expect(issues).toEqual([expect.objectContaining({ row: 2, column: NOTES, field: "notes", code: "legacy-encoding", severity: "info", value: WINDOWS_1252_NOTES })]);
  expect(issues[0].message).toMatch(/^The file is not UTF-8 \(\d+ of its \d+ non-ASCII characters are not valid UTF-8\): it was read as Windows-1252/);
});

test.each([
  ["UTF-16 LE", "unicode-text-le.txt", (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")])],
  ["UTF-16 BE", "unicode-text-be.txt", (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()])],
])("%s with a BOM, TAB-separated, as Excel's Unicode Text: read as text, TAB the separator", async (_name, file, encode) => {
  // A comma and a semicolon inside values: only TAB separates, as Excel writes it.
  const rows = [HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", FRENCH, "ACLED, weekly; 2024")];
  const path = write(file, encode(text(rows, "\t")));
  const { status, stderr, issues } = checkJson(path);
  expect([status, stderr, issues]).toEqual([0, "", []]);
  const values = await valuesOf(path);
  expect(values.slice(0, 3)).toEqual(rows);
});

test("UTF-16 LE without a BOM is told by its NUL bytes", async () => {
  const rows = [HEADERS, row("BFA1001", "Kalamba", ARABIC)];
  const path = write("no-bom-utf16.txt", Buffer.from(text(rows, "\t"), "utf16le"));
  expect(checkJson(path)).toEqual({ status: 0, stderr: "", issues: [] });
  expect((await valuesOf(path)).slice(0, 2)).toEqual(rows);
});

test("UTF-8 with a BOM is UTF-8 whatever follows: a bad byte is a finding, the BOM never part of the first header", async () => {
  const rows = [HEADERS, row("BFA1001", "Kalamba", ARABIC), row("BFA1002", "Djibo", "Dori#")];
  const [before, after] = text(rows, "\t").split("#");
  // 0x9C alone: œ in Windows-1252, a stray continuation byte in UTF-8.
  const path = write("bom-tab.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(before, "utf8"), Buffer.from([0x9c]), Buffer.from(after, "utf8")]));
  const { status, issues } = checkJson(path);
  expect(status).toBe(0);
  expect(issues.map((i) => `${i.column}${i.row} ${i.code} ${i.value}`)).toEqual([`${NOTES}3 bad-encoding Dori\ufffd`]);
  const values = await valuesOf(path);
  expect(values[0]).toEqual(HEADERS);
  expect(values[1].at(-2)).toBe(ARABIC);
});

test.each([
  ["random bytes with NULs", "binary.csv", Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x00, 0x13, 0x37, 0x00]), /^curate: .*binary\.csv: not a text CSV file \(it holds binary data\)$/],
  ["a PNG image", "image.csv", Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), Buffer.from("IHDR"), Buffer.alloc(16)]), /^curate: .*image\.csv: not a text CSV file \(it holds binary data\)$/],
  ["an .xlsx workbook named .csv", "workbook.csv", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), Buffer.alloc(40)]), /^curate: .*workbook\.csv: not a text CSV file but a zip package \(an \.xlsx workbook named \.csv\? give it its \.xlsx name\)$/],
  ["an old .xls workbook", "old.csv", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(40)]), /^curate: .*old\.csv: not a text CSV file but an old Office file/],
  ["UTF-32", "utf32.csv", Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x00]), Buffer.from("i\0\0\0d\0\0\0")]), /^curate: .*utf32\.csv: a UTF-32 text file, which curate does not read; save it as CSV UTF-8$/],
])("%s is refused in one sentence, exit 2, no stack trace", (_name, file, bytes, sentence) => {
  const path = write(file, bytes);
  for (const args of [["check", path], ["export", path, "--sheet", "incidents", "-o", join(dir, "out.csv")]]) {
    const run = curate(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(sentence);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+|internal error/);
  }
});
