import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readWorkbookFile } from "../../../../src/cli/io/readWorkbookFile";
import { openXlsxRows } from "../../../../src/cli/io/xlsx/openXlsxRows";
import { gatherSheet } from "../../../../src/domain/sheetStream";
import { writeZip, ZipEntrySource } from "../../../support/zipWriter";

/**
 * Each kind of cell and each structural part of SpreadsheetML as the writers spell them,
 * in one hand-written package: what a cell of each kind reads as, and that the structure
 * (sheet order, relationships absolute and relative, styles, tables, hidden rows, merges,
 * the 1904 system spelled "true", namespace prefixes) is followed.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

const SHARED = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="4" uniqueCount="4">
<si><t>Djibo</t></si>
<si><r><rPr><b/></rPr><t xml:space="preserve">Islamic State </t></r><r><t>Sahel</t></r></si>
<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>
<si><t xml:space="preserve">line one_x000D_
line two  </t></si>
<si/>
</sst>`;

const STYLES = `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="22"/></cellXfs></styleSheet>`;

// Sheet "Incidents": every kind of cell; rows and cells with and without references; a hidden row; a merge.
const SHEET1 = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="${REL}"><x:dimension ref="A1"/><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c><x:c r="E1" t="s"><x:v>4</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>inline</x:t></x:is></x:c><x:c r="B2" t="b"><x:v>1</x:v></x:c><x:c r="C2" t="b"><x:v>0</x:v></x:c><x:c r="D2" t="e"><x:v>#N/A</x:v></x:c><x:c r="E2"><x:v>12.5</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3"><x:f>1+1</x:f><x:v>2</x:v></x:c><x:c r="B3" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c><x:c r="C3"><x:f>NOW()</x:f></x:c><x:c r="D3" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c><x:c r="E3" t="b"><x:f>TRUE()</x:f><x:v>1</x:v></x:c></x:row>
<x:row r="4" hidden="1"><x:c r="A4" s="1"><x:v>45366</x:v></x:c><x:c r="B4" s="2"><x:v>45367</x:v></x:c><x:c r="C4" s="3"><x:v>45367.75</x:v></x:c><x:c r="D4" t="d"><x:v>2024-03-15T00:00:00</x:v></x:c><x:c r="E4" t="d" s="3"><x:v>2024-03-15T18:00:00</x:v></x:c></x:row>
<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c><x:c r="E5"><x:v>9</x:v></x:c></x:row>
<x:row r="7" hidden="true"><x:c r="A7" t="s"><x:v>0</x:v></x:c><x:c r="B7" t="s"><x:v>0</x:v></x:c><x:c r="C7" t="s"><x:v>0</x:v></x:c></x:row>
</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A7:C7"/></x:mergeCells></x:worksheet>`;

const SHEET2 = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>weapons</t></is></c></row></sheetData></worksheet>`;

function workbook(): ZipEntrySource[] {
  return [
    { name: "[Content_Types].xml", data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>` },
    { name: "_rels/.rels", data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/book.xml"/></Relationships>` },
    // The workbook part under another name, sheets listed out of their part order, the 1904 system as LibreOffice spells it.
    { name: "xl/book.xml", data: `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="true"/><sheets><sheet name="Weapons" sheetId="2" r:id="rId2"/><sheet name="Chart" sheetId="3" r:id="rId9"/><sheet name="Incidents" sheetId="1" r:id="rId1"/></sheets></workbook>` },
    {
      name: "xl/_rels/book.xml.rels",
      data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/one.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/two.xml"/><Relationship Id="rId9" Type="${REL}/chartsheet" Target="chartsheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="strings.xml"/><Relationship Id="rId4" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId5" Type="${REL}/hyperlink" Target="http://127.0.0.1/" TargetMode="External"/></Relationships>`,
    },
    { name: "xl/strings.xml", data: SHARED },
    { name: "xl/styles.xml", data: STYLES },
    { name: "xl/worksheets/one.xml", data: SHEET1 },
    { name: "xl/worksheets/_rels/one.xml.rels", data: `<?xml version="1.0"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>` },
    { name: "xl/tables/table1.xml", data: `<?xml version="1.0"?><table xmlns="${MAIN}" id="1" name="Table1" displayName="Incidents" ref="A1:E5"/>` },
    { name: "xl/worksheets/two.xml", data: SHEET2 },
    { name: "xl/chartsheets/sheet1.xml", data: `<?xml version="1.0"?><chartsheet xmlns="${MAIN}"/>` },
  ];
}

let dir: string;
let path: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-cells-"));
  path = join(dir, "cells.xlsx");
  writeZip(path, workbook());
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("sheets in the workbook's order, chart sheets left out, the 1904 system as LibreOffice writes it, tables by display name", async () => {
  const grid = await readWorkbookFile(path);
  expect(grid.date1904).toBe(true);
  expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["Weapons", "Incidents"]);
  expect(grid.sheets[1].tables).toEqual(["Incidents"]);
  expect(grid.sheets[0].values).toEqual([["weapons"]]);
});

test("every kind of cell as Excel's values give it", async () => {
  const { values, numberFormats, hiddenRows } = (await readWorkbookFile(path)).sheets[1];
  expect(values[0]).toEqual(["Djibo", "Islamic State Sahel", "東京", "line one\r\nline two  ", ""]);
  expect(values[1]).toEqual(["inline", true, false, "#N/A", 12.5]);
  // Formulas: their cached values; one without a cached value is empty.
  expect(values[2]).toEqual([2, "ab", "", "#DIV/0!", true]);
  // Dates are serials with their formats; ISO date cells become serials of the workbook's (1904) system.
  expect(values[3]).toEqual([45366, 45367, 45367.75, 45366 - 1462, 45366 - 1462 + 0.75]);
  expect(numberFormats![3]).toEqual(["yyyy-mm-dd", "mm-dd-yy", 'm/d/yy "h":mm', "yyyy-mm-dd", 'm/d/yy "h":mm']);
  // Cells and rows without references follow the one before.
  expect(values[4]).toEqual(["Djibo", 7, "", "", 9]);
  expect(values[5]).toEqual([]);
  // Merged A7:C7: only the top-left cell keeps its value.
  expect(values[6]).toEqual(["Djibo", "", "", "", ""]);
  expect(hiddenRows).toEqual([4, 7]);
});

test.each([
  ["kept from the first pass (the first pass's rows left as they were)", undefined],
  ["read again", 0],
])("a second pass: rows %s, the merges the first learnt applied", async (_name, keepBudget) => {
  const source = await openXlsxRows(path, { keepBudget });
  try {
    const incidents = source.sheets[1];
    const first = await gatherSheet(incidents);
    const second = await gatherSheet(incidents);
    expect(first.values[6]).toEqual(["Djibo", "Djibo", "Djibo"]);
    expect(second.values[6]).toEqual(["Djibo", "", ""]);
    expect(second.values.slice(0, 6)).toEqual(first.values.slice(0, 6));
    expect(incidents.hiddenRows!()).toEqual([4, 7]);
  } finally {
    source.close();
  }
});
