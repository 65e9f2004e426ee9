import { check, CLEAN_INCIDENT } from "../../support/rows";

/** How the sheet's other columns help read a cell: the year column for two-digit years, R's NA placeholder. */
const incident = (change: Record<string, unknown>) => ({ ...CLEAN_INCIDENT, ...change }) as typeof CLEAN_INCIDENT;
const at = (result: ReturnType<typeof check>) => result.issues.map((i) => `${i.column}${i.row} ${i.code}${i.suggestion ? ` → ${i.suggestion}` : ""}`);

describe("two-digit years", () => {
  test.each([
    ["16-Feb-21", 2021, "2021-02-16"],
    ["16-Feb-99", 1999, "1999-02-16"],
    ["3-Mar-05", 2005, "2005-03-03"],
    ["16/02/21", 2021, "2021-02-16"],
  ])("%p with year %p reads as %p, in one finding for the column", (written, year, iso) => {
    const result = check([incident({ event_date: written, year }), incident({ incident_id: "BFA1002", event_date: written, year, location: "Kaya" })]);
    expect(at(result)).toEqual(["B1 two-digit-years"]);
    expect(result.issues[0].message).toMatch(/^2 dates are written with a two-digit year/);
    expect(result.incidents!.rows.map((r) => r.values.event_date)).toEqual([iso, iso]);
  });

  test("a year column that disagrees with the two digits is an error naming both", () => {
    const result = check([incident({ event_date: "16-Feb-21", year: 2020 })]);
    expect(at(result)).toEqual(["B2 type"]);
    expect(result.issues[0].message).toContain("not the row's year 2020");
  });

  test("without a year column, the probable date is suggested (never a date in the future)", () => {
    const noYear = (date: string) => {
      const row: Record<string, unknown> = incident({ event_date: date });
      delete row.year;
      return row as typeof CLEAN_INCIDENT;
    };
    expect(at(check([noYear("16-Feb-21")]))).toEqual(["B2 type → 2021-02-16"]);
    expect(at(check([noYear("16-Feb-98")]))).toEqual(["B2 type → 1998-02-16"]);
    // 2026-11-25 is the tests' today: '27 is taken for 1927, not a future 2027.
    expect(at(check([noYear("16-Feb-27")]))).toEqual(["B2 type → 1927-02-16"]);
    // Day and month that cannot be told apart: no suggestion.
    expect(at(check([noYear("03/04/21")]))).toEqual(["B2 type"]);
  });

  test("an ambiguous numeric short date is settled by the column's other dates", () => {
    const result = check([incident({ event_date: "03/04/21", year: 2021 }), incident({ incident_id: "BFA1002", event_date: "16/04/21", year: 2021, location: "Kaya" })]);
    expect(result.incidents!.rows.map((r) => r.values.event_date)).toEqual(["2021-04-03", "2021-04-16"]);
  });
});

describe("R's NA placeholder", () => {
  test("NA in several columns is read as empty, one finding per column with its count", () => {
    const result = check([
      incident({ actor2: "NA", inter2: "NA", interaction: 20, admin3: "NA" }),
      incident({ incident_id: "BFA1002", location: "Kaya", admin3: "NA" }),
    ]);
    const placeholders = result.issues.filter((i) => i.code === "na-placeholder");
    expect(placeholders.map((i) => [i.field, i.message.split(" NA")[0]])).toEqual([
      ["actor2", "1 cell holds"],
      ["inter2", "1 cell holds"],
      ["admin3", "2 cells hold"],
    ]);
    expect(result.issues.filter((i) => i.severity !== "info")).toEqual([]);
    expect(result.incidents!.rows[0].values.actor2).toBeUndefined();
  });

  test("a lone NA in one column is a value: Namibia's ISO code", () => {
    const result = check([incident({ country: "NA", latitude: "", longitude: "" })]);
    expect(result.issues.map((i) => i.code)).toEqual(["non-canonical"]);
    expect(result.incidents!.rows[0].values.country).toBe("Namibia");
  });

  test("a required cell holding the placeholder is still required", () => {
    const result = check([incident({ location: "NA", admin3: "NA" })]);
    expect(at(result).filter((line) => !line.includes("na-placeholder"))).toEqual(["L2 required"]);
  });
});

test("an export writes R's placeholder as an empty cell, and a value NA as itself", async () => {
  const { exportSheetCsv } = await import("../../../src/domain/export/exportSheet");
  const placeholder = check([incident({ actor2: "NA", inter2: "NA", interaction: 20, admin3: "NA" })]);
  const text = exportSheetCsv(placeholder.incidents!).text;
  expect(text).not.toMatch(/(^|,)NA(,|\r)/m);
  const value = check([incident({ notes: "NA" })]);
  expect(exportSheetCsv(value.incidents!).text).toMatch(/,NA(,|\r)/);
});
