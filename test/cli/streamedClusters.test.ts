import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { main } from "../../src/cli/curate";
import { clusterFile } from "../../src/cli/clusterFile";
import { readDistinctValues } from "../../src/cli/io/distinctValueRows";
import { openWorkbookRows } from "../../src/cli/io/openWorkbookRows";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { ClusterOptions } from "../../src/domain/clusters/clusterValues";
import { clusterWorkbook } from "../../src/domain/clusters/clusterWorkbook";
import { pythonPathFor } from "../support/date1904Workbooks";
import { convertWithLibreOffice, libreOfficeOrSkip } from "../support/libreOfficeConvert";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";
import { buildClusterWorkbook, curate } from "./clusterFixtures";

/**
 * `curate clusters` reads its file as row streams, each row once, keeping the distinct values
 * (clusterFile over openWorkbookRows), never the sheets: its result must be exactly what
 * clustering the whole grid gives (clusterWorkbook over readWorkbookFile), key order and all,
 * for every kind and both methods, on workbooks several tools wrote, workbooks whose merged
 * cells, sheet order and dictionary sheet the streamed reading must meet as the grid does,
 * and the real ACLED exports, whose rows nobody here wrote.
 */
const ROOT = join(__dirname, "..", "..");
const REAL = realAcledDir(ROOT);
type Options = Omit<ClusterOptions, "lookup" | "notSame">;
const RUNS: Options[] = [
  { kind: "actor" },
  { kind: "actor", method: "knn" },
  { kind: "weapon" },
  { kind: "location" },
  { kind: "location", method: "knn", distance: "ppm" },
];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "streamed-clusters-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The streamed result and the grid's, each as JSON writes it (the command prints that JSON). */
async function bothWays(file: string, options: Options): Promise<{ streamed: string; whole: string; clusters: number }> {
  const streamed = await clusterFile(file, options);
  const whole = clusterWorkbook(await readWorkbookFile(file), options);
  return { streamed: JSON.stringify(streamed), whole: JSON.stringify(whole), clusters: whole.clusters.length };
}

async function expectSame(file: string, runs: readonly Options[] = RUNS): Promise<number> {
  let clusters = 0;
  for (const options of runs) {
    const both = await bothWays(file, options);
    // toEqual first, for a readable difference; then the text itself, for the order of keys and members.
    expect([options, JSON.parse(both.streamed)]).toEqual([options, JSON.parse(both.whole)]);
    expect(both.streamed).toBe(both.whole);
    clusters += both.clusters;
  }
  return clusters;
}

/** How many times the streamed reading of the actors asks each sheet for its rows (its first rows count as one). */
async function readingsOf(file: string): Promise<Record<string, number>> {
  const source = await openWorkbookRows(file, { keepBudget: 0 });
  const calls: Record<string, number> = {};
  try {
    for (const sheet of source.sheets) {
      const rows = sheet.rows.bind(sheet);
      sheet.rows = () => {
        calls[sheet.name] = (calls[sheet.name] ?? 0) + 1;
        return rows();
      };
    }
    await readDistinctValues(source, "actor");
  } finally {
    source.close();
  }
  return calls;
}

/** A workbook part rewritten (a test's way of writing what a writer might). */
async function rewrite(from: string, to: string, edit: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(from));
  await edit(zip);
  writeFileSync(to, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return to;
}

const sheetPart = async (zip: JSZip, n: number) => zip.file(`xl/worksheets/sheet${n}.xml`)!.async("string");
const withMerges = (xml: string, refs: string[]) => xml.replace("</sheetData>", `</sheetData><mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>`);

