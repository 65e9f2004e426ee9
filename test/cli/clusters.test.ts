import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { clusterWorkbook } from "../../src/domain/clusters/clusterWorkbook";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../support/realAcled";
import { buildClusterWorkbook, curate } from "./clusterFixtures";

/** `curate clusters FILE`: the spellings of one kind of name that are probably one name, as text or as the JSON normalize --clusters reads. */
const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "clusters-"));
  input = join(dir, "drift.xlsx");
  await buildClusterWorkbook().xlsx.writeFile(input);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the engine itself gives for the file, as JSON carries it: the command must print exactly this. */
async function engine(path: string, options: Parameters<typeof clusterWorkbook>[1]) {
  const result = clusterWorkbook(await readWorkbookFile(path), options);
  return JSON.parse(JSON.stringify({ clusters: result.clusters, keptApart: result.keptApart, distinct: result.distinct, issues: result.issues }));
}

describe("text, for a curator at a terminal", () => {
  test("each cluster with its spellings and cells, the value to keep and why, and the totals (actors by default)", async () => {
    const run = await curate("clusters", input);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n")).toEqual([
      `Actor clusters in ${input}, by key collision (fingerprint, transliteration, compact)`,
      "",
      "1. Burkina Faso: 4 spellings in 8 cells",
      '   3  "Koglweogo Militia"  (known as "Koglweogo")',
      '   3  "koglweogo militia"  (known as "Koglweogo")',
      '   1  "Koglwéogo militia"  (known as "Koglweogo")',
      '   1  "Koglweogo  militia"  (known as "Koglweogo")',
      '   keep "Koglweogo Militia": "Koglweogo Militia" is how the dictionary writes Koglweogo.',
      "",
      "2. Mali: 2 spellings in 4 cells",
      '   3  "Dozo Communal Militia (Mali)"',
      '   1  "Dozo communal militia (Mali)"  (known as "Dozo Communal Militia (Mali)")',
      '   keep "Dozo Communal Militia (Mali)": "Dozo Communal Militia (Mali)" is how the dictionary writes Dozo Communal Militia (Mali).',
      "",
      "3. Mali: 2 spellings in 2 cells",
      '   1  "Kel Ansar Youth Group"',
      '   1  "Kel-Ansar youth group"',
      '   keep "Kel Ansar Youth Group": No member is in the dictionary; "Kel Ansar Youth Group" is the most frequent (1 of 2 cells, tied; met first in the workbook).',
      "",
      "3 clusters of 8 spellings in 14 cells, among 12 distinct actor values.",
      "",
    ]);
  });

  test.each([
    ["weapons have no country; AK-74 never joins AK-47", ["--kind", "weapon"], ["1. 2 spellings in 3 cells", '   2  "AK-47"', '   1  "AK47"  (known as "AK-47")'], "1 cluster of 2 spellings in 3 cells, among 3 distinct weapon values.", "AK-74"],
    ["locations: the most frequent spelling", ["--kind", "location"], ["1. Burkina Faso: 2 spellings in 5 cells", '   4  "Djibo"', '   1  "djibo"'], "1 cluster of 2 spellings in 5 cells, among 3 distinct location values.", "Mopti"],
    ["nearest neighbours name their settings in the heading", ["--method", "knn", "--radius", "2", "--block-size", "4"], ["by nearest neighbours (levenshtein, radius 2, blocks of 4 characters)\n"], "among 12 distinct actor values.", "\u0000"],
    // The fingerprint deletes the hyphen: "kelansar" is not "kel ansar"; the compact key would join them.
    ["the fingerprint alone: Kel-Ansar and Kel Ansar are no longer one key", ["--keyers", "fingerprint"], ["by key collision (fingerprint)\n", '   1  "Koglweogo  militia"'], "2 clusters of 6 spellings in 12 cells, among 12 distinct actor values.", "Kel-Ansar"],
    ["the compact key alone joins them", ["--keyers", "compact"], ["by key collision (compact)\n", '   1  "Kel-Ansar youth group"'], "among 12 distinct actor values.", "\u0000"],
  ])("%s", async (_, args, lines, last, absent) => {
    const run = await curate("clusters", input, ...args);
    expect(run.status).toBe(0);
    for (const line of lines) expect(run.stdout).toContain(line);
    expect(run.stdout).not.toContain(absent);
    expect(run.stdout.trimEnd().split("\n").pop()).toContain(last);
  });

  test("a pair the team marked \"not the same\" is kept apart, and the text says why", async () => {
    const workbook = buildClusterWorkbook();
    const dictionary = workbook.addWorksheet("Curation dictionary");
    dictionary.addRow(["kind", "canonical", "alias", "country", "relation", "note"]);
    dictionary.addRow(["actor", "Kel Ansar Youth Group", "Kel-Ansar youth group", "", "different", "two groups"]);
    const path = join(dir, "different.xlsx");
    await workbook.xlsx.writeFile(path);
    const run = await curate("clusters", path);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('"Kel-Ansar youth group"\n');
    expect(run.stdout).toContain("Kept apart (grouped by the method, but a safeguard says they are not one name):\n");
    expect(run.stdout).toContain('  Mali: "Kel-Ansar youth group" and "Kel Ansar Youth Group" are marked "not the same" in the Curation dictionary. (not-the-same)\n');
    expect(run.stdout).toMatch(/2 clusters of 6 spellings in 12 cells, among 12 distinct actor values; 1 pair kept apart\.\n$/);
  });

  test("places the team marked \"not the same\" (location rows) are kept apart, in the row's country, and the text says why", async () => {
    const workbook = buildClusterWorkbook();
    const dictionary = workbook.addWorksheet("Curation dictionary");
    dictionary.addRow(["kind", "canonical", "alias", "country", "relation", "note"]);
    dictionary.addRow(["location", "Djibo", "djibo", "Burkina Faso", "different", "two villages"]);
    dictionary.addRow(["location", "Mopti", "Moptii", "Atlantis", "same", ""]);
    const path = join(dir, "different-places.xlsx");
    await workbook.xlsx.writeFile(path);
    const run = await curate("clusters", path, "--kind", "location");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.split("\n")).toEqual([
      `Location clusters in ${path}, by key collision (fingerprint, transliteration, compact)`,
      "",
      "Kept apart (grouped by the method, but a safeguard says they are not one name):",
      '  Burkina Faso: "djibo" and "Djibo" are marked "not the same" in the Curation dictionary. (not-the-same)',
      "",
      "The Curation dictionary sheet (1 finding):",
      `  'Curation dictionary'!D3  error  "Atlantis" is not a country name or ISO code.`,
      "",
      "No clusters among 3 distinct location values; 1 pair kept apart.",
      "",
    ]);
    const json = await curate("clusters", path, "--kind", "location", "--format", "json");
    expect(JSON.parse(json.stdout)).toEqual(await engine(path, { kind: "location" }));
  });

  test("a file with no column of the kind says so, and is no error", async () => {
    const csv = join(dir, "incidents.csv");
    writeFileSync(csv, "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location\nBFA1,2024-01-01,Battles,Armed clash,Koglweogo Militia,Burkina Faso,Djibo\n");
    const run = await curate("clusters", csv, "--kind", "weapon");
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("No weapon values in the file (its weapon column: weapon), so no clusters.");
    expect((await curate("clusters", csv)).stdout.trimEnd().split("\n").pop()).toBe("No clusters among 1 distinct actor value.");
  });

  test("no cell reaches the terminal raw: control characters and bidi overrides are escaped visibly, in text and in JSON", async () => {
    const csv = join(dir, "controls.csv");
    writeFileSync(
      csv,
      "event_id_cnty,event_date,event_type,sub_event_type,actor1,country,location\n" +
        "BFA1,2024-01-01,Battles,Armed clash,Koglweogo Militia,Burkina Faso,Djibo\n" +
        'BFA2,2024-01-02,Battles,Armed clash,"Koglweogo\u001b Militia",Burkina Faso,"Dji\u001b[2Jbo"\n' +
        'BFA3,2024-01-03,Battles,Armed clash,"koglweogo militia\u202e",Burkina Faso,"Dji\u009bbo"\n',
    );
    const unsafe = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
    const text = await curate("clusters", csv);
    expect(text.stdout).not.toMatch(unsafe);
    expect(text.stdout).toContain('"Koglweogo\\x1b Militia"');
    expect(text.stdout).toContain('"koglweogo militia\\u202e"');
    const json = await curate("clusters", csv, "--kind", "location", "--format", "json");
    expect(json.stdout).not.toMatch(unsafe);
    // Escaped for the terminal, the same data for a program.
    expect(JSON.parse(json.stdout).clusters[0].members.map((m: { value: string }) => m.value)).toEqual(["Djibo", "Dji\u009bbo"]);
  });
});

