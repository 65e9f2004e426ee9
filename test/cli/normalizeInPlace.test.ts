import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { normalizeFile } from "../../src/cli/normalizeFile";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { CellValue } from "../../src/domain/cells/cellValue";
import { CLEAN_INCIDENT, TODAY } from "../support/rows";
import { addHandMadeParts, cellElement, libreOfficeCopy, libreOfficeCsv, openpyxlPath, openpyxlWorkbook, SOFFICE, StoredEntry, storedEntries, withoutCells } from "./io/xlsxEdit/featureWorkbooks";

/**
 * `curate normalize` edits the package in place: the fixed cells and the log are new, every
 * other zip entry is the input's own, byte for byte (its compressed bytes, CRC, header
 * fields), and the edited sheet is the input's own around the fixed cells. The inputs are
 * written by openpyxl and LibreOffice, with by hand the parts no tool here writes.
 */

const HEADERS = Object.keys(CLEAN_INCIDENT);
const row = (changes: Record<string, CellValue>) => HEADERS.map((header) => changes[header] ?? CLEAN_INCIDENT[header]);
/** Row 2 and (hidden) row 3 have a name to fix in F; H4 will hold a formula whose cached value is one. */
const ROWS: CellValue[][] = [
  HEADERS,
  row({ incident_id: "BFA3001", actor1: "ISIS militants" }),
  row({ incident_id: "BFA3002", actor1: "ISIS militants", location: "Djibo", latitude: 14.1, longitude: -1.6167 }),
  // Actor 1 is JNIM here: a fix of actor 2 to ISSP is then offered (never the same name on both sides).
  row({ incident_id: "BFA3003", actor1: CLEAN_INCIDENT.actor2, actor2: "placeholder", location: "Arbinda", latitude: 14.2308, longitude: -0.8683 }),
  row({ incident_id: "BFA3004", location: "Gorom-Gorom", latitude: 14.4439, longitude: -0.2361 }),
];
const FIXED = "Islamic State Sahel Province";
const NOW = new Date("2026-11-25T10:00:00Z");
const HAND_MADE = { lenColumn: "R", lastRow: ROWS.length, cachedNameCell: "H4", formulaCell: "T5" };

const haveOpenpyxl = openpyxlPath() !== undefined;
const haveLibreOffice = existsSync(SOFFICE);
if (!haveOpenpyxl) console.warn("normalizeInPlace: openpyxl cannot be imported: the workbooks it writes are not tested");
if (!haveLibreOffice) console.warn("normalizeInPlace: no LibreOffice at /usr/bin/soffice: its workbooks and its reading of the copies are not tested");
const withOpenpyxl = haveOpenpyxl ? test : test.skip;
const withBoth = haveOpenpyxl && haveLibreOffice ? test : test.skip;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "normalize-in-place-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The openpyxl workbook of ROWS, written once (a Python run) and copied to `path` for each test that starts from it. */
let plainWorkbook: string | undefined;
function openpyxlWorkbookOfRows(path: string): void {
  if (!plainWorkbook) openpyxlWorkbook((plainWorkbook = join(dir, "openpyxl-rows.xlsx")), ROWS);
  copyFileSync(plainWorkbook, path);
}

async function part(path: string, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const entry = zip.file(name);
  if (!entry) throw new Error(`${path} has no part ${name}`);
  return entry.async("string");
}

/** The names of the entries that differ between two zips in anything (fields, compressed bytes, content), and the names only in the copy. */
function differences(before: StoredEntry[], after: StoredEntry[]): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  before.forEach((entry, i) => {
    const copy = after[i];
    const same = copy && copy.name === entry.name && JSON.stringify(copy.central) === JSON.stringify(entry.central) && JSON.stringify(copy.local) === JSON.stringify(entry.local) && copy.compressed.equals(entry.compressed) && copy.content.equals(entry.content);
    if (!same) changed.push(entry.name);
  });
  return { changed, added: after.slice(before.length).map((entry) => entry.name) };
}

