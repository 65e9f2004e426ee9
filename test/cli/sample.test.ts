import { join } from "node:path";
import { readWorkbookFile } from "../../src/cli/io/readWorkbookFile";
import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import { INCIDENT_ROWS, WEAPON_ROWS } from "../support/sampleWorkbook";
import { brief, TODAY } from "../support/rows";

const SAMPLE = join(__dirname, "..", "fixtures", "sample.xlsx");

/** Every finding of the sample workbook, by cell: a regression in any one check changes this list. */
const EXPECTED = [
"Incidents!S3 unknown-column",
  "Incidents!T3 duplicate-column",
  "Incidents!B8 ambiguous-date",
  "Incidents!9 blank-row",
  "Incidents!B10 range",
  "Incidents!C10 range",
  "Incidents!P10 range",
  "Incidents!N11 range",
  "Incidents!P11 type",
  "Incidents!D12 enum",
  "Incidents!E13 inconsistent",
  "Incidents!J14 inconsistent",
  "Incidents!N15 inconsistent",
  "Incidents!H16 non-canonical",
  "Incidents!C17 inconsistent",
  "Incidents!A18 duplicate-id",
  "Incidents!A19 duplicate-row",
  "Incidents!F20 required",
  "Incidents!M20 required",
  "Incidents!K21 non-canonical",
  "Incidents!P21 type",
  "Incidents!G22 enum",
  "Incidents!K22 enum",
  "Incidents!F23 non-canonical",
  "Incidents!F24 compound-name",
  "Incidents!H24 non-canonical",
  "Incidents!F25 ambiguous-name",
  "Incidents!F26 unknown-name",
  "Incidents!I26 inconsistent",
  "Incidents!B27 type",
  "Weapons!A7 foreign-key",
  "Weapons!C8 non-canonical",
  "Weapons!F8 range",
  "Weapons!E9 enum",
  "Weapons!H9 range",
  "Weapons!H10 range",
  "Weapons!B11 required",
  "Weapons!C11 enum",
  "Weapons!B12 non-canonical",
  "Weapons!B13 compound-name",
  "Weapons!B14 ambiguous-name",
  "Weapons!B15 unknown-name",
  "Weapons!C16 weapon-mismatch",
  "Weapons!D17 weapon-mismatch",
  "Weapons!H17 weapon-mismatch",
  // The holder "Wagner Group" written for an incident in Nigeria: Africa Corps is often still called Wagner (NAMING-POLICY actors §9).
  "Weapons!I17 unknown-name",
  "Weapons!I17 weapon-mismatch",
  "Weapons!B18 non-canonical",
  "Weapons!B18 weapon-mismatch",
];

describe("the sample workbook (test/fixtures/sample.xlsx)", () => {
  let result: ReturnType<typeof checkWorkbook>;
  beforeAll(async () => {
    result = checkWorkbook(await readWorkbookFile(SAMPLE), { today: TODAY });
  });

  test("gives exactly the expected issues, cell by cell", () => {
    expect(brief(result)).toEqual(EXPECTED);
  });

  test("reads every data row, header below a title row", () => {
    expect(result.summary.rows).toEqual({ incidents: INCIDENT_ROWS.length - 1, weapons: WEAPON_ROWS.length });
    expect(result.summary.sheets).toEqual({ incidents: "Incidents", weapons: "Weapons" });
  });

  test("its clean rows are clean and typed", () => {
    const clean = result.incidents!.rows.filter((row) => row.row <= 5);
    expect(clean.map((row) => row.hasError)).toEqual([false, false]);
    expect(clean[0].values).toMatchObject({ incident_id: "BFA1001", event_date: "2024-03-15", fatalities: 12, latitude: 13.0969, country: "Burkina Faso" });
  });

  test("names: canonical suggestions for mapped names, candidates where none is safe", () => {
    const at = (cell: string, code: string) => result.issues.find((issue) => `${issue.sheet}!${issue.column}${issue.row}` === cell && issue.code === code);
    expect(at("Incidents!F23", "non-canonical")?.suggestion).toBe("Islamic State Sahel Province");
    // "Military Forces of Burkina Faso (2022-)" is ACLED's own form (NAMING-POLICY actors §2): recognised, no finding.
    expect(result.issues.filter((issue) => `${issue.sheet}!${issue.column}${issue.row}` === "Incidents!H23")).toEqual([]);
    expect(at("Incidents!F24", "compound-name")?.candidates).toEqual(["Islamic State West Africa Province", "Boko Haram"]);
    expect(at("Incidents!F25", "ambiguous-name")?.suggestion).toBeUndefined();
    expect(at("Incidents!F26", "unknown-name")?.candidates).toEqual(["Military Forces of Nigeria", "Military Forces of Niger"]);
    expect(at("Incidents!I26", "inconsistent")?.suggestion).toBe("Rebel group");
    expect(at("Weapons!B12", "non-canonical")?.suggestion).toBe("RPG-7");
    expect(at("Weapons!B13", "compound-name")?.candidates).toEqual(["Type 56-1", "Type 56-2"]);
    expect(at("Weapons!C16", "weapon-mismatch")?.suggestion).toBe("rocket");
    expect(at("Weapons!D17", "weapon-mismatch")?.suggestion).toBe("5.45×39mm");
    // The holder of the RPG-7s is one of the actors of a compound cell: no mismatch.
    expect(at("Weapons!I12", "weapon-mismatch")).toBeUndefined();
  });

  test("the suggestions are the ones a curator would apply", () => {
    const at = (cell: string) => result.issues.find((issue) => `${issue.sheet}!${issue.column}${issue.row}` === cell);
    expect(at("Incidents!D12")?.suggestion).toBe("Battles");
    expect(at("Incidents!J14")?.suggestion).toBe("78");
    expect(at("Incidents!K21")?.suggestion).toBe("Burkina Faso");
    expect(at("Incidents!K22")?.suggestion).toBe("Niger");
    expect(at("Incidents!B27")?.suggestion).toBe("2024-03-15");
    expect(at("Weapons!E9")?.suggestion).toBe("China");
  });
});
