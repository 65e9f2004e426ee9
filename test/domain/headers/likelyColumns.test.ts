import { CellValue } from "../../../src/domain/cells/cellValue";
import { isoToSerial } from "../../../src/domain/cells/excelDate";
import { checkWorkbook } from "../../../src/domain/checks/checkWorkbook";
import { fieldForHeader } from "../../../src/domain/headers/fieldIndex";
import { headerResemblance } from "../../../src/domain/headers/likelyColumns";
import { INCIDENT_FIELDS } from "../../../src/domain/schema/incidentSheet";
import { TODAY } from "../../support/rows";

describe("headers curators use for the two actors", () => {
  test.each([
    ["Perpetrator", "actor1"],
    ["Perpetrator(s)", "actor1"],
    ["Attacker", "actor1"],
    ["Attackers", "actor1"],
    ["Assailant", "actor1"],
    ["Attacking group", "actor1"],
    ["Side A", "actor1"],
    ["Victim", "actor2"],
    ["Victim(s)", "actor2"],
    ["Target", "actor2"],
    ["Targeted group", "actor2"],
    ["Side B", "actor2"],
    // Near misses: not actor headers.
    ["Side", undefined],
    ["Attack", undefined],
  ])("%p → %p", (header, field) => {
    expect(fieldForHeader("incidents", header)?.field).toBe(field);
  });
});

const spec = (field: string) => INCIDENT_FIELDS.find((s) => s.field === field)!;

describe("a header that resembles a field's name or alias", () => {
  test.each([
    ["actor1", "Perp.", "perpetrator", "an abbreviation"],
    ["location", "Loc", "location", "a prefix"],
    ["event_date", "Attack date", "date", "a word of the header"],
    ["actor1", "Actor1 name", "actor1", "the name whole, inside a longer header"],
    ["location", "Locaton", "location", "a near-miss spelling"],
    ["country", "Contry", "country", "a near-miss spelling"],
    ["actor1", "Analyst", undefined, "near miss: no resemblance"],
    ["event_date", "Update", undefined, "near miss: date only inside a word"],
    ["location", "Lo", undefined, "near miss: too short to tell"],
  ])("%s: %p resembles %p (%s)", (field, header, name, _why) => {
    expect(headerResemblance(spec(field), header)).toBe(name);
  });
});

const at = (issues: ReturnType<typeof checkWorkbook>["issues"]) => issues.filter((i) => i.code === "missing-column" || i.code === "unknown-column").map((i) => `${i.column ?? ""}${i.row} ${i.code} ${i.field ?? ""}`);
const sheet = (headers: string[], ...rows: CellValue[][]) => checkWorkbook({ sheets: [{ name: "Incidents", values: [headers, ...rows] }] }, { today: TODAY }).issues;
const BASE = ["incident_id", "event_date", "event_type", "sub_event_type", "actor1", "country", "location"];
const ROW: Record<string, CellValue> = { incident_id: "BFA1", event_date: "2024-03-15", event_type: "Battles", sub_event_type: "Armed clash", actor1: "Islamic State Sahel Province", country: "Burkina Faso", location: "Kalamba" };
/** The base sheet with one column's header replaced, its values kept (or replaced). */
const replaced = (field: string, header: string, value: CellValue = ROW[field]) => sheet(BASE.map((f) => (f === field ? header : f)), BASE.map((f) => (f === field ? value : ROW[f])));

describe("a missing required field and an unknown column that looks like it: one finding", () => {
  test.each([
    ["actor1", "Perp.", undefined, ["E1 missing-column actor1"], 'column E "Perp." looks like it (its header reads like "perpetrator"): rename its header to actor1', "by header"],
    ["event_date", "When", undefined, ["B1 missing-column event_date"], "its values read as dates", "by values"],
    ["event_date", "Day", 45366, ["B1 missing-column event_date"], "its values read as dates", "by values: an Excel date serial"],
    ["event_type", "Category", undefined, ["C1 missing-column event_type"], "its values read as event types", "by values: event types"],
    ["country", "Contry", undefined, ["F1 missing-column country"], 'its header reads like "country" and its values read as countries', "by header and values"],
    ["event_date", "Dat", "yesterday", ["B1 missing-column event_date"], 'its header reads like "date"', "by header: one value that is not a date does not overrule it"],
    // Near misses: nothing looks like the field, so the two findings stay apart.
    ["actor1", "Analyst", undefined, ["1 missing-column actor1", "E1 unknown-column "], 'add a column headed "actor1"', "an unrelated column"],
    ["event_date", "When", "the week before", ["1 missing-column event_date", "B1 unknown-column "], 'add a column headed "event_date"', "values that are not dates"],
  ])("%s under %p (%p) → %p (%s)", (field, header, value, expected, message, _why) => {
    const issues = replaced(field, header, value as CellValue);
    expect(at(issues)).toEqual(expected);
    const missing = issues.find((i) => i.code === "missing-column")!;
    expect(missing.severity).toBe("error");
    expect(missing.message).toContain(message);
    expect(missing.suggestion).toBeUndefined();
  });

  test("values that plainly read as something else overrule a header that resembles the field", () => {
    const issues = sheet([...BASE.filter((f) => f !== "event_date"), "Date of report"], [...BASE.filter((f) => f !== "event_date").map((f) => ROW[f]), "none"], [...BASE.filter((f) => f !== "event_date").map((f) => ROW[f]), "n/a"]);
    expect(at(issues)).toEqual(["1 missing-column event_date", "G1 unknown-column "]);
  });

  test("two columns that look alike are both named, and the finding points at no one cell", () => {
    const issues = sheet(["incident_id", "event_date", "event_type", "sub_event_type", "Perp.", "Attacking", "country", "location"], ["BFA1", "2024-03-15", "Battles", "Armed clash", "ISSP", "JNIM", "Burkina Faso", "Kalamba"]);
    const actor1 = issues.find((i) => i.code === "missing-column" && i.field === "actor1")!;
    expect(actor1.column).toBeNull();
    expect(actor1.message).toContain('columns E "Perp." and F "Attacking" look like it');
    expect(issues.filter((i) => i.code === "unknown-column")).toEqual([]);
  });

  test.each([
    ["1952-07-01", true, ["B1 missing-column event_date"], "a 1950s day, below 1950 if read in the 1900 system"],
    ["2101-01-01", false, ["1 missing-column event_date", "B1 unknown-column "], "after 2100, within it if read in the 1900 system"],
  ])("in a 1904 workbook, the serial of %s in a General column reads as a date: %p", (iso, _dated, expected, _why) => {
    const values = [BASE.map((f) => (f === "event_date" ? "Day" : f)), BASE.map((f) => (f === "event_date" ? isoToSerial(iso, true) : ROW[f]))];
    const issues = checkWorkbook({ sheets: [{ name: "Incidents", values }], date1904: true }, { today: TODAY }).issues;
    expect(at(issues)).toEqual(expected);
  });

  test("a column is named for one missing field only", () => {
    const issues = sheet(["incident_id", "Type", "Sub", "Perp.", "country", "location", "When"], ["BFA1", "Battles", "Armed clash", "ISSP", "Burkina Faso", "Kalamba", "2024-03-15"]);
    expect(at(issues)).toEqual(["B1 missing-column event_type", "C1 missing-column sub_event_type", "D1 missing-column actor1", "G1 missing-column event_date"]);
  });
});
