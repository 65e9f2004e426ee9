import { CellValue } from "../../../src/domain/cells/cellValue";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { ISSUE_CODES, IssueCode } from "../../../src/domain/issues/issueCodes";
import { WorkbookGrid } from "../../../src/domain/sheetGrid";
import { brief, check, CLEAN_INCIDENT, CLEAN_WEAPON, gridOf, TODAY } from "../../support/rows";

type Rows = Record<string, CellValue>[];
const incident = (change: Record<string, CellValue>, drop: string[] = []): Record<string, CellValue> => {
  const row = { ...CLEAN_INCIDENT, ...change };
  for (const key of drop) delete row[key];
  return row;
};
const second = (change: Record<string, CellValue> = {}) => incident({ incident_id: "BFA1002", event_date: "2024-03-16", location: "Kaya", ...change });
const weapon = (change: Record<string, CellValue>) => ({ ...CLEAN_WEAPON, ...change });
/** Two events in ACLED's monadic form: one row per actor, no actor2/inter2 columns, the interaction the event's. */
const monadicRow = (change: Record<string, CellValue>) => incident({ inter1: "Rebel group", ...change }, ["actor2", "inter2"]);
const MONADIC = [
  monadicRow({ actor1: "Islamic State Sahel Province" }),
  monadicRow({ actor1: "Jama'at Nusrat al-Islam wal-Muslimin" }),
  monadicRow({ incident_id: "BFA1002", event_date: "2024-03-16", location: "Kaya", actor1: "Islamic State Sahel Province", interaction: 12 }),
  monadicRow({ incident_id: "BFA1002", event_date: "2024-03-16", location: "Kaya", actor1: "Military Forces of Burkina Faso", inter1: "State forces", interaction: 12 }),
];

interface Case {
  code: IssueCode;
  why: string;
  /** Rows that must raise the code at `at`. */
  trigger: { incidents: Rows; weapons?: Rows; at: string };
  /** Rows as close as can be that must not raise it. */
  nearMiss: { incidents: Rows; weapons?: Rows };
}

