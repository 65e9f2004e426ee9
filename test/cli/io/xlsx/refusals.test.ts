import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { readWorkbookFile, UnreadableFileError } from "../../../../src/cli/io/readWorkbookFile";
import { main } from "../../../../src/cli/curate";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../../../support/libreOfficeConvert";
import { oleFile } from "../../../support/oleFile";
import { deflatePiece, minimalWorkbook, SHEET_END, SHEET_START, writeZip, ZipEntrySource } from "../../../support/zipWriter";

/**
 * Files that are no readable workbook, each refused with one sentence saying what it is (an
 * `UnreadableFileError`, exit 2 on the command line, no stack trace), and zip bombs refused
 * from the central directory before anything is inflated.
 */
const ROOT = join(__dirname, "..", "..", "..", "..");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-refusals-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const file = (name: string, bytes: Buffer | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** Every file refused here, to run through the command line at the end. */
const refused: string[] = [];

async function refusal(path: string): Promise<string> {
  refused.push(path);
  const error = await readWorkbookFile(path).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  const message = (error as Error).message;
  expect(message.startsWith(`${path}: `)).toBe(true);
  expect(message).not.toMatch(/\n/);
  return message.slice(path.length + 2);
}

/** Runs `curate check` in-process as curate.test.ts runs the CLI: exit status and what went to stderr. */
async function check(path: string): Promise<{ status: number; stderr: string[] }> {
  const stderr: string[] = [];
  const status = await main(["check", path, "--today", "2026-11-25"], () => undefined, (text) => {
    stderr.push(text);
  });
  return { status, stderr };
}

/** A sheet part of `<c>` cells without references (the densest cell XML there is), as pieces of one deflate stream. */
const ONE_MB_OF_CELLS = "<c><v>1</v></c>".repeat(Math.floor(1e6 / 15));

describe("zip bombs, refused before anything is inflated", () => {
  test("a 4 MB file whose sheet would inflate to 2.3 GB", async () => {
    // One deflated megabyte of cells, repeated: the deflate stream stays valid (each piece is flushed whole).
    const piece = deflatePiece(`<row>${ONE_MB_OF_CELLS}</row>`);
    const repeats = 2_300;
    const sheet: ZipEntrySource = {
      name: "xl/worksheets/sheet1.xml",
      data: "",
      deflated: { pieces: (function* () { yield deflatePiece(SHEET_START); for (let i = 0; i < repeats; i++) yield piece; yield deflateRawSync(Buffer.from(SHEET_END)); })(), uncompressedSize: repeats * (ONE_MB_OF_CELLS.length + 11) + SHEET_START.length + SHEET_END.length },
    };
    const path = join(dir, "bomb.xlsx");
    writeZip(path, [...minimalWorkbook([]).filter((entry) => !entry.name.startsWith("xl/worksheets")), sheet]);
    expect(readFileSync(path).length).toBeLessThan(8e6);
    const before = process.memoryUsage().rss;
    expect(await refusal(path)).toMatch(/^refused: its sheet1\.xml would inflate from \d+(\.\d)? MB to 2\.3 GB \(a ratio of \d+ to 1\), far beyond any real workbook .*zip bomb/);
    // Nothing was inflated: no gigabytes went through memory.
    expect(process.memoryUsage().rss - before).toBeLessThan(200e6);
    const run = await check(path);
    expect(run.status).toBe(2);
    expect(run.stderr).toHaveLength(1);
    expect(run.stderr[0]).toMatch(/^curate: .*bomb\.xlsx: refused: its sheet1\.xml would inflate/);
  }, 60_000);

  test("a sheet whose zip directory lies about its size is stopped where it inflates past it", async () => {
    const rows = Array.from({ length: 20_000 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join("");
    const path = join(dir, "liar.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: `${SHEET_START}${rows}${SHEET_END}` }]).map((entry) => (entry.name === "xl/worksheets/sheet1.xml" ? { ...entry, declaredSize: 10_000 } : entry)));
    expect(await refusal(path)).toBe("refused: xl/worksheets/sheet1.xml inflates past the 10000 bytes its zip directory declares (a damaged file or a zip bomb)");
    const run = await check(path);
    expect([run.status, run.stderr.length]).toEqual([2, 1]);
  });

  test("too many entries", async () => {
    const extra = Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/media/pad${i}.bin`, data: "" }));
    const path = join(dir, "entries.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: `${SHEET_START}${SHEET_END}` }], extra));
    expect(await refusal(path)).toMatch(/^refused: its zip package holds 10,006 entries, where a real workbook has at most a few hundred \(the limit is 10,000\)/);
  });

  test("parts that together would inflate past 4 GiB, each below the size where ratios are judged", async () => {
    const zeros = deflatePiece(Buffer.alloc(1e6));
    const part = (i: number): ZipEntrySource => ({ name: `xl/media/image${i}.bin`, data: "", deflated: { pieces: Array(60).fill(zeros), uncompressedSize: 60e6 } });
    const path = join(dir, "total.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: `${SHEET_START}${SHEET_END}` }], Array.from({ length: 75 }, (_, i) => part(i))));
    expect(await refusal(path)).toMatch(/^refused: its parts would inflate to 4\.5 GB in all, more than 4\.3 GB/);
  });
});

describe("files that are no .xlsx workbook say what they are", () => {
  test("an empty file", async () => {
    expect(await refusal(file("empty.xlsx", ""))).toBe("not an .xlsx workbook (the file is empty, 0 bytes); was it saved completely?");
  });

  test("Excel's lock file of an open workbook", async () => {
    // Excel's owner file: the user's name, padded to 165 bytes.
    const lock = Buffer.alloc(165, 0x20);
    lock[0] = 7;
    lock.write("Analyst", 1, "latin1");
    expect(await refusal(file("~$incidents.xlsx", lock))).toBe("is Excel's lock file for incidents.xlsx, which is open in Excel; check incidents.xlsx itself");
  });

  test("an encrypted workbook (an OLE compound file holding EncryptionInfo and EncryptedPackage)", async () => {
    const path = file("encrypted.xlsx", oleFile(["\u0006DataSpaces", "EncryptionInfo", "EncryptedPackage"]));
    expect(await refusal(path)).toMatch(/^is an encrypted workbook \(protected with a password to open\); remove the password in Excel .* and try again$/);
    const run = await check(path);
    expect(run).toEqual({ status: 2, stderr: [expect.stringMatching(/^curate: .*encrypted\.xlsx: is an encrypted workbook/)] });
  });

  test("an OLE file with a Workbook stream is an .xls", async () => {
    expect(await refusal(file("built.xlsx", oleFile(["Workbook", "\u0005SummaryInformation"])))).toMatch(/^is an Excel 97–2003 workbook \(\.xls\).*save it as \.xlsx$/);
  });

  const haveLibreOffice = libreOfficeOrSkip("THE LIBREOFFICE .XLS AND .ODS REFUSALS");
  (haveLibreOffice ? describe : describe.skip)("as LibreOffice writes them", () => {
    beforeAll(async () => {
      const csv = file("incidents.csv", "incident_id,location\nBFA1,Djibo\n");
      await convertWithLibreOffice([csv], "xls", dir);
      await convertWithLibreOffice([csv], "ods", dir);
    }, 240_000);

    test("an .xls named .xlsx", async () => {
      const path = join(dir, "real-xls.xlsx");
      copyFileSync(join(dir, "incidents.xls"), path);
      expect(await refusal(path)).toBe("is an Excel 97–2003 workbook (.xls), which this tool does not read; open it in Excel or LibreOffice and save it as .xlsx");
      const run = await check(path);
      expect([run.status, run.stderr.length]).toEqual([2, 1]);
    });

    test("an .ods named .xlsx", async () => {
      const path = join(dir, "real-ods.xlsx");
      copyFileSync(join(dir, "incidents.ods"), path);
      expect(await refusal(path)).toBe("is an OpenDocument spreadsheet (.ods), which this tool does not read; open it in LibreOffice or Excel and save it as .xlsx");
    });
  });

  test("a Word document named .xlsx", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
    zip.file("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
    zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`);
    const path = file("report.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expect(await refusal(path)).toBe("is a Word document (.docx) named .xlsx, not a workbook");
  });

  test("a zip archive of other files", async () => {
    const zip = new JSZip();
    zip.file("incidents.csv", "a,b\n");
    zip.file("README.txt", "hello");
    const path = file("archive.xlsx", await zip.generateAsync({ type: "nodebuffer" }));
    expect(await refusal(path)).toBe("is a zip archive that holds no workbook (no xl/workbook.xml; it holds incidents.csv, README.txt), not an .xlsx workbook");
  });

  test("a truncated workbook (its zip directory cut off)", async () => {
    const bytes = readFileSync(SAMPLE);
    const path = file("truncated.xlsx", bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(await refusal(path)).toBe("not a readable .xlsx workbook: its zip directory is missing (the file is truncated, or was not saved completely)");
    const run = await check(path);
    expect([run.status, run.stderr.length]).toEqual([2, 1]);
    expect(run.stderr[0]).not.toMatch(/\bat \w+ \(/);
  });

  test("a CSV file named .xlsx", async () => {
    expect(await refusal(file("renamed.xlsx", "incident_id,location\nBFA1,Djibo\n"))).toBe("not an .xlsx workbook (the file is not a zip package): it is text, a CSV file named .xlsx?; if it is one, name it .csv");
  });

  test("a damaged sheet part: one sentence, not a parser's message", async () => {
    const path = join(dir, "broken.xlsx");
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: `${SHEET_START}<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row>${SHEET_END}` }]));
    expect(await refusal(path)).toMatch(/^not a readable \.xlsx workbook: its part xl\/worksheets\/sheet1\.xml is not well-formed XML \(/);
  });

  test("a sheet with an entity that would expand (no DTD is read)", async () => {
    const path = join(dir, "laughs.xlsx");
    const doctype = `<!DOCTYPE worksheet [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>`;
    writeZip(path, minimalWorkbook([{ name: "Incidents", xml: `<?xml version="1.0"?>${doctype}<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row>${SHEET_END}` }]));
    expect(await refusal(path)).toMatch(/not well-formed XML/);
  });
});

test("through the command line, every refused file exits 2 with one line on stderr, no stack trace", async () => {
  expect(refused.length).toBeGreaterThanOrEqual(15);
  for (const path of refused) {
    const run = await check(path);
    expect({ path, status: run.status, lines: run.stderr.length }).toEqual({ path, status: 2, lines: 1 });
    expect(run.stderr[0]).toMatch(new RegExp(`^curate: ${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: [^\n]+$`));
    expect(run.stderr[0]).not.toMatch(/internal error|\bat \S+ \(|\.ts:\d+/);
  }
}, 120_000);
