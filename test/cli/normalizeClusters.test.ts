import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { buildClusterWorkbook, cellText, curate, digest, logRows } from "./clusterFixtures";

/** `curate normalize FILE -o OUT --clusters DECISIONS.json`: the clusters a curator chose, carried out on a copy, logged like other fixes. */
const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
let dir: string;
let count = 0;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "normalize-clusters-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fresh path in the test folder. */
const path = (name: string) => join(dir, `${++count}-${name}`);

async function written(workbook: ExcelJS.Workbook): Promise<string> {
  const file = path("input.xlsx");
  await workbook.xlsx.writeFile(file);
  return file;
}

async function opened(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** The JSON `curate clusters --format json` prints for the file. */
async function clustersOf(file: string, ...args: string[]) {
  const run = await curate("clusters", file, "--format", "json", ...args);
  expect([run.status, run.stderr]).toEqual([0, ""]);
  return JSON.parse(run.stdout);
}

function decisionsFile(json: unknown): string {
  const file = path("decisions.json");
  writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

/** action, cell and the two values of each log row; reasons apart. */
const changesOf = (rows: string[][]) => rows.map(([, , action, sheet, cell, old, value]) => `${action} ${sheet}!${cell} ${JSON.stringify(old)} → ${JSON.stringify(value)}`);

test("round trip: clusters as JSON, keep edited, one cluster left out, applied to a copy cell by cell and logged; the input never written", async () => {
  const input = await written(buildClusterWorkbook());
  const before = digest(input);
  const json = await clustersOf(input);
  expect(json.clusters.map((c: { keep: string }) => c.keep)).toEqual(["Koglweogo Militia", "Dozo Communal Militia (Mali)", "Kel Ansar Youth Group"]);
  json.clusters[0].keep = "Koglweogo (Burkina Faso)";
  json.clusters[1].apply = false;
  const decisions = decisionsFile(json);

  const output = path("merged.xlsx");
  const run = await curate("normalize", input, "-o", output, "--clusters", decisions);
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(run.stdout).toBe(`8 cells merged by 2 cluster decisions, 1 left alone; the copy is ${output}, with each change in its Curation log sheet.\n`);
  expect(digest(input)).toBe(before);

  const copy = await opened(output);
  const incidents = copy.getWorksheet("Incidents")!;
  const weapons = copy.getWorksheet("Weapons")!;
  expect(["E2", "E3", "E4", "E5"].map((cell) => cellText(incidents, cell))).toEqual(Array(4).fill("Koglweogo (Burkina Faso)"));
  // Only the list's merged name changes, its spacing kept.
  expect(cellText(incidents, "G3")).toBe("Dozo Militia; Koglweogo (Burkina Faso)");
  // A formula is never written.
  expect(incidents.getCell("E9").formula).toBe('LOWER("Koglweogo Militia")');
  // The cluster left out, and the name fix --clusters leaves out, are as they were.
  expect(["E6", "E7", "E8", "F5"].map((cell) => cellText(incidents, cell))).toEqual(["Dozo Communal Militia (Mali)", "Dozo communal militia (Mali)", "Dozo Communal Militia (Mali)", "ISIS militants"]);
  expect(["F7", "F8"].map((cell) => cellText(incidents, cell))).toEqual(["Kel Ansar Youth Group", "Kel Ansar Youth Group"]);
  expect(["E2", "E3", "E5"].map((cell) => cellText(weapons, cell))).toEqual(["Koglweogo (Burkina Faso)", "Koglweogo (Burkina Faso)", "Dozo Communal Militia (Mali)"]);

  const log = logRows(copy);
  expect(changesOf(log)).toEqual([
    'fix Incidents!E2 "Koglweogo Militia" → "Koglweogo (Burkina Faso)"',
    'fix Incidents!E3 "Koglwéogo militia" → "Koglweogo (Burkina Faso)"',
    'fix Incidents!G3 "Dozo Militia; Koglweogo  militia" → "Dozo Militia; Koglweogo (Burkina Faso)"',
    'fix Incidents!E4 "koglweogo militia" → "Koglweogo (Burkina Faso)"',
    'fix Incidents!E5 "Koglweogo Militia" → "Koglweogo (Burkina Faso)"',
    'fix Incidents!F8 "Kel-Ansar youth group" → "Kel Ansar Youth Group"',
    'skipped Incidents!E9 "koglweogo militia" → "Koglweogo (Burkina Faso)"',
    'fix Weapons!E2 "koglweogo militia" → "Koglweogo (Burkina Faso)"',
    'fix Weapons!E3 "Koglweogo Militia" → "Koglweogo (Burkina Faso)"',
  ]);
  expect(log.every(([time, batch]) => batch === `normalize ${time}`)).toBe(true);
  expect(log[0][7]).toBe('"Koglweogo Militia" merged into "Koglweogo (Burkina Faso)" (a cluster of spellings chosen by the curator)');
  expect(log[6][7]).toBe("the cell holds a formula");

  // Clustered again, only the cluster left out is there.
  const again = await clustersOf(output);
  expect(again.clusters.map((c: { members: { value: string }[] }) => c.members.map((m) => m.value))).toEqual([["Dozo Communal Militia (Mali)", "Dozo communal militia (Mali)"]]);
});

test("the plan is made from the file as it is at normalize time: a cell edited since clusters ran is not overwritten", async () => {
  const first = await written(buildClusterWorkbook());
  const decisions = decisionsFile(await clustersOf(first));
  // The curator edits the workbook after writing the decisions: a new name in E4, a holder removed.
  const edited = buildClusterWorkbook();
  edited.getWorksheet("Incidents")!.getCell("E4").value = "Koglweogo Youth Wing";
  edited.getWorksheet("Weapons")!.getCell("E2").value = null;
  const input = await written(edited);

  const output = path("merged.xlsx");
  const run = await curate("normalize", input, "-o", output, "--clusters", decisions);
  expect(run.status).toBe(0);
  const copy = await opened(output);
  expect(cellText(copy.getWorksheet("Incidents")!, "E4")).toBe("Koglweogo Youth Wing");
  expect(cellText(copy.getWorksheet("Weapons")!, "E2")).toBeNull();
  const cells = logRows(copy).map(([, , , sheet, cell]) => `${sheet}!${cell}`);
  expect(cells).not.toContain("Incidents!E4");
  expect(cells).not.toContain("Weapons!E2");
  // The cells that still hold a merged spelling are merged as before.
  expect(cellText(copy.getWorksheet("Incidents")!, "E3")).toBe("Koglweogo Militia");
});

test("decisions of every kind in one list: actors, weapons and locations, each in its own columns", async () => {
  const input = await written(buildClusterWorkbook());
  const list = [...(await clustersOf(input)).clusters, ...(await clustersOf(input, "--kind", "weapon")).clusters, ...(await clustersOf(input, "--kind", "location")).clusters];
  const output = path("merged.xlsx");
  const run = await curate("normalize", input, "-o", output, "--clusters", decisionsFile(list));
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(run.stdout).toMatch(/^8 cells merged by 5 cluster decisions, 1 left alone;/);
  const copy = await opened(output);
  const weapons = copy.getWorksheet("Weapons")!;
  expect(["B2", "B3", "B4", "B5"].map((cell) => cellText(weapons, cell))).toEqual(["AK-47", "AK-47", "AK-74", "AK-47"]);
  expect(cellText(copy.getWorksheet("Incidents")!, "I3")).toBe("Djibo");
  expect(cellText(copy.getWorksheet("Incidents")!, "E7")).toBe("Dozo Communal Militia (Mali)");
});

test("a team's place (a location row of the Curation dictionary): clusters propose it, normalize --clusters writes it, and the check and the name fixes read the row and leave places alone", async () => {
  const workbook = buildClusterWorkbook();
  const dictionary = workbook.addWorksheet("Curation dictionary");
  dictionary.addRow(["kind", "canonical", "alias", "country", "relation", "note"]);
  dictionary.addRow(["location", "Djibo (Soum)", "Djibo", "Burkina Faso", "same", "the town, not the department"]);
  const input = await written(workbook);
  const json = await clustersOf(input, "--kind", "location");
  expect(json.clusters.map((c: { keep: string; reason: string }) => [c.keep, c.reason])).toEqual([["Djibo (Soum)", 'The dictionary knows "Djibo" as Djibo (Soum).']]);
  expect(json.issues).toEqual([]);
  const output = path("places.xlsx");
  const run = await curate("normalize", input, "-o", output, "--clusters", decisionsFile(json));
  expect([run.status, run.stderr]).toEqual([0, ""]);
  const incidents = (await opened(output)).getWorksheet("Incidents")!;
  expect(["I2", "I3", "I4", "I5", "I9", "I6"].map((cell) => cellText(incidents, cell))).toEqual([...Array(5).fill("Djibo (Soum)"), "Mopti"]);

  const check = JSON.parse((await curate("check", input, "--format", "json")).stdout);
  expect(check.issues.filter((issue: { sheet: string }) => issue.sheet === "Curation dictionary")).toEqual([]);
  const fixed = path("fixed.xlsx");
  expect((await curate("normalize", input, "-o", fixed, "--today", "2026-11-25")).status).toBe(0);
  expect(logRows(await opened(fixed)).filter(([, , , sheet, cell]) => sheet === "Incidents" && cell.startsWith("I"))).toEqual([]);
});

describe("with --fix-names, the name fixes too, on the cells no decision changes", () => {
  test("the curator's decision wins on a cell both would change, and the name fix left out is logged", async () => {
    const input = await written(buildClusterWorkbook());
    const plainOutput = path("plain.xlsx");
    expect((await curate("normalize", input, "-o", plainOutput, "--today", "2026-11-25")).status).toBe(0);
    const plain = changesOf(logRows(await opened(plainOutput)).filter((row) => row[2] === "fix"));
    expect(plain.some((line) => line.startsWith("fix Incidents!F5 "))).toBe(true);

    const decisions = decisionsFile([{ kind: "actor", country: "Burkina Faso", keep: "IS Sahel (local name)", values: ["ISIS militants"] }]);
    const output = path("both.xlsx");
    const run = await curate("normalize", input, "-o", output, "--clusters", decisions, "--fix-names", "--today", "2026-11-25");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).toMatch(new RegExp(`^1 cell merged by 1 cluster decision, ${plain.length - 1} names fixed, 2 left alone;`));
    const log = logRows(await opened(output));
    expect(changesOf(log.filter((row) => row[2] === "fix")).sort()).toEqual([...plain.filter((line) => !line.startsWith("fix Incidents!F5 ")), 'fix Incidents!F5 "ISIS militants" → "IS Sahel (local name)"'].sort());
    const overruled = log.find((row) => row[2] === "skipped" && row[4] === "F5")!;
    expect(overruled[7]).toBe('a cluster decision writes "IS Sahel (local name)" in this cell instead');
  });

  test("without it, only the decisions: every logged change is a merge", async () => {
    const input = await written(buildClusterWorkbook());
    const output = path("only.xlsx");
    const run = await curate("normalize", input, "-o", output, "--clusters", decisionsFile([{ kind: "actor", country: "Burkina Faso", keep: "IS Sahel (local name)", values: ["ISIS militants"] }]));
    expect(run.stdout).toMatch(/^1 cell merged by 1 cluster decision; the copy is/);
    expect(changesOf(logRows(await opened(output)))).toEqual(['fix Incidents!F5 "ISIS militants" → "IS Sahel (local name)"']);
  });
});

test("a spelling two decisions send different ways (or one keeps and another merges) is left as written, each said on stderr as a warning; the rest is applied", async () => {
  const input = await written(buildClusterWorkbook());
  const decisions = decisionsFile({
    clusters: [
      { kind: "weapon", keep: "AK-47", values: ["AK47"] },
      { kind: "weapon", keep: "AK 47", values: ["AK47", "AK-47"] },
      { kind: "location", country: "Burkina Faso", keep: "Djibo", values: ["djibo"] },
    ],
  });
  const output = path("disputed.xlsx");
  const run = await curate("normalize", input, "-o", output, "--clusters", decisions);
  expect(run.status).toBe(0);
  expect(run.stderr.split("\n").filter(Boolean)).toEqual([
    `curate: warning: ${decisions}: in the cluster kept as "AK-47", "AK47" is also to become another value, or kept, in another decision: left as written.`,
    `curate: warning: ${decisions}: in the cluster kept as "AK 47", "AK47", "AK-47" are also to become another value, or kept, in another decision: left as written.`,
  ]);
  const copy = await opened(output);
  expect(cellText(copy.getWorksheet("Weapons")!, "B3")).toBe("AK47");
  expect(logRows(copy).map(([, , , sheet, cell]) => `${sheet}!${cell}`)).not.toContain("Weapons!B3");
  expect(cellText(copy.getWorksheet("Incidents")!, "I3")).toBe("Djibo");
});

describe("a bad decisions file or bad arguments: one sentence naming the file on stderr, exit 2, nothing written", () => {
  const cases: [string, (folder: string) => string[], RegExp][] = [
    ["a file that is not there", (folder) => ["--clusters", join(folder, "nothing.json")], /^curate: .*nothing\.json: the cluster decisions cannot be read \(no such file or folder\)$/],
    ["a folder", (folder) => ["--clusters", folder], /^curate: .*: the cluster decisions cannot be read \(is a folder, not a file\)$/],
    ["an empty file", (folder) => ["--clusters", file(folder, "empty.json", "  \n")], /^curate: .*empty\.json: the file of cluster decisions is empty; write it with curate clusters FILE --format json$/],
    ["not JSON: where it stops", (folder) => ["--clusters", file(folder, "comma.json", '{"clusters": [\n  {"kind": "actor", "keep": "A" "values": ["a"]}\n]}')], /^curate: .*comma\.json: the file of cluster decisions is not valid JSON \(expected ',' or '}' after property value at line 2, column 33\); an edit may have left a comma or a quote out$/],
    ["not JSON: a stray character", (folder) => ["--clusters", file(folder, "stray.json", '{"clusters": [}')], /^curate: .*stray\.json: the file of cluster decisions is not valid JSON \(an unexpected '}'\)/],
    ["not JSON: cut short", (folder) => ["--clusters", file(folder, "short.json", '{"clusters": [')], /^curate: .*short\.json: the file of cluster decisions is not valid JSON \(it ends too early\)/],
    ["an .xlsx given as the decisions", () => ["--clusters", join(ROOT, "test", "fixtures", "sample.xlsx")], /^curate: .*sample\.xlsx: the file of cluster decisions is not valid JSON/],
    ["the wrong shape: a kind unknown", (folder) => ["--clusters", file(folder, "kind.json", JSON.stringify({ clusters: [{ kind: "person", keep: "x", values: ["a"] }] }))], /^curate: .*kind\.json: the file of cluster decisions is not a list of clusters as "curate clusters --format json" writes it: .*\(at clusters → #1 → kind\)\.$/],
    ["the wrong shape: the value to keep emptied", (folder) => ["--clusters", file(folder, "keep.json", JSON.stringify([{ kind: "actor", keep: " ", values: ["a"] }]))], /^curate: .*keep\.json: the file of cluster decisions is not a list of clusters .*: the value to keep is empty \(at #1 → keep\)\.$/],
    ["the wrong shape: a number", (folder) => ["--clusters", file(folder, "number.json", "42")], /^curate: .*number\.json: the file of cluster decisions is not a list of clusters/],
    ["--clusters without its file", () => ["--clusters"], /^curate: --clusters needs a value \(the JSON file of cluster decisions, from curate clusters --format json\)$/],
    ["--fix-names without --clusters", () => ["--fix-names"], /^curate: --fix-names goes with --clusters \(without --clusters, normalize fixes the names anyway\)$/],
    ["--unify-forms with --clusters alone", (folder) => ["--clusters", file(folder, "ok.json", "[]"), "--unify-forms"], /^curate: --unify-forms is one of the name fixes, which --clusters leaves out: add --fix-names, or leave --unify-forms out$/],
    ["--fix-name, a typo", (folder) => ["--clusters", file(folder, "ok.json", "[]"), "--fix-name"], /^curate: unknown option --fix-name for curate normalize; did you mean --fix-names\?$/],
  ];
  function file(folder: string, name: string, text: string): string {
    const target = join(folder, name);
    writeFileSync(target, text);
    return target;
  }

  test.each(cases)("%s", async (_, args, message) => {
    const folder = path("case");
    mkdirSync(folder);
    const input = join(folder, "input.xlsx");
    await buildClusterWorkbook().xlsx.writeFile(input);
    const before = digest(input);
    const output = join(folder, "out.xlsx");
    const run = await curate("normalize", input, "-o", output, ...args(folder));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(existsSync(output)).toBe(false);
    expect(digest(input)).toBe(before);
  });

  test("a CSV is refused as normalize refuses it, decisions or not", async () => {
    const csv = path("sheet.csv");
    writeFileSync(csv, "event_id_cnty,actor1\nBFA1,Koglweogo Militia\n");
    const run = await curate("normalize", csv, "-o", path("out.xlsx"), "--clusters", decisionsFile([]));
    expect([run.status, run.stderr.trimEnd()]).toEqual([2, `curate: ${csv}: normalize works on .xlsx workbooks (for a CSV, use export --canonical)`]);
  });
});

test("the built command, as a user runs it: decisions applied, exit 0; a broken decisions file, exit 2 and one line", async () => {
  const input = await written(buildClusterWorkbook());
  const decisions = decisionsFile(await clustersOf(input, "--kind", "weapon"));
  const output = path("built.xlsx");
  const run = spawnSync(process.execPath, [CURATE, "normalize", input, "-o", output, "--clusters", decisions], { encoding: "utf8" });
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(run.stdout).toBe(`1 cell merged by 1 cluster decision; the copy is ${output}, with each change in its Curation log sheet.\n`);
  expect(cellText((await opened(output)).getWorksheet("Weapons")!, "B3")).toBe("AK-47");
  const broken = path("broken.json");
  writeFileSync(broken, "{");
  const bad = spawnSync(process.execPath, [CURATE, "normalize", input, "-o", path("never.xlsx"), "--clusters", broken], { encoding: "utf8" });
  expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, "", `curate: ${broken}: the file of cluster decisions is not valid JSON (expected property name or '}' at line 1, column 2); an edit may have left a comma or a quote out\n`]);
});