describe("JSON, to edit and feed back to normalize --clusters", () => {
  test.each([
    ["actors by default", [], { kind: "actor" as const }],
    ["weapons", ["--kind", "weapon"], { kind: "weapon" as const }],
    ["locations", ["--kind", "location"], { kind: "location" as const }],
    ["nearest neighbours with PPM, a radius and a block size", ["--method", "knn", "--distance", "ppm", "--radius", "0.5", "--block-size", "3"], { kind: "actor" as const, method: "knn" as const, distance: "ppm" as const, radius: 0.5, blockingNgramSize: 3 }],
    ["key collision with chosen keyers, a name given twice counted once", ["--keyers", "ngram-fingerprint,compact,compact"], { kind: "actor" as const, keyers: ["ngram-fingerprint", "compact"] }],
  ])("%s: exactly the engine's clusters, kept-apart pairs, distinct count and issues", async (_, args, options) => {
    const run = await curate("clusters", input, "--format", "json", ...args);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const printed = JSON.parse(run.stdout);
    expect(Object.keys(printed)).toEqual(["clusters", "keptApart", "distinct", "issues"]);
    expect(printed).toEqual(await engine(input, options));
  });

  test("each member names the cells that hold it, on both sheets, a list's name by its place in the list", async () => {
    const printed = JSON.parse((await curate("clusters", input, "--format", "json")).stdout);
    const koglweogo = printed.clusters[0];
    expect(koglweogo).toMatchObject({ kind: "actor", country: "Burkina Faso", method: "key:fingerprint+transliteration+compact", count: 8, keep: "Koglweogo Militia" });
    const cells = koglweogo.members.flatMap((m: { cells: { sheet: string; address: string; part?: number }[] }) => m.cells.map((c) => `${c.sheet}!${c.address}${c.part === undefined ? "" : `#${c.part}`}`));
    expect(cells.sort()).toEqual(["Incidents!E2", "Incidents!E3", "Incidents!E4", "Incidents!E5", "Incidents!E9", "Incidents!G3#1", "Weapons!E2", "Weapons!E3"]);
  });

  test("the real ACLED exports run through without error", async () => {
    const real = realAcledDir(ROOT);
    if (!realAcledPresent(real)) {
      console.warn(`skipped: the real ACLED files are not in ${real}`);
      return;
    }
    for (const file of REAL_ACLED_FILES) {
      for (const args of [["--format", "json"], ["--format", "json", "--method", "knn"], ["--format", "json", "--kind", "location"]]) {
        const run = await curate("clusters", join(real, file), ...args);
        expect([file, args, run.status, run.stderr]).toEqual([file, args, 0, ""]);
        const printed = JSON.parse(run.stdout);
        expect(printed.distinct).toBeGreaterThan(0);
        for (const cluster of printed.clusters) {
          expect(cluster.members.length).toBeGreaterThan(1);
          expect(cluster.count).toBe(cluster.members.reduce((sum: number, m: { count: number; cells: unknown[] }) => sum + m.cells.length, 0));
        }
      }
    }
  });
});

describe("bad arguments and unreadable files: one sentence on stderr, exit 2", () => {
  test.each([
    [[], /^curate: clusters needs a FILE \(an \.xlsx workbook or a \.csv sheet\)$/],
    [["a.xlsx", "b.xlsx"], /^curate: clusters takes one FILE$/],
    [["IN", "--kind", "actors"], /^curate: --kind must be actor, weapon or location, not "actors"; did you mean --kind actor\?$/],
    [["IN", "--kind"], /^curate: --kind needs a value \(actor, weapon, location\)$/],
    [["IN", "--method", "knm"], /^curate: --method must be key or knn, not "knm"; did you mean --method knn\?$/],
    [["IN", "--format", "yaml"], /^curate: --format must be json or text, not "yaml"$/],
    [["IN", "--formt", "json"], /^curate: unknown option --formt for curate clusters; did you mean --format\?$/],
    [["IN", "--keyers", "fingerprint,soundex"], /^curate: unknown keyer "soundex" in --keyers; the keyers: fingerprint, ngram-fingerprint, ngram-fingerprint-1, separator-fingerprint, transliteration, compact, singular-fingerprint$/],
    [["IN", "--keyers", "fingerprnt"], /^curate: unknown keyer "fingerprnt" in --keyers; did you mean fingerprint\? the keyers: /],
    [["IN", "--keyers", "fingerprint,"], /^curate: --keyers takes keyer names separated by commas, not "fingerprint,"/],
    [["IN", "--method", "knn", "--keyers", "compact"], /^curate: --keyers is for key collision \(--method key\); nearest neighbours take --distance, --radius and --block-size$/],
    [["IN", "--distance", "ppm"], /^curate: --distance is for nearest neighbours: add --method knn, or leave --distance out$/],
    [["IN", "--radius", "2"], /^curate: --radius is for nearest neighbours: add --method knn, or leave --radius out$/],
    [["IN", "--block-size", "4"], /^curate: --block-size is for nearest neighbours: add --method knn, or leave --block-size out$/],
    [["IN", "--method", "knn", "--distance", "jaro"], /^curate: --distance must be levenshtein or ppm, not "jaro"$/],
    [["IN", "--method", "knn", "--radius=-1"], /^curate: --radius must be a number of 0 or more, such as 1 or 0\.5, not "-1"$/],
    [["IN", "--method", "knn", "--radius", "one"], /^curate: --radius must be a number of 0 or more, such as 1 or 0\.5, not "one"$/],
    [["IN", "--method", "knn", "--block-size", "0"], /^curate: --block-size must be a whole number of characters, 1 or more \(6 by default\), not "0"$/],
    [["IN", "--method", "knn", "--block-size", "2.5"], /^curate: --block-size must be a whole number of characters, 1 or more \(6 by default\), not "2\.5"$/],
    [["IN", "--today", "2024-01-01"], /^curate: unknown option --today for curate clusters; curate clusters takes --kind, --method, --format, --keyers, --distance, --radius, --block-size$/],
    [["missing.xlsx"], /^curate: missing\.xlsx: no such file$/],
    [["missing.csv"], /^curate: missing\.csv: no such file$/],
    [["notes.pdf"], /^curate: notes\.pdf: not an \.xlsx or \.csv file$/],
    [["FOLDER.xlsx"], /^curate: .*FOLDER\.xlsx: /],
    [["BROKEN.xlsx"], /^curate: .*BROKEN\.xlsx: /],
  ])("%j", async (args, message) => {
    const folder = join(dir, "FOLDER.xlsx");
    mkdirSync(folder, { recursive: true });
    const broken = join(dir, "BROKEN.xlsx");
    writeFileSync(broken, "this is not a zip file");
    const resolved = (args as string[]).map((arg) => (arg === "IN" ? input : arg === "FOLDER.xlsx" ? folder : arg === "BROKEN.xlsx" ? broken : arg));
    const run = await curate("clusters", ...resolved);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")).toHaveLength(2);
    expect(run.stderr.trimEnd()).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /);
  });
});

test("curate --help lists clusters and normalize --clusters", async () => {
  const run = await curate("--help");
  expect(run.status).toBe(0);
  expect(run.stdout).toContain("curate clusters FILE [--kind actor|weapon|location] [--method key|knn] [--format json|text]");
  expect(run.stdout).toContain("[--keyers NAME,...] [--distance levenshtein|ppm] [--radius R] [--block-size N]");
  expect(run.stdout).toContain("curate normalize FILE -o OUT.xlsx|OUT.xlsm --clusters DECISIONS.json [--fix-names [--unify-forms]]");
  expect((await curate("clustres", input)).stderr).toBe("curate: unknown command \"clustres\"; did you mean curate clusters?\n");
});

test("the built command, as a user runs it: JSON on stdout, exit 0; a bad option, exit 2", () => {
  const run = spawnSync(process.execPath, [CURATE, "clusters", input, "--kind", "weapon", "--format", "json"], { encoding: "utf8" });
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(JSON.parse(run.stdout).clusters.map((c: { keep: string }) => c.keep)).toEqual(["AK-47"]);
  const bad = spawnSync(process.execPath, [CURATE, "clusters", input, "--method", "knn", "--radius", "far"], { encoding: "utf8" });
  expect([bad.status, bad.stdout, bad.stderr]).toEqual([2, "", 'curate: --radius must be a number of 0 or more, such as 1 or 0.5, not "far"\n']);
});
