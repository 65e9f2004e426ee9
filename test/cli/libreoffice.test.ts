import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { writeCsv } from "../../src/domain/export/csvWriter";
import { exportSheet } from "../../src/domain/export/exportSheet";
import { CLEAN_INCIDENT, gridOf, TODAY } from "../support/rows";

/**
 * The neutralised export opened by a real spreadsheet: LibreOffice Calc (Debian's package,
 * installed by .ci/run) converts it to .xlsx, and no cell may come out as a formula. The
 * same payloads written raw do become formulas, so the test can fail.
 */
const SOFFICE = "/usr/bin/soffice";
const available = existsSync(SOFFICE);
if (!available && process.env.CI) throw new Error("LibreOffice is missing: .ci/run must install libreoffice-calc.");
if (!available) console.warn("\n*** SKIPPING THE LIBREOFFICE TEST: /usr/bin/soffice not found (apt-get install libreoffice-calc) ***\n");
const run = available ? test : test.skip;

const PAYLOADS = ["=1+1", "+1+1", "-1+1", "@SUM(1,1)", "\t=1+1", "=HYPERLINK(\"http://127.0.0.1/\",\"x\")"];

/**
 * LibreOffice's CSV import options (the filter options string): the separator as a character
 * code, `"` as text delimiter, UTF-8, from line 1, standard cell formats; then (tokens 7–13)
 * quoted fields not forced to text, no special-number detection, "Trim spaces" on (a cell
 * ` =1+1` is then a formula) and "Evaluate formulas" on, so that any formula shows.
 */
const csvFilter = (separator: string) => `Text - txt - csv (StarCalc):${separator.charCodeAt(0)},34,76,1,,0,false,false,false,false,true,-1,true`;

/** Each CSV text converted to .xlsx by one soffice run (with `filter`, or as it opens a .csv by default), and its formula cells. */
async function formulasAfterLibreOffice(csvs: Record<string, string>, filter?: string): Promise<Record<string, string[]>> {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  try {
    const names = Object.keys(csvs);
    for (const name of names) writeFileSync(join(dir, `${name}.csv`), csvs[name], "utf8");
    const args = [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", ...(filter ? [`--infilter=${filter}`] : []), "--convert-to", "xlsx", "--outdir", dir, ...names.map((name) => join(dir, `${name}.csv`))];
    await promisify(execFile)(SOFFICE, args, { timeout: 120_000 });
    const formulas: Record<string, string[]> = {};
    for (const name of names) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(dir, `${name}.xlsx`));
      formulas[name] = [];
      workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => {
        if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas[name].push(`${cell.address}: ${cell.formula}`);
      }));
    }
    return formulas;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run("dangerous text cells are neutralised: LibreOffice opens them as text, negative numbers stay numbers", async () => {
  const rows = PAYLOADS.map((payload, i) => ({ ...CLEAN_INCIDENT, incident_id: `BFA${i}`, event_date: `2024-03-1${i}`, notes: payload, location: `Place ${i}`, fatalities: i === 0 ? "" : 3, latitude: -13.5, longitude: -1.25 }));
  const result = checkWorkbook({ sheets: [{ name: "Incidents", values: gridOf(rows) }] }, { today: TODAY });
  const csv = writeCsv(exportSheet(result.incidents!).rows);
  expect(csv).toContain(",-13.5,-1.25,");

  // The control: the same payloads written without neutralisation become formulas.
  const raw = writeCsv([["notes"], ...PAYLOADS.map((payload) => [payload])]);
  const formulas = await formulasAfterLibreOffice({ csv, raw });
  expect(formulas.csv).toEqual([]);
  expect(formulas.raw.length).toBeGreaterThan(0);
}, 240_000);

/** Payloads at a field's start and after each separator a spreadsheet may cut at, in a note and in an associated-actor list. */
const INSIDE = ["x;=cmd|' /C calc'!A0;y", "=1+1", " =1+1", "\t=1+1", "a,=1+1", "a;=1+1", "a; =1+1", "a\t=1+1", "a\t =1+1", "a\n=1+1", "a\r\n=1+1", "a;\"=1+1", "a;+1;-1;@SUM(1)"];

const ACTORS = "Wagner Group; =1+1; =cmd|' /C calc'!A0";

run("with `;` and with TAB as separator (French or German Excel, Unicode text): no piece of a field opens as a formula", async () => {
  const rows = INSIDE.map((note, i) => ({ ...CLEAN_INCIDENT, incident_id: `BFA${i}`, location: `Place ${i}`, notes: note, assoc_actor_1: ACTORS, latitude: -13.5 }));
  const exported = exportSheet(checkWorkbook({ sheets: [{ name: "Incidents", values: gridOf(rows) }] }, { today: TODAY }).incidents!).rows;
  const csv = writeCsv(exported);
  // The control: the same cells as a writer that neutralises a field's start only and quotes for commas only writes them.
  const startOnly = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
  const control = stringify([["notes", "assoc_actor_1"], ...INSIDE.map((note) => [startOnly(note), startOnly(ACTORS)])], { record_delimiter: "\r\n", quoted_match: /[\r\n]/ });

  const [semicolon, tab] = await Promise.all([";", "\t"].map((separator) => formulasAfterLibreOffice({ csv, control }, csvFilter(separator))));
  expect({ semicolon: semicolon.csv, tab: tab.csv }).toEqual({ semicolon: [], tab: [] });
  expect(semicolon.control.length).toBeGreaterThan(0);
  expect(tab.control.length).toBeGreaterThan(0);
}, 240_000);