/** One case per issue code of the checking engine, each with a near miss. */
const CASES: Case[] = [
  { code: "missing-column", why: "no location column", trigger: { incidents: [incident({}, ["location"])], at: "Incidents!1" }, nearMiss: { incidents: [incident({}, ["fatalities"])] } },
  { code: "headerless-value", why: "a value right of the last header", trigger: { incidents: [{ ...incident({}), "": "stray" }], at: "Incidents!P2" }, nearMiss: { incidents: [{ ...incident({}), Analyst: "AB" }] } },
  { code: "duplicate-column", why: "Lat and latitude both", trigger: { incidents: [{ ...incident({}), Lat: 13.1 }], at: "Incidents!P1" }, nearMiss: { incidents: [{ ...incident({}), Analyst: "AB" }] } },
  { code: "required", why: "an empty actor 1", trigger: { incidents: [incident({ actor1: "" })], at: "Incidents!F2" }, nearMiss: { incidents: [incident({ actor2: "", inter2: "", interaction: 20 })] } },
  { code: "required", why: "a whitespace-only location", trigger: { incidents: [incident({ location: "  \u00a0" })], at: "Incidents!L2" }, nearMiss: { incidents: [incident({ location: " Kalamba " })] } },
  { code: "type", why: "an Excel error in fatalities", trigger: { incidents: [incident({ fatalities: "#N/A" })], at: "Incidents!O2" }, nearMiss: { incidents: [incident({ fatalities: "12" })] } },
  { code: "type", why: "a decimal fatality count", trigger: { incidents: [incident({ fatalities: 2.5 })], at: "Incidents!O2" }, nearMiss: { incidents: [incident({ fatalities: 2.0 })] } },
  { code: "type", why: "text in a date", trigger: { incidents: [incident({ event_date: "mid-March" })], at: "Incidents!B2" }, nearMiss: { incidents: [incident({ event_date: "15 March 2024" })] } },
  { code: "type", why: "a boolean latitude", trigger: { incidents: [incident({ latitude: true })], at: "Incidents!M2" }, nearMiss: { incidents: [incident({ latitude: "13.0969" })] } },
  { code: "enum", why: "an unknown event type", trigger: { incidents: [incident({ event_type: "Battle" })], at: "Incidents!D2" }, nearMiss: { incidents: [incident({ event_type: "Battles" })] } },
  { code: "enum", why: "an unknown country", trigger: { incidents: [incident({ country: "Burkina" + "stan" })], at: "Incidents!K2" }, nearMiss: { incidents: [incident({ country: "Burkina Faso" })] } },
  { code: "range", why: "negative fatalities", trigger: { incidents: [incident({ fatalities: -1 })], at: "Incidents!O2" }, nearMiss: { incidents: [incident({ fatalities: 0 })] } },
  { code: "range", why: "latitude 95", trigger: { incidents: [incident({ latitude: 95 })], at: "Incidents!M2" }, nearMiss: { incidents: [incident({ latitude: 90 })] } },
  { code: "range", why: "a future date", trigger: { incidents: [incident({ event_date: "2026-11-26", year: 2026 })], at: "Incidents!B2" }, nearMiss: { incidents: [incident({ event_date: TODAY, year: 2026 })] } },
  { code: "range", why: "a weapon made after its incident", trigger: { incidents: [incident({})], weapons: [weapon({ year_of_manufacture: 2025 })], at: "Weapons!F2" }, nearMiss: { incidents: [incident({})], weapons: [weapon({ year_of_manufacture: 2024 })] } },
  { code: "ambiguous-date", why: "03/04/2024 with no other evidence", trigger: { incidents: [incident({ event_date: "03/04/2024" })], at: "Incidents!B2" }, nearMiss: { incidents: [incident({ event_date: "03/04/2024" }), second({ event_date: "16/04/2024" })] } },
  { code: "duplicate-id", why: "BFA1001 twice", trigger: { incidents: [incident({}), second({ incident_id: "BFA1001" })], at: "Incidents!A3" }, nearMiss: { incidents: [incident({}), second({ incident_id: "BFA10011" })] } },
  { code: "foreign-key", why: "a weapon of an unknown incident", trigger: { incidents: [incident({})], weapons: [weapon({ incident_id: "BFA9999" })], at: "Weapons!A2" }, nearMiss: { incidents: [incident({})], weapons: [weapon({ incident_id: "BFA1001" })] } },
  { code: "inconsistent", why: "a sub-event type of another event type", trigger: { incidents: [incident({ event_type: "Riots" })], at: "Incidents!E2" }, nearMiss: { incidents: [incident({ event_type: "Battles", sub_event_type: "Government regains territory" })] } },
  { code: "inconsistent", why: "interaction against actor types", trigger: { incidents: [incident({ interaction: 12 })], at: "Incidents!J2" }, nearMiss: { incidents: [incident({ actor1: "Military Forces of Burkina Faso", inter1: 1, inter2: 2, interaction: "Rebel group-State forces" })] } },
  { code: "inconsistent", why: "latitude without longitude", trigger: { incidents: [incident({ longitude: "" })], at: "Incidents!M2" }, nearMiss: { incidents: [incident({ latitude: "", longitude: "" })] } },
  { code: "outside-country", why: "Niamey's coordinates on a Burkina Faso row", trigger: { incidents: [incident({ latitude: 13.5116, longitude: 2.1254 })], at: "Incidents!M2" }, nearMiss: { incidents: [incident({ latitude: 14.0, longitude: 0.463 })] } },
  // ACLED codes a clash inside one actor with its name on both sides: allowed, but one actor has one type.
  { code: "inconsistent", why: "the same actor on both sides with two types", trigger: { incidents: [incident({ actor1: "Rioters (Burkina Faso)", inter1: "Rioters", actor2: "Rioters (Burkina Faso)", inter2: "Protesters", interaction: 56 })], at: "Incidents!I2" }, nearMiss: { incidents: [incident({ actor2: " islamic state sahel province" })] } },
  { code: "inconsistent", why: "year against date", trigger: { incidents: [incident({ year: 2023 })], at: "Incidents!C2" }, nearMiss: { incidents: [incident({ year: "2024" })] } },
  { code: "duplicate-row", why: "same event under two ids", trigger: { incidents: [incident({}), incident({ incident_id: "BFA1002", location: "KALAMBA" })], at: "Incidents!A3" }, nearMiss: { incidents: [incident({}), incident({ incident_id: "BFA1002", event_date: "2024-03-16" })] } },
  { code: "duplicate-row", why: "same event under two ids, notes reworded", trigger: { incidents: [incident({ notes: "IS Sahel attacked JNIM near Kalamba; 12 killed." }), incident({ incident_id: "BFA1002", notes: "IS Sahel attacked JNIM near Kalamba: 12 killed" })], at: "Incidents!A3" }, nearMiss: { incidents: [incident({}), incident({ incident_id: "BFA1002", sub_event_type: "Government regains territory" })] } },
  { code: "monadic-layout", why: "ACLED's monadic form: no actor 2 columns, two events on two rows each", trigger: { incidents: MONADIC, at: "Incidents!1" }, nearMiss: { incidents: MONADIC.slice(0, 3) } },
  { code: "non-canonical", why: "a country written as its ISO code", trigger: { incidents: [incident({ country: "BFA" })], at: "Incidents!K2" }, nearMiss: { incidents: [incident({ country: "Burkina Faso" })] } },
  { code: "blank-row", why: "an empty row between two rows", trigger: { incidents: [incident({}), {}, second()], at: "Incidents!3" }, nearMiss: { incidents: [incident({}), second(), {}] } },
  { code: "empty-sheet", why: "headers only", trigger: { incidents: [], at: "Incidents!1" }, nearMiss: { incidents: [incident({})] } },
  { code: "repeated-header", why: "a second table pasted below the first, headers and all", trigger: { incidents: [incident({}), Object.fromEntries(Object.keys(CLEAN_INCIDENT).map((key) => [key, key])), second()], at: "Incidents!3" }, nearMiss: { incidents: [incident({}), second({ location: "location", notes: "notes" })] } },
  { code: "units-row", why: "units under the headers", trigger: { incidents: [{ incident_id: "code", event_date: "yyyy-mm-dd", year: "yyyy", event_type: "ACLED", sub_event_type: "ACLED", actor1: "name", inter1: "type", actor2: "name", inter2: "type", interaction: "code", country: "name", location: "name", latitude: "deg", longitude: "deg", fatalities: "persons" }, incident({})], at: "Incidents!2" }, nearMiss: { incidents: [incident({ event_date: "mid-March", fatalities: "many", latitude: "n/a", longitude: "n/a" }), second()] } },
  { code: "na-placeholder", why: "R's NA in two columns (write.csv)", trigger: { incidents: [incident({ actor2: "NA", inter2: "NA", interaction: 20 }), second({ admin1: "NA" })], at: "Incidents!H1" }, nearMiss: { incidents: [incident({ country: "NA" }), second()] } },
  { code: "two-digit-years", why: "16-Mar-24 with a year column, as Excel re-saves ISO dates", trigger: { incidents: [incident({ event_date: "15-Mar-24" })], at: "Incidents!B1" }, nearMiss: { incidents: [incident({ event_date: "15-Mar-2024" })] } },
  { code: "mixed-forms", why: "JNIM written in ACLED's form and by its canonical name", trigger: { incidents: [incident({ actor2: "JNIM: Group for Support of Islam and Muslims" }), second({ actor2: "JNIM: Group for Support of Islam and Muslims" }), second({ incident_id: "BFA1003", location: "Dori" })], at: "Incidents!H4" }, nearMiss: { incidents: [incident({ actor2: "JNIM: Group for Support of Islam and Muslims" }), second({ actor2: "JNIM: Group for Support of Islam and Muslims" })] } },
  { code: "legacy-taxonomy", why: "pre-2019 event types and no sub-event types", trigger: { incidents: [incident({ event_type: "Remote violence", sub_event_type: "" }), second({ event_type: "Battle-No change of territory", sub_event_type: "" })], at: "Incidents!1" }, nearMiss: { incidents: [incident({}), second({ event_type: "Violence against civilians", sub_event_type: "Attack" })] } },
  { code: "unknown-column", why: "a column of the team's own", trigger: { incidents: [{ ...incident({}), Analyst: "AB" }], at: "Incidents!P1" }, nearMiss: { incidents: [{ ...incident({}), "Event Type ": "Battles" }] } },
];