describe("the streamed clusters are the whole grid's, exactly", () => {
  test("the sample workbook (test/fixtures, two sheets and a Curation dictionary sheet)", async () => {
    expect(await expectSame(join(ROOT, "test/fixtures/sample.xlsx"))).toBeGreaterThan(0);
  }, 120_000);

  test("the sample's incident sheet exported as CSV", async () => {
    const csv = join(dir, "sample-incidents.csv");
    expect(await main(["export", join(ROOT, "test/fixtures/sample.xlsx"), "--sheet", "incidents", "-o", csv], () => undefined, () => undefined)).toBe(1);
    await expectSame(csv);
  }, 120_000);

  test("a workbook exceljs wrote (names drifting on both sheets, a formula's cached value), with a dictionary sheet marking a pair different", async () => {
    const workbook = buildClusterWorkbook();
    const dictionary = workbook.addWorksheet("Curation dictionary");
    dictionary.addRow(["kind", "canonical", "alias", "country", "relation", "note"]);
    dictionary.addRow(["actor", "Kel Ansar Youth Group", "Kel-Ansar youth group", "", "different", "two groups"]);
    dictionary.addRow(["actor", "Koglweogo", "koglweogo militia", "Burkina Faso", "", ""]);
    const path = join(dir, "drift.xlsx");
    await workbook.xlsx.writeFile(path);
    expect(await expectSame(path)).toBeGreaterThan(3);
  }, 60_000);

  test("the weapon sheet before the incident sheet, and a sheet found by its headers, not its name", async () => {
    const workbook = buildClusterWorkbook();
    const weapons = workbook.getWorksheet("Weapons")!;
    weapons.name = "Arms";
    workbook.removeWorksheet(workbook.getWorksheet("Incidents")!.id);
    const incidents = workbook.addWorksheet("Incidents");
    const again = buildClusterWorkbook().getWorksheet("Incidents")!;
    again.eachRow((row) => void incidents.addRow(row.values as unknown[]));
    const notes = workbook.addWorksheet("Notes");
    notes.addRow(["Read me first"]);
    const path = join(dir, "weapons-first.xlsx");
    await workbook.xlsx.writeFile(path);
    const streamed = await clusterFile(path, { kind: "actor" });
    // The holder in Arms!E2 takes its incident's country: its sheet was found by its headers.
    expect(streamed.clusters.flatMap((c) => c.members.flatMap((m) => m.cells.map((cell) => cell.sheet)))).toContain("Arms");
    await expectSame(path);
  }, 60_000);

  test("merged cells holding values: a title above the header, a merged actor block, a merged country; the grid empties all but the top-left cell", async () => {
    const base = join(dir, "unmerged.xlsx");
    await buildClusterWorkbook().xlsx.writeFile(base);
    const path = await rewrite(base, join(dir, "merged.xlsx"), async (zip) => {
      // Row 3's actor 1 and row 4's country covered by ranges whose top-left cells are rows 2 and 3: their values are not the grid's.
      zip.file("xl/worksheets/sheet1.xml", withMerges(await sheetPart(zip, 1), ["E2:E3", "H3:H4", "A1:B1"]));
      zip.file("xl/worksheets/sheet2.xml", withMerges(await sheetPart(zip, 2), ["D2:E2"]));
    });
    const grid = await readWorkbookFile(path);
    expect([grid.sheets[0].values[2][4], grid.sheets[0].values[3][7], grid.sheets[1].values[1][4]]).toEqual(["", "", ""]);
    await expectSame(path);
    const streamed = await clusterFile(path, { kind: "actor" });
    expect(streamed.clusters.flatMap((c) => c.members.flatMap((m) => m.cells.map((cell) => `${cell.sheet}!${cell.address}`)))).not.toContain("Incidents!E3");
    // First rows and all of each sheet, then again with the ranges known.
    expect(await readingsOf(path)).toEqual({ Incidents: 4, Weapons: 4 });
    expect(await readingsOf(base)).toEqual({ Incidents: 2, Weapons: 2 });
  }, 60_000);

  test("merged cells that empty nothing read (an empty merged box beside the table) need no second reading, and change nothing", async () => {
    const base = join(dir, "unmerged-2.xlsx");
    await buildClusterWorkbook().xlsx.writeFile(base);
    const path = await rewrite(base, join(dir, "merged-notes.xlsx"), async (zip) => {
      zip.file("xl/worksheets/sheet1.xml", withMerges(await sheetPart(zip, 1), ["K2:L5"]));
    });
    await expectSame(path);
    expect(await readingsOf(path)).toEqual({ Incidents: 2, Weapons: 2 });
  }, 60_000);

  const libreOffice = libreOfficeOrSkip("LibreOffice's copy of the sample workbook");
  (libreOffice ? test : test.skip)("the sample workbook as LibreOffice writes it", async () => {
    const out = join(dir, "libreoffice");
    const copy = join(dir, "sample-for-lo.xlsx");
    copyFileSync(join(ROOT, "test/fixtures/sample.xlsx"), copy);
    await convertWithLibreOffice([copy], "xlsx:Calc MS Excel 2007 XML", out);
    const written = join(out, "sample-for-lo.xlsx");
    expect(readFileSync(written).length).toBeGreaterThan(0);
    await expectSame(written);
  }, 300_000);

  const pythonPath = pythonPathFor(["openpyxl", "et_xmlfile"]);
  if (pythonPath === undefined) console.warn("\n*** SKIPPING THE OPENPYXL WORKBOOK: python3 cannot import openpyxl ***\n");
  (pythonPath === undefined ? test.skip : test)("a workbook openpyxl wrote (inline strings, merged cells)", async () => {
    const path = join(dir, "openpyxl.xlsx");
    const script = `
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Incidents"
ws.append(["Incident ID", "Country", "Actor 1", "Assoc actor 1", "Location"])
rows = [["BFA1", "Burkina Faso", "Koglweogo Militia", "Dozo Militia; Koglweogo", "Djibo"], ["BFA2", "BF", "koglweogo militia", "", "djibo"], ["MLI1", "Mali", "Dozo Communal Militia (Mali)", "NA", "Mopti"], ["MLI2", "Mali", "Dozo communal militia (Mali)", "", "Mopti"]]
for row in rows: ws.append(row)
ws.merge_cells("E4:E5")
w = wb.create_sheet("Weapons")
w.append(["incident_id", "weapon", "holder"])
for row in [["BFA1", "AK-47", "Koglweogo militia"], ["MLI1", "AK47", "Dozo Communal Militia (Mali)"]]: w.append(row)
wb.save(sys.argv[1])
`;
    const run = spawnSync("python3", ["-c", script, path], { env: { ...process.env, PYTHONPATH: pythonPath }, encoding: "utf8" });
    expect(run.stderr).toBe("");
    await expectSame(path);
  }, 60_000);

  const describeReal = realAcledPresent(REAL) ? describe : describe.skip;
  if (!realAcledPresent(REAL)) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}`);
  describeReal("the real ACLED exports (read from ../shared, never copied here)", () => {
    test.each(REAL_ACLED_FILES)("%s", async (name) => {
      await expectSame(join(REAL, name));
    }, 300_000);
  });
});

describe("the command prints what the grid's clusters print", () => {
  test("text and JSON on the sample workbook", async () => {
    const file = join(ROOT, "test/fixtures/sample.xlsx");
    const whole = clusterWorkbook(await readWorkbookFile(file), { kind: "actor" });
    const json = await curate("clusters", file, "--format", "json");
    expect([json.status, json.stderr]).toEqual([0, ""]);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify({ clusters: whole.clusters, keptApart: whole.keptApart, distinct: whole.distinct, issues: whole.issues })));
    const text = await curate("clusters", file);
    expect(text.stdout).toContain(`among ${whole.distinct} distinct actor values.`);
  }, 60_000);
});

const rows = (n: number) => Array.from({ length: n }, (_, i) => `BFA${i},Burkina Faso,Koglweogo Militia\r\n`).join("");

describe("bad input met while streaming: one sentence on stderr, exit 2, no stack trace", () => {
  test.each([
    ["a CSV whose quote never closes, far down the file", "unclosed.csv", () => `incident_id,country,actor1\r\n${rows(5000)}BFA9,"Burkina Faso, never closed\r\nKoglweogo\r\n${rows(3)}`, /unclosed\.csv: not a readable CSV file: row 5,002 has a quote that is never closed \(from column B on\)$/m],
    ["a truncated .xlsx", "truncated.xlsx", () => readFileSync(join(ROOT, "test/fixtures/sample.xlsx")).subarray(0, 4000), /truncated\.xlsx: /],
    ["an empty .xlsx", "empty.xlsx", () => "", /empty\.xlsx: /],
  ])("%s", async (_, name, content, message) => {
    const path = join(dir, name);
    writeFileSync(path, content());
    const run = await curate("clusters", path);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at |Error:/);
  });
});
