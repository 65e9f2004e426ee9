import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { csvCell, writeCsv } from "../../src/domain/export/csvWriter";
import { exportSheet } from "../../src/domain/export/exportSheet";
import { validateDataPackage } from "../support/tableSchema";
import { TODAY } from "../support/rows";

const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "export-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const curate = (...args: string[]) => spawnSync(process.execPath, [CURATE, ...args, "--today", TODAY], { encoding: "utf8" });

test("the exported sample, parsed back, equals the sheet's typed values row for row", async () => {
  const workbook = await readWorkbookFile(SAMPLE);
  const result = checkWorkbook(workbook, { today: TODAY });
  for (const sheet of [result.incidents!, result.weapons!]) {
    const exported = exportSheet(sheet, { validOnly: true, sheetGrid: workbook.sheets.find((grid) => grid.name === sheet.name) });
    const [header, ...rows]: string[][] = parse(writeCsv(exported.rows), {});
    const valid = sheet.rows.filter((row) => !row.hasError);
    expect(rows).toHaveLength(valid.length);
    const fields = exported.fields.map((spec) => spec.field);
    // The schema's fields, then the user's own columns (the incident sheet's Analyst, and Comments, a second notes column).
    expect(header.slice(fields.length)).toEqual(sheet.layout.kind === "incidents" ? ["Analyst", "Comments"] : []);
    rows.forEach((row, i) => {
      fields.forEach((field, c) => expect([valid[i].row, field, row[c]]).toEqual([valid[i].row, field, csvCell(valid[i].values[field])]));
      exported.userColumns.forEach((column, u) => expect([valid[i].row, column.name, row[fields.length + u]]).toEqual([valid[i].row, column.name, csvCell(valid[i].cells[column.index!])]));
    });
  }
});

test("curate export: both sheets, valid rows only, with a datapackage.json the data satisfies", () => {
  const incidents = curate("export", SAMPLE, "--sheet", "incidents", "-o", join(dir, "incidents.csv"), "--valid-only", "--datapackage");
  expect([incidents.status, incidents.stderr]).toEqual([0, ""]);
  expect(incidents.stdout).toMatch(/^14 incidents rows written to .*incidents\.csv, 9 left out/);
  const weapons = curate("export", SAMPLE, "--sheet", "weapons", "-o", join(dir, "weapons.csv"), "--valid-only", "--datapackage");
  expect(weapons.status).toBe(0);
  const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8"));
  expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(["incidents", "weapons"]);
  expect(descriptor.resources[0].schema.primaryKey).toEqual(["incident_id"]);
  expect(descriptor.resources[1].schema.foreignKeys).toEqual([{ fields: ["incident_id"], reference: { resource: "incidents", fields: ["incident_id"] } }]);
  expect(validateDataPackage(descriptor, dir)).toEqual([]);
});

test("all rows: the data breaks the schema where the check found errors, and never carries an Excel error", () => {
  const run = curate("export", SAMPLE, "--sheet", "incidents", "-o", join(dir, "all.csv"), "--with-issues");
  expect(run.status).toBe(1);
  const text = readFileSync(join(dir, "all.csv"), "utf8");
  expect(text.split("\r\n")[0]).toMatch(/,fatalities,Analyst,Comments,issue_codes,issue_messages$/);
  const [header, ...rows]: string[][] = parse(text, {});
  const column = (name: string) => header.indexOf(name);
  const bfa1003 = rows.find((row) => row[0] === "BFA1003")!;
  // Its fatalities cell holds #N/A: exported empty, the reason in the issue columns.
  expect(bfa1003[column("fatalities")]).toBe("");
  expect(bfa1003[column("issue_codes")]).toBe("range; type");
  for (const row of rows) for (const cell of row.slice(0, column("issue_codes"))) expect(cell).not.toMatch(/^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?)$/);
  expect(rows.filter((row) => row[column("issue_codes")].includes("duplicate-id"))).toHaveLength(1);
});

test("canonical names in place of raw ones, on request", () => {
  curate("export", SAMPLE, "--sheet", "incidents", "-o", join(dir, "canonical.csv"), "--canonical");
  const rows: string[][] = parse(readFileSync(join(dir, "canonical.csv"), "utf8"), {});
  const f23 = rows.find((row) => row[0] === "BFA1007")!;
  expect(f23[7]).toBe("Islamic State Sahel Province");
});

test("a BOM on request; an output over the input is refused", () => {
  curate("export", SAMPLE, "--sheet", "weapons", "-o", join(dir, "bom.csv"), "--bom");
  expect(readFileSync(join(dir, "bom.csv")).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const copy = join(dir, "in.csv");
  writeFileSync(copy, "incident_id,weapon\r\nBFA1,AK-47\r\n");
  const run = curate("export", copy, "--sheet", "weapons", "-o", copy);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/would overwrite the input/);
});

test.each([
  [["export", SAMPLE, "-o", "x.csv"], /--sheet incidents or --sheet weapons/],
  [["export", SAMPLE, "--sheet", "incidents"], /needs -o OUT.csv/],
])("bad arguments %p: exit 2", (args, message) => {
  const run = curate(...(args as string[]));
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(message);
});
