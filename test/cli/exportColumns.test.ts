import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { curateInProcess, curateProcess } from "../support/curateRuns";
import { neutralise } from "../../src/domain/export/csvWriter";
import { fieldForHeader, FIELDS_OF } from "../../src/domain/headers/fieldIndex";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";
import { CLEAN_INCIDENT, CLEAN_WEAPON } from "../support/rows";
import { validateDataPackage } from "../support/tableSchema";

/**
 * Issue 12, items 7 and 11, through the command line on a workbook exceljs wrote: the
 * user's columns kept (or left out with --schema-only), headerless values named in the
 * output line, dates written as dates whether or not valid, and datapackage.json merged
 * into, never dropped, never replaced when unreadable.
 */
const ROOT = join(__dirname, "..", "..");
const curate = curateInProcess;
const FIELD_COUNT = FIELDS_OF.incidents.length;
const BASE = Object.keys(CLEAN_INCIDENT);

let dir: string;
let workbook: string;
const at = (...parts: string[]) => join(dir, ...parts);
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "export-columns-"));
  const book = new ExcelJS.Workbook();
  const incidents = book.addWorksheet("Incidents");
  // A–O the schema's columns, P and Q the user's, R no header, S the user's date column; XFD a stray value.
  incidents.addRow([...BASE, "Region code", "Analyst", null, "Reported"]);
  const rows: { change: Record<string, unknown>; own: unknown[]; far?: string }[] = [
    { change: { incident_id: "BFA1001" }, own: ["BF-13", "AB", "stray 1", utc("2024-03-20")] },
    // A future date: the row has an error, and its date is still written as a date.
    { change: { incident_id: "BFA1002", event_date: utc("2031-01-01"), year: 2031, location: "Djibo" }, own: ["BF-12", "CD", "stray 2", utc("2024-03-21")], far: "far" },
    { change: { incident_id: "BFA1003", event_date: utc("2024-03-16"), location: "Kaya" }, own: ["BF-05", " EF ", null, null] },
  ];
  for (const { change, own, far } of rows) {
    const row = incidents.addRow([...BASE.map((key) => (key in change ? change[key] : key === "event_date" ? utc("2024-03-15") : CLEAN_INCIDENT[key])), ...own]);
    row.getCell(2).numFmt = "yyyy-mm-dd";
    row.getCell(19).numFmt = "dd/mm/yyyy";
    if (far) incidents.getCell(`XFD${row.number}`).value = far;
  }
  const weapons = book.addWorksheet("Weapons");
  weapons.addRow(Object.keys(CLEAN_WEAPON));
  weapons.addRow(Object.values(CLEAN_WEAPON));
  workbook = at("incidents.xlsx");
  await book.xlsx.writeFile(workbook);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvOf = (path: string): string[][] => parse(readFileSync(path, "utf8"), {});

