import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { readWorkbookFile } from "../../../../src/cli/io/readWorkbookFile";
import { pythonPathFor } from "../../../support/date1904Workbooks";
import { loadXlsx } from "../../../support/exceljsGrid";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../../../support/libreOfficeConvert";

/**
 * Workbooks Excel opens but exceljs 4.4 refuses (exceljs#2591: "reading 'comments'",
 * "reading 'anchors'"), written by openpyxl and LibreOffice with notes, a chart, and threaded
 * comments as Excel 365 writes them: the streaming reader reads their cells.
 */
const ROWS = [
  ["incident_id", "event_date", "location", "fatalities"],
  ["BFA3001", "2024-03-15", "Djibo", 4],
  ["BFA3002", "2024-03-16", "Arbinda", 0],
];

const OPENPYXL = `
import json, sys, openpyxl
from openpyxl.comments import Comment
from openpyxl.chart import BarChart, Reference
kind, path = sys.argv[1], sys.argv[2]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Incidents"
for row in json.loads(sys.stdin.read()):
    ws.append(row)
if kind in ("notes", "both"):
    ws["C2"].comment = Comment("Checked against the local source", "Analyst")
    ws["A3"].comment = Comment("Second note", "Analyst")
if kind in ("chart", "both"):
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=4, min_row=1, max_row=3), titles_from_data=True)
    ws.add_chart(chart, "F2")
wb.save(path)
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "xlsx-writers-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const pythonPath = pythonPathFor(["openpyxl", "et_xmlfile"]);
if (pythonPath === undefined) console.warn("\n*** SKIPPING THE OPENPYXL NOTES AND CHART WORKBOOKS: python3 cannot import openpyxl (a wheel in /opt/pypi/files) ***\n");

function withOpenpyxl(kind: "notes" | "chart" | "both"): string {
  const path = join(dir, `openpyxl-${kind}.xlsx`);
  const run = spawnSync("python3", ["-c", OPENPYXL, kind, path], { input: JSON.stringify(ROWS), env: { ...process.env, PYTHONPATH: pythonPath }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
  return path;
}

const cellsOf = async (path: string) => (await readWorkbookFile(path)).sheets[0].values;

(pythonPath === undefined ? describe.skip : describe)("written by openpyxl", () => {
  test.each(["notes", "chart", "both"] as const)("with %s: read, where exceljs refuses", async (kind) => {
    const path = withOpenpyxl(kind);
    expect(await cellsOf(path)).toEqual(ROWS);
    // The control: the exceljs path fails on this very file.
    await expect(loadXlsx(path)).rejects.toThrow(/not a readable \.xlsx workbook/);
  });

  test("with threaded comments as Excel 365 writes them (threadedComments, persons, and the legacy note beside them)", async () => {
    const zip = await JSZip.loadAsync(readFileSync(withOpenpyxl("notes")));
    const guid = "{8F3C2A51-6A1B-4D8E-9C2F-1B7E0D4A6C11}";
    zip.file("xl/threadedComments/threadedComment1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><threadedComment ref="C2" dT="2024-03-18T09:12:00.00" personId="${guid}" id="{11111111-2222-3333-4444-555555555555}"><text>Checked against the local source</text></threadedComment></ThreadedComments>`);
    zip.file("xl/persons/person.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><person displayName="Analyst" id="${guid}" userId="analyst@example.org" providerId="None"/></personList>`);
    const sheetRels = "xl/worksheets/_rels/sheet1.xml.rels";
    const rels = await zip.file(sheetRels)!.async("string");
    zip.file(sheetRels, rels.replace("</Relationships>", `<Relationship Id="rIdTc1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`));
    const workbookRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", workbookRels.replace("</Relationships>", `<Relationship Id="rIdP1" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/></Relationships>`));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/></Types>`));
    const path = join(dir, "threaded.xlsx");
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(await cellsOf(path)).toEqual(ROWS);
  });
});

const haveLibreOffice = libreOfficeOrSkip("THE LIBREOFFICE NOTES WORKBOOK");
(haveLibreOffice ? test : test.skip)("written by LibreOffice with notes on cells", async () => {
  const cell = (value: string | number, note?: string) =>
    `<table:table-cell office:value-type="${typeof value === "number" ? "float" : "string"}"${typeof value === "number" ? ` office:value="${value}"` : ""}>${note ? `<office:annotation><dc:creator>Analyst</dc:creator><text:p>${note}</text:p></office:annotation>` : ""}<text:p>${value}</text:p></table:table-cell>`;
  const rows = ROWS.map((row, r) => `<table:table-row>${row.map((value, c) => cell(value, r === 1 && c === 2 ? "Checked against the local source" : undefined)).join("")}</table:table-row>`).join("");
  const source = join(dir, "lo-notes.fods");
  writeFileSync(source, `<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"><office:body><office:spreadsheet><table:table table:name="Incidents">${rows}</table:table></office:spreadsheet></office:body></office:document>`);
  await convertWithLibreOffice([source], "xlsx", dir);
  const path = join(dir, "lo-notes.xlsx");
  const zip = await JSZip.loadAsync(readFileSync(path));
  // A real note: LibreOffice wrote the comments part and its VML drawing.
  expect(Object.keys(zip.files).some((name) => /comments\d*\.xml$/.test(name))).toBe(true);
  expect(Object.keys(zip.files).some((name) => name.endsWith(".vml"))).toBe(true);
  expect(await cellsOf(path)).toEqual(ROWS);
}, 240_000);
