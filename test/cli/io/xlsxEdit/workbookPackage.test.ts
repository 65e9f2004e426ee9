import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { WorkbookPackage } from "../../../../src/cli/io/xlsxEdit/workbookPackage";
import { PackageError } from "../../../../src/cli/io/xlsxEdit/zipPackage";

/**
 * The package edit on small hand-made packages, for what no tool here writes: a chartsheet,
 * a digital signature, rich text, a blank cell asked for, a log sheet that is not a worksheet.
 */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "workbook-package-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const LOG = { sheet: "Curation log", header: ["time", "action"], rows: [["t", "fix"]] };
const NOW = new Date(2026, 10, 25);

async function makePackage(name: string, options: { logSheetKind?: "chartsheet"; signed?: boolean } = {}): Promise<string> {
  const zip = new JSZip();
  const sheets = [`<sheet name="Data" sheetId="1" r:id="rId1"/>`, `<sheet name="Chart" sheetId="2" r:id="rId2"/>`];
  const rels = [`<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>`, `<Relationship Id="rId2" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/>`, `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`];
  if (options.logSheetKind) {
    sheets.push(`<sheet name="curation LOG" sheetId="3" r:id="rId4"/>`);
    rels.push(`<Relationship Id="rId4" Type="${REL}/chartsheet" Target="chartsheets/sheet2.xml"/>`);
  }
  zip.file("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`);
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join("")}</sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>plain</t></si><si><r><rPr><b/></rPr><t>ISIS</t></r><r><t> militants</t></r></si></sst>`);
  zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>7</v></c></row></sheetData></worksheet>`);
  zip.file("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="${MAIN}"/>`);
  if (options.logSheetKind) zip.file("xl/chartsheets/sheet2.xml", `<chartsheet xmlns="${MAIN}"/>`);
  if (options.signed) zip.file("_xmlsignatures/sig1.xml", "<Signature/>");
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

async function write(pkg: WorkbookPackage, path: string, edits: Parameters<WorkbookPackage["write"]>[1]): Promise<string[]> {
  const descriptor = openSync(path, "w");
  try {
    return await pkg.write(descriptor, edits);
  } finally {
    closeSync(descriptor);
  }
}

test("cells as the package holds them: shared strings (rich text seen as such), a blank cell, a chartsheet, a missing sheet and a dangling shared string said plainly", async () => {
  const pkg = await WorkbookPackage.open(await makePackage("cells.xlsx"));
  try {
    const cells = await pkg.cells([
      { sheet: "Data", address: "A1" },
      { sheet: "Data", address: "B1" },
      { sheet: "Data", address: "C1" },
      { sheet: "Data", address: "D9" },
      { sheet: "Chart", address: "A1" },
      { sheet: "Nowhere", address: "A1" },
    ]);
    expect(Object.fromEntries(cells)).toEqual({
      "Data!A1": { formula: false, value: "plain", richText: false },
      "Data!B1": { formula: false, value: "ISIS militants", richText: true },
      "Data!C1": { missing: "the cell points at shared string 7, which the workbook does not have" },
      "Data!D9": { missing: "the cell is blank in the file (no element to edit)" },
      "Chart!A1": { missing: "it is a chartsheet, not a worksheet with cells" },
      "Nowhere!A1": { missing: "the workbook has no such sheet" },
    });
  } finally {
    pkg.close();
  }
});

test("what cannot be kept is said: a digital signature, the rich text runs of a fixed cell", async () => {
  const pkg = await WorkbookPackage.open(await makePackage("signed.xlsx", { signed: true }));
  const output = join(dir, "signed-out.xlsx");
  try {
    await pkg.cells([{ sheet: "Data", address: "B1" }]);
    const notKept = await write(pkg, output, { cells: [{ sheet: "Data", address: "B1", text: "Islamic State Sahel Province" }], log: LOG, now: NOW });
    expect(notKept).toEqual([
      "its digital signature (_xmlsignatures/) no longer matches the edited workbook: Excel will show the copy as unsigned",
      "Data!B1: the formatting of parts of its old text (rich text runs); the new text has the cell's own format",
    ]);
  } finally {
    pkg.close();
  }
  const zip = await JSZip.loadAsync(readFileSync(output));
  expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain(`<c r="B1" t="inlineStr"><is><t xml:space="preserve">Islamic State Sahel Province</t></is></c>`);
  expect(await zip.file("_xmlsignatures/sig1.xml")!.async("string")).toBe("<Signature/>");
});

test("refused in one sentence: an edit of a blank cell, a log sheet (of another case) that is a chartsheet", async () => {
  const plain = await WorkbookPackage.open(await makePackage("blank.xlsx"));
  try {
    await expect(write(plain, join(dir, "blank-out.xlsx"), { cells: [{ sheet: "Data", address: "D9", text: "x" }], log: LOG, now: NOW })).rejects.toThrow(new PackageError("Data!D9: the cell is blank in the file (no element to edit)"));
  } finally {
    plain.close();
  }
  const charted = await WorkbookPackage.open(await makePackage("log-chart.xlsx", { logSheetKind: "chartsheet" }));
  try {
    await expect(write(charted, join(dir, "log-chart-out.xlsx"), { cells: [], log: LOG, now: NOW })).rejects.toThrow(/^curation LOG: it is a chartsheet, not a worksheet with cells; the log cannot be added to it$/);
  } finally {
    charted.close();
  }
});

test("a new log sheet in a package whose workbook part is elsewhere and prefixed: the next free part name, sheetId and relationship id", async () => {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/book/main.xml"/></Relationships>`);
  zip.file("book/main.xml", `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Data" sheetId="4" rel:id="rId3"/></x:sheets></x:workbook>`);
  zip.file("book/_rels/main.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file("book/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
  const input = join(dir, "elsewhere.xlsx");
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const pkg = await WorkbookPackage.open(input);
  const output = join(dir, "elsewhere-out.xlsx");
  try {
    expect(await write(pkg, output, { cells: [], log: LOG, now: NOW })).toEqual([]);
  } finally {
    pkg.close();
  }
  const copy = await JSZip.loadAsync(readFileSync(output));
  expect(await copy.file("book/main.xml")!.async("string")).toBe(`<x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:sheets><x:sheet name="Data" sheetId="4" rel:id="rId3"/><x:sheet name="Curation log" sheetId="5" rel:id="rId4"/></x:sheets></x:workbook>`);
  expect(await copy.file("book/_rels/main.xml.rels")!.async("string")).toContain(`<Relationship Id="rId4" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/></Relationships>`);
  expect(await copy.file("[Content_Types].xml")!.async("string")).toBe(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/book/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  expect(await copy.file("book/worksheets/sheet2.xml")!.async("string")).toContain(`<sheetData><row r="1" spans="1:2"><c r="A1" t="inlineStr"><is><t xml:space="preserve">time</t></is></c>`);
});
