import { join } from "node:path";
import { REAL_ACLED_FILES, realAcledDir, realAcledPresent } from "../../support/realAcled";
import { readWorkbookFile } from "../../../src/cli/io/readWorkbookFile";
import { checkWorkbook, WorkbookCheck } from "../../../src/domain/checks/checkWorkbook";
import { WorkbookGrid } from "../../../src/domain/sheetGrid";

/**
 * The file shapes and duplicate rules on the real ACLED exports beside the project
 * (../shared/real-acled, see its README; ACLED's terms: read there, never copied here).
 */
const REAL = realAcledDir(join(__dirname, "../../.."));
const FILES = REAL_ACLED_FILES;
const present = realAcledPresent(REAL);
if (!present) console.warn(`SKIPPED: the real ACLED exports are not all at ${REAL}; the monadic-layout and duplicate-row checks were not run on real rows.`);
const describeReal = present ? describe : describe.skip;
const TODAY = "2026-12-01";

/**
 * duplicate-row findings per file, each read by hand. The old rule (date, country, location
 * and actors only) gave 48, 3, 3, 1 and 80: different events on one day in one town between
 * the same actors (protests for different causes, one shelling split by ACLED across villages).
 * The two left, both in the Mali export, are genuine: ACLED's own repeats, every field the
 * same but the IDs (and data_id):
 * - MLI4104 (row 987) repeats MLI4113 (row 985): Katiba Macina abducted a music artist between
 *   Kona and Bore on 27 July 2020; notes word for word the same, same source and timestamp;
 * - MLI4112 (row 1004) repeats MLI4098 (row 998): the JNIM–ISGS clash at Alotat near Talataye
 *   on 25 July 2020, eight killed; notes the same but "in Talataye" → "coded at Talataye",
 *   "killed" → "were killed": an edited copy.
 */
const DUPLICATE_ROWS: Record<string, string[]> = {
  "acledR_global_2022H1.csv": [],
  "benin_2009-2022.csv": [],
  "benin_2009-2022_raw_NA.csv": [],
  "burkina_faso_2004-2022_subset.csv": [],
  "mali_2017-2020_monadic.csv": ["987 MLI4104 as row 985", "1004 MLI4112 as row 998"],
};

const byCode = (result: WorkbookCheck, code: string) => result.issues.filter((issue) => issue.code === code);

describeReal("real ACLED exports", () => {
  const grids = new Map<string, WorkbookGrid>();
  const results = new Map<string, WorkbookCheck>();
  beforeAll(async () => {
    for (const file of FILES) {
      const grid = await readWorkbookFile(join(REAL, file));
      grids.set(file, grid);
      results.set(file, checkWorkbook(grid, { today: TODAY, singleSheet: true }));
    }
  });

  test.each(FILES)("%s: duplicate-row only on the repeats read by hand", (file) => {
    const found = byCode(results.get(file)!, "duplicate-row").map((issue) => `${issue.row} ${issue.value} as row ${/row (\d+)/.exec(issue.message)![1]}`);
    expect(found).toEqual(DUPLICATE_ROWS[file]);
  });

  test.each(FILES.filter((file) => !file.includes("monadic")))("%s: dyadic, no monadic-layout finding", (file) => {
    expect(byCode(results.get(file)!, "monadic-layout")).toEqual([]);
  });

  test("the monadic export: one info finding, no false duplicate-id or interaction finding", () => {
    const result = results.get("mali_2017-2020_monadic.csv")!;
    const [layout, ...more] = byCode(result, "monadic-layout");
    expect(more).toEqual([]);
    expect(layout).toMatchObject({ row: 1, column: null, severity: "info" });
    expect(layout.message).toContain("2,900 of its 3,314 events on two rows under one ID");
    // Before: 2,900 duplicate-id errors and 5,800 interaction warnings.
    expect(byCode(result, "duplicate-id")).toEqual([]);
    expect(result.issues.filter((issue) => issue.field === "interaction")).toEqual([]);
    expect(result.summary.rows.incidents).toBe(6214);
  });

  test("the monadic export with an ID on three rows, and with a pair's date changed, still gets duplicate-id", () => {
    const grid = grids.get("mali_2017-2020_monadic.csv")!;
    const [sheet] = grid.sheets;
    const headers = sheet.values[0] as string[];
    const id = headers.indexOf("event_id_cnty");
    const date = headers.indexOf("event_date");
    // Rows 2–3 are MLI4682's two rows, rows 4–5 MLI4616's (sheet rows; values index - 1 ... +1).
    expect([sheet.values[1][id], sheet.values[2][id], sheet.values[3][id], sheet.values[4][id]]).toEqual(["MLI4682", "MLI4682", "MLI4616", "MLI4616"]);
    const values = sheet.values.map((row) => [...row]);
    values.push([...values[1]]); // a third row of MLI4682
    values[4][date] = "30 December 2020"; // MLI4616's second row on another day
    const edited = checkWorkbook({ ...grid, sheets: [{ ...sheet, values }] }, { today: TODAY, singleSheet: true });
    expect(byCode(edited, "monadic-layout")).toHaveLength(1);
    expect(byCode(edited, "duplicate-id").map((issue) => `${issue.row} ${issue.value}`)).toEqual(["5 MLI4616", `${values.length} MLI4682`]);
  });

  test("the real files' same actor on both sides gives no inconsistent finding on actor 2", () => {
    const result = results.get("acledR_global_2022H1.csv")!;
    // 220 rows name one actor on both sides, all with one type; the old rule warned on each.
    expect(result.issues.filter((issue) => issue.code === "inconsistent" && (issue.field === "actor2" || issue.field === "inter2") && /same actor/.test(issue.message))).toEqual([]);
  });
});