describe("the user's columns and the values without a header", () => {
  test("kept by default after the schema's columns, under their headers; the line names them and the headerless values", async () => {
    const out = at("all.csv");
    const run = await curate("export", workbook, "--sheet", "incidents", "-o", out);
    expect([run.status, run.stderr]).toEqual([1, ""]);
    expect(run.stdout).toBe(`3 incidents rows written to ${out}; 3 columns of your own kept (Region code, Analyst, Reported); left out: 3 values in 2 columns without a header (R, XFD).\n`);
    const [header, ...rows] = csvOf(out);
    expect(header.slice(FIELD_COUNT)).toEqual(["Region code", "Analyst", "Reported"]);
    expect(rows.map((row) => row.slice(FIELD_COUNT))).toEqual([
      ["BF-13", "AB", "2024-03-20"],
      ["BF-12", "CD", "2024-03-21"],
      ["BF-05", " EF ", ""],
    ]);
    // The future date (a range error) is its date, not its serial 47849.
    expect(rows.map((row) => row[header.indexOf("event_date")])).toEqual(["2024-03-15", "2031-01-01", "2024-03-16"]);
    // No value of the headerless columns anywhere in the file.
    expect(readFileSync(out, "utf8")).not.toMatch(/stray|far/);
  });

  test("--valid-only: the rows left out come first in the line, worded as before", async () => {
    const out = at("valid.csv");
    const run = await curate("export", workbook, "--sheet", "incidents", "-o", out, "--valid-only");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toBe(`2 incidents rows written to ${out}, 1 left out (rows with errors, --valid-only); 3 columns of your own kept (Region code, Analyst, Reported); also left out: 3 values in 2 columns without a header (R, XFD).\n`);
  });

  test("--schema-only leaves the user's columns out, and says so", async () => {
    const out = at("schema.csv");
    const run = await curate("export", workbook, "--sheet", "incidents", "-o", out, "--schema-only", "--with-issues");
    expect(run.stdout).toBe(`3 incidents rows written to ${out}; left out: 3 columns of your own (--schema-only), 3 values in 2 columns without a header (R, XFD).\n`);
    const [header] = csvOf(out);
    expect(header.slice(FIELD_COUNT)).toEqual(["issue_codes", "issue_messages"]);
  });

  test("a sheet of the schema's columns only: the line is as it always was, singular where one row", async () => {
    const out = at("weapons.csv");
    const run = await curate("export", workbook, "--sheet", "weapons", "-o", out);
    expect(run.stdout).toBe(`1 weapons row written to ${out}.\n`);
  });
});

const SOFFICE = "/usr/bin/soffice";
const libreOffice = existsSync(SOFFICE);
if (!libreOffice && process.env.CI) throw new Error("LibreOffice is missing: .ci/run must install libreoffice-calc.");
if (!libreOffice) console.warn("\n*** SKIPPING THE LIBREOFFICE RE-SAVE: /usr/bin/soffice not found (apt-get install libreoffice-calc) ***\n");

