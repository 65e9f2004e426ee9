import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { date1904Of } from "../../src/cli/io/workbookDateSystem";
import { CLEAN_INCIDENT } from "./rows";
import { packagePart } from "./xlsxPackage";

/**
 * One incident sheet written by several spreadsheet writers, each told to count dates from
 * 1904, into a folder at test time: the files are real output of those tools, made again
 * on every run from the table below (a few seconds, most of it LibreOffice starting).
 */

/** A cell as the writers are told to write it: text, a number in a General cell, or a date (and time) in a date-formatted cell. */
export type WrittenCell = string | number | { date: string };

const HEADERS = Object.keys(CLEAN_INCIDENT);
const row = (changes: Record<string, WrittenCell>): WrittenCell[] => HEADERS.map((header) => changes[header] ?? (CLEAN_INCIDENT[header] as WrittenCell));

/** Sheet rows 2–5; the expected readings are in `EXPECTED_1904`. */
export const ROWS_1904: WrittenCell[][] = [
  HEADERS,
  row({ incident_id: "BFA2001", event_date: { date: "2024-03-15" }, actor1: "ISIS militants", location: "Kalamba" }),
  row({ incident_id: "BFA2002", event_date: { date: "2024-02-29" }, location: "Djibo", latitude: 14.1, longitude: -1.6167 }),
  row({ incident_id: "BFA2003", event_date: { date: "2024-03-17T18:30" }, location: "Arbinda", latitude: 14.2308, longitude: -0.8683 }),
  // A serial typed into a General cell: read as a number, its date only suggested.
  row({ incident_id: "BFA2004", event_date: 43905, location: "Gorom-Gorom", latitude: 14.4439, longitude: -0.2361 }),
];

/** What each row's event_date cell holds in the 1904 system and what it reads as. */
export const EXPECTED_1904 = [
  { row: 2, id: "BFA2001", serial: 43904, iso: "2024-03-15" },
  { row: 3, id: "BFA2002", serial: 43889, iso: "2024-02-29" },
  { row: 4, id: "BFA2003", serial: 43906 + (18 * 60 + 30) / 1440, iso: "2024-03-17" },
  { row: 5, id: "BFA2004", serial: 43905, iso: undefined, suggestion: "2024-03-16" },
];

export type Writer1904 = "exceljs" | "LibreOffice" | "xlsxwriter" | "openpyxl";

const SOFFICE = "/usr/bin/soffice";
/** Where this kind of machine keeps Python wheels on disk (pip's find-links); a pure-Python wheel imports straight from its zip. */
const WHEEL_DIRS = ["/opt/pypi/files", "/opt/wheels"];
const PYTHON_WRITER = join(__dirname, "date1904Workbook.py");
const PYTHON_NEEDS: Record<"xlsxwriter" | "openpyxl", string[]> = { xlsxwriter: ["xlsxwriter"], openpyxl: ["openpyxl", "et_xmlfile"] };

/** The PYTHONPATH under which python3 imports `modules`, or undefined where it cannot. */
export function pythonPathFor(modules: string[]): string | undefined {
  const imports = (path: string) => spawnSync("python3", ["-c", modules.map((m) => `import ${m}`).join("; ")], { env: { ...process.env, PYTHONPATH: path }, stdio: "ignore" }).status === 0;
  if (imports(process.env.PYTHONPATH ?? "")) return process.env.PYTHONPATH ?? "";
  const wheels = modules.map((module) => {
    for (const dir of WHEEL_DIRS) {
      const wheel = existsSync(dir) ? readdirSync(dir).find((name) => name.toLowerCase().startsWith(`${module}-`) && name.endsWith("-none-any.whl")) : undefined;
      if (wheel) return join(dir, wheel);
    }
    return undefined;
  });
  if (wheels.some((wheel) => wheel === undefined)) return undefined;
  const path = wheels.join(":");
  return imports(path) ? path : undefined;
}

