import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { readWorkbookFile } from "../../../src/cli/io/readWorkbookFile";
import { date1904Of } from "../../../src/cli/io/workbookDateSystem";
import { serialToIso } from "../../../src/domain/cells/excelDate";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { readableDateSystem } from "../../support/exceljsGrid";
import { CLEAN_INCIDENT, TODAY } from "../../support/rows";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "date-system-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each([
  ['<workbookPr date1904="1"/>', true, "Excel, exceljs, xlsxwriter, openpyxl"],
  ['<workbookPr backupFile="false" showObjects="all" date1904="true"/>', true, "LibreOffice"],
  ["<x:workbookPr date1904=' true '/>", true, "a prefixed element, single quotes, xsd:boolean's surrounding spaces"],
  ['<workbookPr date1904="0"/>', false, "0"],
  ['<workbookPr date1904="false"/>', false, "false"],
  ['<workbookPr defaultThemeVersion="164011"/>', false, "no date1904"],
  ['<workbookProtection date1904="1"/><fileVersion appName="xl"/>', false, "no workbookPr"],
])("%s: 1904 system %p (%s)", (element, expected) => {
  expect(date1904Of(`<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${element}<sheets/></workbook>`)).toBe(expected);
});

/** An incident workbook written by exceljs in one date system, its workbookPr then spelled as another writer would. */
async function respelled(date1904: boolean, workbookPr: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = date1904;
  const sheet = workbook.addWorksheet("Incidents");
  sheet.addRow(Object.keys(CLEAN_INCIDENT));
  sheet.addRow(Object.values(CLEAN_INCIDENT).map((value, i) => (i === 1 ? new Date("2024-03-15T00:00:00Z") : value)));
  sheet.getCell("B2").numFmt = "yyyy-mm-dd";
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  expect(xml).toMatch(/<workbookPr\b[^>]*\/>/);
  zip.file("xl/workbook.xml", xml.replace(/<workbookPr\b[^>]*\/>/, workbookPr));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

test.each([
  [true, '<workbookPr date1904="1"/>'],
  [true, '<workbookPr date1904="true"/>'],
  [true, "<workbookPr date1904=' true '/>"],
  [false, '<workbookPr date1904="0"/>'],
  [false, '<workbookPr date1904="false"/>'],
  [false, "<workbookPr/>"],
  [false, ""],
])("read whatever the spelling: 1904 system %p written %s", async (date1904, workbookPr) => {
  const path = join(dir, `spelled-${date1904}-${workbookPr.length}.xlsx`);
  writeFileSync(path, await respelled(date1904, workbookPr));
  const grid = await readWorkbookFile(path);
  expect(grid.date1904).toBe(date1904);
  expect(grid.sheets[0].values[1][1]).toBe(date1904 ? 43904 : 45366);
  expect(checkWorkbook(grid, { today: TODAY }).incidents!.rows[0].values.event_date).toBe("2024-03-15");
});

test("a package exceljs would misread is handed to it saying 1, its other parts as they were", async () => {
  const bytes = await respelled(true, '<workbookPr backupFile="false" date1904="true"/>');
  const readable = await readableDateSystem(bytes);
  expect(readable.date1904).toBe(true);
  const [before, after] = await Promise.all([JSZip.loadAsync(bytes), JSZip.loadAsync(readable.bytes)]);
  expect(await after.file("xl/workbook.xml")!.async("string")).toBe((await before.file("xl/workbook.xml")!.async("string")).replace('date1904="true"', 'date1904="1"'));
  expect(Object.keys(after.files)).toEqual(Object.keys(before.files));
  for (const name of Object.keys(before.files).filter((n) => n !== "xl/workbook.xml" && !before.files[n].dir)) {
    expect([name, await after.file(name)!.async("nodebuffer")]).toEqual([name, await before.file(name)!.async("nodebuffer")]);
  }
  // One exceljs reads as it is stays the very same bytes.
  const plain = await respelled(true, '<workbookPr date1904="1"/>');
  expect((await readableDateSystem(plain)).bytes).toBe(plain);
});

test("date cells come back as the serials the file holds, in either system, before March 1900 too (exceljs counts no phantom 29 February)", async () => {
  const reading = (serial: number, date1904?: boolean) => {
    const result = serialToIso(serial, date1904);
    return result.ok ? result.iso : result.reason;
  };
  const readBack = async (date1904: boolean, serials: number[]) => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = date1904;
    const sheet = workbook.addWorksheet("Dates");
    for (const serial of serials) sheet.addRow([serial]).getCell(1).numFmt = "yyyy-mm-dd";
    const path = join(dir, `serials-${date1904}.xlsx`);
    await workbook.xlsx.writeFile(path);
    const grid = await readWorkbookFile(path);
    return grid.sheets[0].values.map(([cell]) => [cell, typeof cell === "number" ? reading(cell, grid.date1904) : cell]);
  };
  expect(await readBack(false, [1, 59, 60, 61, 45366.75])).toEqual([[1, "1900-01-01"], [59, "1900-02-28"], [60, "phantom-leap-day"], [61, "1900-03-01"], [45366.75, "2024-03-15"]]);
  expect(await readBack(true, [0, 1, 43904.75])).toEqual([[0, "1904-01-01"], [1, "1904-01-02"], [43904.75, "2024-03-15"]]);
});