(libreOffice ? test : test.skip)("the workbook saved again by LibreOffice Calc (its own styles and date formats) exports the same CSV", async () => {
  const folder = at("lo");
  mkdirSync(folder);
  execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(folder, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", folder, workbook], { timeout: 120_000, stdio: "ignore" });
  const fromExceljs = at("exceljs.csv");
  const fromLibreOffice = at("libreoffice.csv");
  expect((await curate("export", workbook, "--sheet", "incidents", "-o", fromExceljs)).status).toBe(1);
  const run = curateProcess("export", join(folder, "incidents.xlsx"), "--sheet", "incidents", "-o", fromLibreOffice);
  expect([run.status, run.stderr]).toEqual([1, ""]);
  expect(run.stdout).toContain("; 3 columns of your own kept (Region code, Analyst, Reported); left out: ");
  expect(readFileSync(fromLibreOffice, "utf8")).toBe(readFileSync(fromExceljs, "utf8"));
  expect(csvOf(fromLibreOffice)[2].slice(FIELD_COUNT)).toEqual(["BF-12", "CD", "2024-03-21"]);
}, 180_000);

describe("datapackage.json", () => {
  const METADATA = {
    name: "sahel-2024",
    title: "Sahel incidents 2024",
    description: "Curated by the Sahel desk.",
    licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
    contributors: [{ title: "A. Analyst", role: "author" }],
    "x-desk": { reviewed: true },
  };
  const ADMIN = { profile: "tabular-data-resource", name: "admin-areas", path: "admin.csv", format: "csv", schema: { fields: [{ name: "code", type: "string" }] } };

  test("merged into: its metadata and other resources kept, both sheets described, the whole valid", async () => {
    const folder = at("merge");
    mkdirSync(folder);
    writeFileSync(join(folder, "admin.csv"), "code\r\nBF-13\r\n");
    writeFileSync(join(folder, "datapackage.json"), JSON.stringify({ profile: "tabular-data-package", ...METADATA, resources: [ADMIN, { name: "incidents", path: "old.csv", "x-old": true }] }, null, 2));
    for (const sheet of ["incidents", "weapons"]) {
      const run = await curate("export", workbook, "--sheet", sheet, "-o", join(folder, `${sheet}.csv`), "--valid-only", "--datapackage");
      expect([run.status, run.stderr]).toEqual([0, ""]);
      expect(run.stdout).toMatch(new RegExp(`; schema in ${join(folder, "datapackage.json").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.\\n$`));
    }
    const descriptor = JSON.parse(readFileSync(join(folder, "datapackage.json"), "utf8"));
    expect(descriptor).toMatchObject(METADATA);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(["admin-areas", "incidents", "weapons"]);
    expect(descriptor.resources[0]).toEqual(ADMIN);
    expect(descriptor.resources[1]).not.toHaveProperty("x-old");
    const fields = descriptor.resources[1].schema.fields.slice(FIELD_COUNT);
    expect(fields.map((f: { name: string; type: string; title: string }) => [f.name, f.type, f.title])).toEqual([
      ["Region code", "any", "Region code"],
      ["Analyst", "any", "Analyst"],
      ["Reported", "any", "Reported"],
    ]);
    expect(descriptor.resources[2].schema.foreignKeys).toEqual([{ fields: ["incident_id"], reference: { resource: "incidents", fields: ["incident_id"] } }]);
    expect(validateDataPackage(descriptor, folder)).toEqual([]);
  });

  test.each([
    ["not JSON", "{ \"name\": \"sahel-2024\",", /datapackage\.json: is not valid JSON \(.*\), so the export cannot add to it; nothing was written: correct it or move it away, or export without --datapackage$/],
    ["a list", "[]", /datapackage\.json: is not a JSON object \(it holds a list\), so the export cannot add to it; nothing was written/],
  ])("one that is %s: exit 2, one line, nothing written, the file untouched", async (_what, text, message) => {
    const folder = mkdtempSync(at("bad-"));
    writeFileSync(join(folder, "datapackage.json"), text);
    const out = join(folder, "incidents.csv");
    const run = await curate("export", workbook, "--sheet", "incidents", "-o", out, "--datapackage");
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(join(folder, "datapackage.json"), "utf8")).toBe(text);
    // Without --datapackage the file is not read, and the export runs.
    expect((await curate("export", workbook, "--sheet", "incidents", "-o", out)).status).toBe(1);
  });
});

const REAL = realAcledDir(ROOT);
const present = realAcledPresent(REAL);
if (!present) console.warn(`\n*** SKIPPING THE REAL ACLED EXPORTS: not found in ${REAL} ***\n`);

(present ? describe : describe.skip)("real ACLED exports: every column comes out", () => {
  test.each(REAL_ACLED_FILES.filter((file) => !file.startsWith("acledR")))("%s: each column of the file either maps to a field or is kept as it was, cell for cell", (file) => {
    const out = at(`real-${file}`);
    const run = curateProcess("export", join(REAL, file), "--sheet", "incidents", "-o", out);
    expect(run.stderr).toBe("");
    const [originalHeader, ...original] = parse(readFileSync(join(REAL, file), "utf8"), { bom: true, relax_column_count: true }) as string[][];
    const [header, ...rows] = csvOf(out);
    const own = header.slice(FIELD_COUNT);
    // ACLED's columns beyond the codebook (iso, region, civilian_targeting, tags, timestamp …) are the user's own.
    expect(own.length).toBeGreaterThan(0);
    for (const name of originalHeader) if (!own.includes(name)) expect([name, fieldForHeader("incidents", name)?.field]).toEqual([name, expect.any(String)]);
    expect(run.stdout).toContain(`; ${own.length} columns of your own kept (`);
    expect(rows).toHaveLength(original.length);
    for (const name of own) {
      const from = originalHeader.indexOf(name);
      const to = header.indexOf(name);
      expect([name, rows.map((row) => row[to])]).toEqual([name, original.map((row) => neutralise(row[from] ?? ""))]);
    }
  });
});
