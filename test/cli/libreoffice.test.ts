import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

async function formulasAfterLibreOffice(csv: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "lo-"));
  try {
    writeFileSync(join(dir, "export.csv"), csv, "utf8");
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", dir, join(dir, "export.csv")], { stdio: "ignore", timeout: 120_000 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, "export.xlsx"));
    const formulas: string[] = [];
    workbook.worksheets[0].eachRow((row) => row.eachCell((cell) => {
      if (cell.formula || cell.type === ExcelJS.ValueType.Formula) formulas.push(`${cell.address}: ${cell.formula}`);
    }));
    return formulas;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run("dangerous text cells are neutralised: LibreOffice opens them as text, negative numbers stay numbers", async () => {
  const rows = PAYLOADS.map((payload, i) => ({ ...CLEAN_INCIDENT, incident_id: `BFA${i}`, event_date: `2024-03-1${i}`, notes: payload, location: `Place ${i}`, fatalities: i === 0 ? "" : 3, latitude: -13.5, longitude: -1.25 }));
  const result = checkWorkbook({ sheets: [{ name: "Incidents", values: gridOf(rows) }] }, { today: TODAY });
  const csv = writeCsv(exportSheet(result.incidents!).rows);
  expect(await formulasAfterLibreOffice(csv)).toEqual([]);
  expect(csv).toContain(",-13.5,-1.25,");

  // The control: the same payloads written without neutralisation become formulas.
  const raw = writeCsv([["notes"], ...PAYLOADS.map((payload) => [payload])]);
  expect((await formulasAfterLibreOffice(raw)).length).toBeGreaterThan(0);
}, 240_000);