/** Codes of what the CSV reader tells about a file's bytes (`SheetGrid.decoding`), tested below and on real bytes in test/cli/encoding.test.ts. */
const READER_CODES: IssueCode[] = ["bad-encoding", "legacy-encoding"];

/** Codes that belong to the name checks (normaliser), tested with it. */
const NAME_CODES: IssueCode[] = ["unknown-name", "ambiguous-name", "compound-name", "weapon-mismatch"];

function run(incidents: Rows, weapons?: Rows) {
  if (incidents.length === 0) {
    const workbook: WorkbookGrid = { sheets: [{ name: "Incidents", values: [Object.keys(CLEAN_INCIDENT)] }] };
    return checkWorkbook(workbook, { today: TODAY });
  }
  return check(incidents, weapons);
}

describe.each(CASES)("$code: $why", ({ code, trigger, nearMiss }) => {
  test("is raised where it should be", () => {
    expect(brief(run(trigger.incidents, trigger.weapons))).toContain(`${trigger.at} ${code}`);
  });
  test("is not raised by the near miss", () => {
    expect(brief(run(nearMiss.incidents, nearMiss.weapons)).filter((line) => line.endsWith(` ${code}`))).toEqual([]);
  });
});

test("every issue code of the engine has a case", () => {
  const covered = new Set(CASES.map((c) => c.code));
  const expected = (Object.keys(ISSUE_CODES) as IssueCode[]).filter((code) => !NAME_CODES.includes(code) && !READER_CODES.includes(code) && code !== "missing-sheet" && code !== "hidden-rows");
  expect(expected.filter((code) => !covered.has(code))).toEqual([]);
});

