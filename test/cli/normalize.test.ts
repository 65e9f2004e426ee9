import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildSampleWorkbook } from "../support/sampleWorkbook";
import { TODAY } from "../support/rows";

const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "normalize-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const curate = (...args: string[]) => spawnSync(process.execPath, [CURATE, ...args, "--today", TODAY], { encoding: "utf8" });
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

test("a copy with names fixed, formats and formulas untouched, every change logged; the input never written", async () => {
  const workbook = buildSampleWorkbook();
  const incidents = workbook.getWorksheet("Incidents")!;
  incidents.getCell("F23").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } }; // "ISIS militants", to be fixed
  incidents.getCell("H24").value = { formula: 'CONCAT("Nigerian"," army")', result: "Nigerian army" } as ExcelJS.CellValue; // a name made by a formula
  const input = join(dir, "input.xlsx");
  await workbook.xlsx.writeFile(input);
  const before = digest(input);

  const output = join(dir, "normalized.xlsx");
  const run = curate("normalize", input, "-o", output);
  expect([run.status, run.stderr]).toEqual([0, ""]);
  // 6: "Military Forces of Burkina Faso (2022-)" (H23) is ACLED's own form, no longer rewritten (NAMING-POLICY actors §2).
  expect(run.stdout).toMatch(/^6 names fixed, 1 left alone/);
  expect(digest(input)).toBe(before);

  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(output);
  const sheet = copy.getWorksheet("Incidents")!;
  expect(sheet.getCell("F23").value).toBe("Islamic State Sahel Province");
  expect((sheet.getCell("F23").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FF00B050");
  expect(sheet.getCell("H24").formula).toBe('CONCAT("Nigerian"," army")');
  expect(sheet.getCell("B4").numFmt).toBe("yyyy-mm-dd");
  expect(copy.getWorksheet("Weapons")!.getCell("B12").value).toBe("RPG-7");
  const log = copy.getWorksheet("Curation log")!;
  expect(log.getRow(1).values).toEqual([undefined, "time", "batch", "action", "sheet", "cell", "old", "new", "reason"]);
  const actions = [];
  for (let r = 2; r <= log.rowCount; r++) actions.push(`${log.getCell(r, 3).value} ${log.getCell(r, 4).value}!${log.getCell(r, 5).value}`);
  expect(actions).toContain("fix Incidents!F23");
  expect(actions).toContain("skipped Incidents!H24");
  expect(actions).toHaveLength(7);

  // Checked again, the copy has no name left to fix but the one behind a formula.
  const recheck = JSON.parse(curate("check", output, "--format", "json").stdout);
  expect(recheck.issues.filter((i: { code: string }) => i.code === "non-canonical").map((i: { column: string; row: number }) => `${i.column}${i.row}`)).toEqual(["H24"]);
});

test.each([
  [["normalize", "x.csv", "-o", "y.xlsx"], /normalize works on .xlsx workbooks/],
  [["normalize", "in.xlsx"], /needs -o OUT.xlsx/],
  [["normalize", "in.xlsx", "-o", "out.csv"], /must be an .xlsx file/],
])("bad arguments %p: exit 2", (args, message) => {
  const run = curate(...(args as string[]));
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
});

test("never writes over its input", () => {
  const input = join(dir, "same.xlsx");
  copyFileSync(join(ROOT, "test", "fixtures", "sample.xlsx"), input);
  const before = digest(input);
  const run = curate("normalize", input, "-o", input);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/never writes over its input/);
  expect(digest(input)).toBe(before);
});

test("a workbook the editor cannot edit in place (a sheet part in another encoding) is one sentence and exit 2, never an internal error", async () => {
  const input = join(dir, "latin1.xlsx");
  await buildSampleWorkbook().xlsx.writeFile(input);
  const zip = await JSZip.loadAsync(readFileSync(input));
  for (const name of Object.keys(zip.files).filter((part) => /^xl\/worksheets\/sheet\d+\.xml$/.test(part))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="ISO-8859-1" standalone="yes"?>'));
  }
  writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const output = join(dir, "latin1-normalized.xlsx");
  const run = curate("normalize", input, "-o", output);
  expect(run.status).toBe(2);
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toMatch(/cannot be edited in place \(a sheet part is in ISO-8859-1, which cannot be edited in place\)/);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(existsSync(output)).toBe(false);
});