/** Whether a writer can run on this machine, and if not, why. */
export function writerAvailability(writer: Writer1904): { available: true } | { available: false; why: string } {
  if (writer === "exceljs") return { available: true };
  if (writer === "LibreOffice") return existsSync(SOFFICE) ? { available: true } : { available: false, why: `${SOFFICE} not found (apt-get install libreoffice-calc)` };
  return pythonPathFor(PYTHON_NEEDS[writer]) !== undefined ? { available: true } : { available: false, why: `python3 cannot import ${writer}, installed or as a wheel in ${WHEEL_DIRS.join(" or ")}` };
}

/** Writes the 1904 incident workbook with `writer` into `dir`; returns its path. Throws unless the file says date1904. */
export async function write1904Workbook(writer: Writer1904, dir: string): Promise<string> {
  const path = join(dir, `${writer}-1904.xlsx`);
  if (writer === "exceljs") await writeWithExceljs(path);
  else if (writer === "LibreOffice") writeWithLibreOffice(dir, path);
  else writeWithPython(writer, path);
  if (!date1904Of(await packagePart(path, "xl/workbook.xml"))) throw new Error(`${writer} wrote ${path} without date1904: not a 1904 fixture`);
  return path;
}

const isoDateTime = (iso: string) => (iso.includes("T") ? iso : `${iso}T00:00`);
const formatOf = (iso: string) => (iso.includes("T") ? "yyyy-mm-dd hh:mm" : "yyyy-mm-dd");

async function writeWithExceljs(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = true;
  const sheet = workbook.addWorksheet("Incidents");
  ROWS_1904.forEach((cells, r) => cells.forEach((value, c) => {
    const cell = sheet.getCell(r + 1, c + 1);
    if (typeof value === "object") {
      cell.value = new Date(`${isoDateTime(value.date)}:00Z`);
      cell.numFmt = formatOf(value.date);
    } else cell.value = value;
  }));
  await workbook.xlsx.writeFile(path);
}

/** LibreOffice's 1904 setting is the document's null date; it comes from a flat ODF document converted headless. */
function writeWithLibreOffice(dir: string, path: string): void {
  const source = join(dir, "LibreOffice-1904.fods");
  writeFileSync(source, flatOds(), "utf8");
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(dir, "lo-profile")}`, "--headless", "--norestore", "--convert-to", "xlsx", "--outdir", dir, source], { stdio: "ignore", timeout: 120_000 });
  if (!existsSync(path)) throw new Error(`LibreOffice did not convert ${source}`);
}

const xml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function flatOds(): string {
  const cell = (value: WrittenCell) => {
    if (typeof value === "string") return `<table:table-cell office:value-type="string"><text:p>${xml(value)}</text:p></table:table-cell>`;
    if (typeof value === "number") return `<table:table-cell office:value-type="float" office:value="${value}"><text:p>${value}</text:p></table:table-cell>`;
    const timed = value.date.includes("T");
    return `<table:table-cell table:style-name="${timed ? "datetime" : "date"}" office:value-type="date" office:date-value="${timed ? `${value.date}:00` : value.date}"><text:p>${value.date.replace("T", " ")}</text:p></table:table-cell>`;
  };
  const rows = ROWS_1904.map((cells) => `<table:table-row>${cells.map(cell).join("")}</table:table-row>`).join("\n    ");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
  <office:automatic-styles>
    <number:date-style style:name="iso-date"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
    <number:date-style style:name="iso-datetime"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
    <style:style style:name="date" style:family="table-cell" style:data-style-name="iso-date"/>
    <style:style style:name="datetime" style:family="table-cell" style:data-style-name="iso-datetime"/>
  </office:automatic-styles>
  <office:body>
    <office:spreadsheet>
      <table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>
      <table:table table:name="Incidents">
    ${rows}
      </table:table>
    </office:spreadsheet>
  </office:body>
</office:document>
`;
}

function writeWithPython(writer: "xlsxwriter" | "openpyxl", path: string): void {
  const pythonPath = pythonPathFor(PYTHON_NEEDS[writer]);
  if (pythonPath === undefined) throw new Error(`python3 cannot import ${writer}`);
  const run = spawnSync("python3", [PYTHON_WRITER, writer, path], { input: JSON.stringify({ sheet: "Incidents", rows: ROWS_1904 }), env: { ...process.env, PYTHONPATH: pythonPath }, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`${writer} failed: ${run.stderr}`);
}