test("missing-sheet: a workbook without an incident sheet", () => {
  const result = checkWorkbook({ sheets: [{ name: "Notes", values: [["just notes"]] }] }, { today: TODAY });
  expect(brief(result)).toEqual(["!0 missing-sheet"]);
  // Near miss: the incident sheet found by its headers under another name.
  const found = checkWorkbook({ sheets: [{ name: "Sheet1", values: gridOf([CLEAN_INCIDENT]) }] }, { today: TODAY });
  expect(found.issues).toEqual([]);
});

test("a clean incident and weapon give no issue at all", () => {
  expect(check([CLEAN_INCIDENT], [CLEAN_WEAPON]).issues).toEqual([]);
});

test("every issue carries sheet, row, column, field, code, severity, message and value", () => {
  const result = check([incident({ fatalities: -1, country: "BFA" })]);
  expect(result.issues).toEqual([
    { sheet: "Incidents", row: 2, column: "K", field: "country", code: "non-canonical", severity: "warning", message: expect.stringContaining("Burkina Faso"), value: "BFA", suggestion: "Burkina Faso" },
    { sheet: "Incidents", row: 2, column: "O", field: "fatalities", code: "range", severity: "error", message: "Fatalities must be at least 0; found -1.", value: "-1" },
  ]);
});

