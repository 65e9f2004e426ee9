import { join } from "node:path";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../support/realAcled";
import { readWorkbookFile } from "../../../src/cli/io/readWorkbookFile";
import { checkWorkbook, WorkbookCheck } from "../../../src/domain/checks/checkWorkbook";
import { planFixes } from "../../../src/domain/fixes/fixPlan";
import { Issue } from "../../../src/domain/issues/issue";
import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { splitAcledForm } from "../../../src/domain/names/actorResolver";

/**
 * The whole check on the real ACLED exports beside the project (../shared/real-acled, see
 * its README; ACLED's terms: read there, never copied here). Nobody here wrote these rows:
 * they show how noisy the check is on the data curators hold, and whether a one-click fix
 * could corrupt it.
 */
const REAL = realAcledDir(join(__dirname, "../../.."));
const FILES = REAL_ACLED_FILES;
const present = realAcledPresent(REAL);
if (!present) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}; the check was not measured on real rows.`);
const describeReal = present ? describe : describe.skip;
const TODAY = "2026-12-01";

/**
 * The findings that are genuine: the data is wrong by ACLED's own codebook. Only one kind is
 * known in these files: acledR's derived `disorder_type` misspells "Demonstrations" as
 * "Demostrations" in 4,978 rows (the README of ../shared/real-acled says so, and ACLED's
 * codebook has no such value). Everything else an error or warning says about these files
 * is counted against the check, even where it may be right (an actor type the reference
 * dictionary gives differently from ACLED's coding, coordinates near a disputed border, a
 * compound "A and/or B" actor the naming policy flags on purpose).
 */
const isGenuine = (issue: Issue) => issue.code === "enum" && issue.field === "disorder_type" && issue.value === "Demostrations";
const NOISE_LIMIT = 5; // error and warning findings per 100 rows, genuine ones not counted

const results = new Map<string, WorkbookCheck>();
async function checked(file: string): Promise<WorkbookCheck> {
  let result = results.get(file);
  if (!result) {
    result = checkWorkbook(await readWorkbookFile(join(REAL, file)), { today: TODAY, singleSheet: true });
    results.set(file, result);
  }
  return result;
}

describeReal("the check on real ACLED exports", () => {
  const figures: string[] = [];
  afterAll(() => {
    if (figures.length) process.stdout.write(`\nReal ACLED exports, error and warning findings per 100 rows (genuine ones apart):\n${figures.join("\n")}\n`);
  });

  test.each(FILES)("%s: at most 5 error or warning findings per 100 rows besides genuine errors", async (file) => {
    const result = await checked(file);
    const rows = result.summary.rows.incidents;
    const loud = result.issues.filter((issue) => issue.severity !== "info");
    const noise = loud.filter((issue) => !isGenuine(issue));
    const per100 = (n: number) => (100 * n) / rows;
    figures.push(`  ${file}: ${rows.toLocaleString("en")} rows, ${per100(loud.length).toFixed(2)} in all, ${per100(noise.length).toFixed(2)} besides genuine errors (${noise.length.toLocaleString("en")})`);
    expect(rows).toBeGreaterThan(200);
    expect(per100(noise.length)).toBeLessThanOrEqual(NOISE_LIMIT);
  });

  test("the genuine error of the acledR file is found on every one of its cells, with the right suggestion", async () => {
    const result = await checked("acledR_global_2022H1.csv");
    const found = result.issues.filter(isGenuine);
    expect(found).toHaveLength(4978);
    expect(new Set(found.map((issue) => issue.suggestion))).toEqual(new Set(["Demonstrations"]));
    expect(new Set(found.map((issue) => issue.severity))).toEqual(new Set(["error"]));
  });

  test.each(FILES)("%s: no one-click fix drops a period or unit, turns a unit into its state force, or makes actor 1 equal actor 2", async (file) => {
    const result = await checked(file);
    const changes = planFixes(result);
    const actors = builtInActorResolver();
    const rows = new Map(result.incidents!.rows.map((row) => [row.row, row]));
    const after = new Map<number, Record<string, string>>();
    for (const change of changes) {
      const old = String(change.old).trim();
      if (/^(actor[12]|assoc_actor_[12])$/.test(change.field)) {
        // Every name of the cell keeps its ACLED period and unit, letter for letter.
        const oldNames = old.split(";").map((n) => n.trim()).filter(Boolean);
        const newNames = change.new.split(";").map((n) => n.trim()).filter(Boolean);
        expect([change.address, newNames.length]).toEqual([change.address, oldNames.length]);
        oldNames.forEach((name, i) => {
          const { suffix } = splitAcledForm(name);
          if (suffix) expect([change.address, newNames[i].endsWith(suffix)]).toEqual([change.address, true]);
          // A unit that names another actor keeps naming it.
          const before = actors.resolve(name, (rows.get(change.row)?.values.country as string) ?? null);
          const fixed = actors.resolve(newNames[i], (rows.get(change.row)?.values.country as string) ?? null);
          if (before.canonical && fixed.canonical) expect([change.address, fixed.canonical]).toEqual([change.address, before.canonical]);
        });
      }
      const values = after.get(change.row) ?? {};
      values[change.field] = change.new;
      after.set(change.row, values);
    }
    for (const [rowNumber, values] of after) {
      const row = rows.get(rowNumber)!;
      const raw1 = row.values.actor1 as string | undefined;
      const raw2 = row.values.actor2 as string | undefined;
      if (!raw1 || !raw2 || raw1 === raw2) continue;
      expect([rowNumber, values.actor1 ?? raw1]).not.toEqual([rowNumber, values.actor2 ?? raw2]);
    }
  });

  test("each item of ACLED's own conventions, on real rows", async () => {
    const acledR = await checked("acledR_global_2022H1.csv");
    const benin = await checked("benin_2009-2022.csv");
    const raw = await checked("benin_2009-2022_raw_NA.csv");
    const burkina = await checked("burkina_faso_2004-2022_subset.csv");
    const findings = (result: WorkbookCheck, code: string, field?: string) => result.issues.filter((i) => i.code === code && (field === undefined || i.field === field));
    // inter2 = 0 (no second actor), ACLED's country names, the joined disorder type.
    expect(findings(acledR, "enum", "inter2")).toEqual([]);
    expect(findings(acledR, "enum", "country")).toEqual([]);
    expect(findings(acledR, "non-canonical", "country")).toEqual([]);
    expect(benin.incidents!.rows.filter((r) => r.values.disorder_type === "Political violence; Demonstrations")).toHaveLength(4);
    expect(findings(benin, "enum", "disorder_type")).toEqual([]);
    // R's NA: one finding per column, and the same findings otherwise as the clean copy.
    expect(findings(raw, "na-placeholder").map((i) => i.field)).toEqual(["assoc_actor_1", "actor2", "assoc_actor_2", "admin1", "admin2", "admin3"]);
    const loud = (result: WorkbookCheck) => result.issues.filter((i) => i.severity !== "info").map((i) => `${i.column}${i.row} ${i.code}`);
    expect(loud(raw)).toEqual(loud(benin));
    // Dates re-saved by Excel: every one read with the year column, one finding for the column.
    expect(findings(burkina, "two-digit-years")).toHaveLength(1);
    expect(findings(burkina, "type", "event_date")).toEqual([]);
    expect(burkina.incidents!.rows.every((r) => typeof r.values.event_date === "string" && String(r.values.event_date).startsWith(String(r.values.year)))).toBe(true);
    // Actor 1 = actor 2 is ACLED's coding of a clash inside one actor.
    const same = acledR.incidents!.rows.filter((r) => r.values.actor1 && r.values.actor1 === r.values.actor2);
    expect(same.length).toBeGreaterThan(100);
    const sameRows = new Set(same.map((r) => r.row));
    expect(acledR.issues.filter((i) => sameRows.has(i.row) && i.field === "actor2" && i.code === "inconsistent")).toEqual([]);
    // Named actors the dictionary lacks: one info per distinct name, not a warning per cell.
    const unknown = findings(acledR, "unknown-name");
    expect(unknown.filter((i) => i.severity === "warning").length).toBeLessThan(unknown.length / 20);
    expect(new Set(unknown.filter((i) => i.severity === "info").map((i) => i.message)).size).toBe(unknown.filter((i) => i.severity === "info").length);
  });

  test("ACLED's own forms get no finding of their own on any file", async () => {
    for (const file of FILES) {
      const result = await checked(file);
      const onForms = result.issues.filter((issue) => issue.code === "non-canonical" && /^(Military|Police) Forces of .+\(\d{4}-(\d{4})?\)/.test(issue.value));
      expect([file, onForms.map((issue) => issue.value)]).toEqual([file, []]);
    }
  });
});