/** Normalizes `input` and checks everything the copy must keep; returns the copy's path. */
async function normalizeAndCompare(input: string, output: string, editedSheet: string, fixedCells: string[]): Promise<string> {
  const before = readFileSync(input);
  const result = await normalizeFile(input, output, { today: TODAY, now: NOW });
  expect(result).toEqual({ fixed: fixedCells.length, skipped: 1, notKept: [] });
  expect(readFileSync(input).equals(before)).toBe(true);

  const [inputEntries, outputEntries] = [await storedEntries(input), await storedEntries(output)];
  const { changed, added } = differences(inputEntries, outputEntries);
  // Only the edited sheet and the three parts that list sheets change; the log sheet is new, and last.
  expect(changed.sort()).toEqual([editedSheet, "[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"].sort());
  expect(added).toHaveLength(1);
  expect(added[0]).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
  expect(outputEntries.slice(0, inputEntries.length).map((entry) => entry.name)).toEqual(inputEntries.map((entry) => entry.name));

  const [sheetBefore, sheetAfter] = [await part(input, editedSheet), await part(output, editedSheet)];
  expect(withoutCells(sheetAfter, fixedCells)).toBe(withoutCells(sheetBefore, fixedCells));
  for (const address of fixedCells) {
    const style = / s="(\d+)"/.exec(cellElement(sheetBefore, address)!)?.[1];
    expect(cellElement(sheetAfter, address)).toBe(`<c r="${address}"${style ? ` s="${style}"` : ""} t="inlineStr"><is><t xml:space="preserve">${FIXED}</t></is></c>`);
  }
  // The formula cell whose cached value is a name, and the external link's formula, as they were.
  expect(cellElement(sheetAfter, "H4")).toMatch(/<f>"ISIS "&amp;"militants"<\/f><v>ISIS militants<\/v>/);
  expect(cellElement(sheetAfter, "T5")).toMatch(/<f>\[1\]Sheet1!A1<\/f>/);

  // The three listing parts: the input's bytes with one element added to each.
  const logPart = added[0];
  const workbookAfter = await part(output, "xl/workbook.xml");
  const workbookBefore = await part(input, "xl/workbook.xml");
  const added1 = /<sheet name="Curation log" sheetId="(\d+)" r:id="(rId\d+)"\/>/.exec(workbookAfter);
  expect(added1).not.toBeNull();
  expect(workbookAfter.replace(added1![0], "")).toBe(workbookBefore);
  const relsAfter = await part(output, "xl/_rels/workbook.xml.rels");
  const relation = `<Relationship Id="${added1![2]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${logPart.replace(/^xl\//, "")}"/>`;
  expect(relsAfter.replace(relation, "")).toBe(await part(input, "xl/_rels/workbook.xml.rels"));
  const typesAfter = await part(output, "[Content_Types].xml");
  const override = `<Override PartName="/${logPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
  expect(typesAfter.replace(override, "")).toBe(await part(input, "[Content_Types].xml"));

  const log = await part(output, logPart);
  const texts = [...log.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)].map((match) => [...match[2].matchAll(/<t xml:space="preserve">([^<]*)<\/t>/g)].map((t) => t[1]));
  expect(texts[0]).toEqual(["time", "batch", "action", "sheet", "cell", "old", "new", "reason"]);
  expect(texts.slice(1).map((cells) => cells.slice(2, 7).join(" "))).toEqual([
    ...fixedCells.map((address) => `fix Incidents ${address} ISIS militants ${FIXED}`),
    `skipped Incidents H4 ISIS militants ${FIXED}`,
  ]);
  return output;
}

withOpenpyxl("an openpyxl workbook with notes, a chart, an external link, threaded comments, custom XML, shared formulas, merged cells and a hidden row: only the fixed cells change", async () => {
  const input = join(dir, "features.xlsx");
  openpyxlWorkbookOfRows(input);
  await addHandMadeParts(input, HAND_MADE);
  const names = (await storedEntries(input)).map((entry) => entry.name);
  for (const kept of ["xl/comments/comment1.xml", "xl/drawings/commentsDrawing1.vml", "xl/charts/chart1.xml", "xl/externalLinks/externalLink1.xml", "xl/threadedComments/threadedComment1.xml", "customXml/item1.xml", "xl/printerSettings/printerSettings1.bin"]) expect(names).toContain(kept);
  const sheetBefore = await part(input, "xl/worksheets/sheet1.xml");
  expect(sheetBefore).toMatch(/<row r="3"[^>]*hidden="1"/);
  expect(sheetBefore).toMatch(/<mergeCell ref="P1:Q1"/);
  expect(sheetBefore).toMatch(/<f t="shared" ref="R2:R5" si="0">LEN\(F2\)<\/f>/);

  const output = await normalizeAndCompare(input, join(dir, "features-normalized.xlsx"), "xl/worksheets/sheet1.xml", ["F2", "F3"]);
  // The defined name and the external reference are in the workbook part, kept.
  const workbook = await part(output, "xl/workbook.xml");
  expect(workbook).toMatch(/<definedName name="Actors"[^>]*>Incidents!\$F\$2:\$F\$5<\/definedName>/);
  expect(workbook).toMatch(/<externalReference [^>]*r:id="rIdEx1"\/>/);

  // Read again, only the name behind a formula is left to fix.
  const recheck = checkWorkbook(await readWorkbookFile(output), { today: TODAY });
  expect(recheck.issues.filter((issue) => issue.code === "non-canonical").map((issue) => `${issue.column}${issue.row}`)).toEqual(["H4"]);

  if (haveLibreOffice) {
    const csv = libreOfficeCsv(output, join(dir, "features-csv"));
    const actor1 = HEADERS.indexOf("actor1");
    expect([csv[1][actor1], csv[2][actor1], csv[3][HEADERS.indexOf("actor2")]]).toEqual([FIXED, FIXED, "ISIS militants"]);
    expect(csv[1][0]).toBe("BFA3001");
  }
});

withOpenpyxl("a macro workbook stays an .xlsm, its VBA project byte for byte; a copy named .xlsx is refused", async () => {
  const input = join(dir, "macros.xlsm");
  openpyxlWorkbookOfRows(input);
  await addHandMadeParts(input, { ...HAND_MADE, macros: true });
  expect(await normalizeFile(input, join(dir, "macros-normalized.xlsx"), { today: TODAY, now: NOW })).toEqual({ error: expect.stringMatching(/must be an \.xlsm file/) });
  expect(existsSync(join(dir, "macros-normalized.xlsx"))).toBe(false);

  const output = await normalizeAndCompare(input, join(dir, "macros-normalized.xlsm"), "xl/worksheets/sheet1.xml", ["F2", "F3"]);
  const vba = (await storedEntries(output)).find((entry) => entry.name === "xl/vbaProject.bin");
  expect(vba?.content.equals((await storedEntries(input)).find((entry) => entry.name === "xl/vbaProject.bin")!.content)).toBe(true);
  expect(await part(output, "[Content_Types].xml")).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
});

withBoth("a workbook written by LibreOffice (shared strings, its own chart and comment parts): only the fixed cells change, and LibreOffice reads the copy", async () => {
  openpyxlWorkbookOfRows(join(dir, "lo-plain.xlsx"));
  const input = libreOfficeCopy(join(dir, "lo-plain.xlsx"), join(dir, "lo"));
  const sheet = await part(input, "xl/worksheets/sheet1.xml");
  expect(sheet).toMatch(/<c r="F2"[^>]* t="s"/);
  const stored = await storedEntries(input);
  const names = stored.map((entry) => entry.name);
  // LibreOffice streams its zip: every entry's sizes and CRC follow its data, in a data descriptor.
  expect(stored.filter((entry) => (Number(entry.central.generalPurposeBitFlag) & 8) === 0).map((entry) => entry.name)).toEqual([]);
  expect(names).toContain("xl/sharedStrings.xml");
  expect(names.some((name) => name.startsWith("xl/charts/"))).toBe(true);
  expect(names.some((name) => /^xl\/comments/.test(name))).toBe(true);

  const output = join(dir, "lo-normalized.xlsx");
  const result = await normalizeFile(input, output, { today: TODAY, now: NOW });
  expect(result).toEqual({ fixed: 2, skipped: 0, notKept: [] });
  const { changed, added } = differences(await storedEntries(input), await storedEntries(output));
  expect(changed.sort()).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  expect(added).toHaveLength(1);
  expect(withoutCells(await part(output, "xl/worksheets/sheet1.xml"), ["F2", "F3"])).toBe(withoutCells(sheet, ["F2", "F3"]));

  const csv = libreOfficeCsv(output, join(dir, "lo-csv"));
  const actor1 = HEADERS.indexOf("actor1");
  expect([csv[1][actor1], csv[2][actor1], csv[4][actor1]]).toEqual([FIXED, FIXED, CLEAN_INCIDENT.actor1]);
});

withOpenpyxl("an existing Curation log sheet gets the new rows after its last one; no sheet is added", async () => {
  const input = join(dir, "with-log.xlsx");
  const earlier: CellValue[][] = [["time", "batch", "action", "sheet", "cell", "old", "new", "reason"], ["2026-01-02T03:04:05.000Z", "normalize 2026-01-02T03:04:05.000Z", "fix", "Incidents", "F9", "ISIS", FIXED, "an earlier run"]];
  openpyxlWorkbook(input, ROWS, earlier);
  const before = await storedEntries(input);
  const output = join(dir, "with-log-normalized.xlsx");
  const result = await normalizeFile(input, output, { today: TODAY, now: NOW });
  expect(result).toEqual({ fixed: 2, skipped: 0, notKept: [] });
  const after = await storedEntries(output);
  const { changed, added } = differences(before, after);
  expect(added).toEqual([]);
  expect(changed.sort()).toEqual(["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"]);

  const logBefore = await part(input, "xl/worksheets/sheet2.xml");
  const logAfter = await part(output, "xl/worksheets/sheet2.xml");
  // Everything before the end of its rows is as it was (but the dimension, grown); the new rows come after row 2.
  const cut = logBefore.indexOf("</sheetData>");
  expect(logAfter.replace(/<dimension ref="[^"]*"/, "").startsWith(logBefore.slice(0, cut).replace(/<dimension ref="[^"]*"/, ""))).toBe(true);
  expect(logAfter.slice(logAfter.indexOf("</sheetData>"))).toBe(logBefore.slice(cut));
  expect(logAfter).toMatch(/<dimension ref="A1:H4"/);
  const rows = [...logAfter.matchAll(/<row r="(\d+)"/g)].map((match) => Number(match[1]));
  expect(rows).toEqual([1, 2, 3, 4]);
  expect(cellElement(logAfter, "E3")).toContain(">F2<");
  expect(cellElement(logAfter, "E4")).toContain(">F3<");
});

test("a workbook saved with a password (an OLE compound file, not a zip) is refused in one sentence, nothing written", async () => {
  const input = join(dir, "secret.xlsx");
  writeFileSync(input, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  const output = join(dir, "secret-normalized.xlsx");
  expect(await normalizeFile(input, output, { today: TODAY, now: NOW })).toEqual({ error: `${input}: is encrypted (saved with a password) or an old .xls file: open it in Excel and save it without a password as .xlsx first` });
  expect(existsSync(output)).toBe(false);
});