test("a units row is set aside whole: no finding on its cells, and the data below is checked as usual", () => {
  const units = { incident_id: "code", event_date: "yyyy-mm-dd", year: "yyyy", event_type: "ACLED", sub_event_type: "ACLED", actor1: "name", inter1: "type", actor2: "name", inter2: "type", interaction: "code", country: "name", location: "name", latitude: "deg", longitude: "deg", fatalities: "persons" };
  const result = check([units, incident({ fatalities: -1 })]);
  expect(brief(result)).toEqual(["Incidents!2 units-row", "Incidents!O3 range"]);
  expect(result.summary.rows.incidents).toBe(1);
});

test("hidden-rows: hidden data rows are named in one finding, checked and counted like the others", () => {
  const values = gridOf([CLEAN_INCIDENT, second(), incident({ incident_id: "BFA1003", location: "Djibo", fatalities: -1 }), incident({ incident_id: "BFA1004", location: "Dori" })]);
  // Rows 1 (headers) and 3–4 and 5 of the data: the header row is not data, so only 3–5 count.
  const result = checkWorkbook({ sheets: [{ name: "Incidents", values, hiddenRows: [1, 3, 4, 5] }] }, { today: TODAY });
  expect(brief(result)).toEqual(["Incidents!3 hidden-rows", "Incidents!O4 range"]);
  expect(result.issues[0].message).toBe("3 rows of the data are hidden (by hand or by a filter): rows 3–5. They are checked and exported like the others; unhide them to see their flags.");
  expect(result.summary.rows.incidents).toBe(4);
  // Near miss: only rows outside the data hidden (the header row, a row below the data).
  const nearMiss = checkWorkbook({ sheets: [{ name: "Incidents", values, hiddenRows: [1, 9] }] }, { today: TODAY });
  expect(brief(nearMiss).filter((line) => line.endsWith("hidden-rows"))).toEqual([]);
});

describe("the reader's decoding findings", () => {
  const values = gridOf([{ ...CLEAN_INCIDENT, notes: "D\ufffdplacés" }]);
  const notes = String.fromCharCode(65 + values[0].indexOf("notes"));
  const checked = (decoding: WorkbookGrid["sheets"][number]["decoding"]) => checkWorkbook({ sheets: [{ name: "Incidents", values, decoding }] }, { today: TODAY });

  test("bad-encoding: one warning per damaged cell, with its field and value", () => {
    const result = checked({ encoding: "utf-8", damagedCells: [{ row: 2, column: values[0].indexOf("notes") + 1, count: 1 }] });
    expect(brief(result)).toEqual([`Incidents!${notes}2 bad-encoding`]);
    expect(result.issues[0]).toMatchObject({ field: "notes", severity: "warning", value: "D\ufffdplacés" });
    // Near miss: a file read as UTF-8 with nothing to repair says nothing.
    expect(checked({ encoding: "utf-8", damagedCells: [] }).issues).toEqual([]);
  });

  test("legacy-encoding: one info at the first cell Windows-1252 changed, naming a mixed file's UTF-8 sequences", () => {
    const result = checked({ encoding: "windows-1252", damagedCells: [], notUtf8: 3, utf8: 1, firstNonAscii: { row: 2, column: values[0].indexOf("notes") + 1 } });
    expect(brief(result)).toEqual([`Incidents!${notes}2 legacy-encoding`]);
    expect(result.issues[0].severity).toBe("info");
    expect(result.issues[0].message).toContain("(3 of its 4 non-ASCII characters are not valid UTF-8)");
    expect(result.issues[0].message).toContain("1 of them is valid UTF-8");
    // Near miss: UTF-16 read whole is no finding.
    expect(checked({ encoding: "utf-16le", damagedCells: [] }).issues).toEqual([]);
  });
});
