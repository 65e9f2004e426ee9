import { EXCEL_ERRORS } from "../../../src/domain/cells/cellValue";
import { readCell, ReadContext } from "../../../src/domain/cells/readCell";
import { INCIDENT_FIELDS } from "../../../src/domain/schema/incidentSheet";
import { WEAPON_FIELDS } from "../../../src/domain/schema/weaponSheet";

const spec = (field: string) => [...INCIDENT_FIELDS, ...WEAPON_FIELDS].find((s) => s.field === field)!;
const context: ReadContext = { date1904: false, dayMonthOrder: null };

describe("readCell reads what Excel hands over", () => {
  test.each([
    ["event_date", 45366, "yyyy-mm-dd", "2024-03-15", "a date serial in a date cell"],
    ["event_date", 45366, undefined, "2024-03-15", "a serial whose format is unknown"],
    ["event_date", " 15 March 2024 ", undefined, "2024-03-15", "text with spaces around"],
    ["fatalities", 12, "General", 12, "a number"],
    ["fatalities", "12", undefined, 12, "numeric text (CSV, or a cell formatted as text)"],
    ["fatalities", "7.0", undefined, 7, "a whole number with a zero decimal"],
    ["latitude", "-13.5", undefined, -13.5, "a negative decimal as text"],
    ["incident_id", 12345, "General", "12345", "a numeric ID becomes text"],
    ["inter1", 3, "General", "Political militia", "a legacy inter code"],
    ["inter1", "rebel group", undefined, "Rebel group", "an actor type in lower case"],
    ["interaction", 13, "General", "13", "a legacy interaction code"],
    ["country", "Burkina Faso", undefined, "Burkina Faso", "a canonical country"],
    ["country_of_origin", "Soviet Union", undefined, "USSR", "a former state"],
    ["assoc_actor_1", "Wagner Group; Africa Corps;", undefined, ["Wagner Group", "Africa Corps"], "an actor list"],
    ["category", "Rocket launchers", undefined, "rocket launcher", "a plural category"],
    ["inter2", 0, "General", undefined, "ACLED's numeric 0: no second actor"],
    ["inter2", "0", undefined, undefined, "the same 0 read from a CSV"],
    ["disorder_type", "Political violence; Demonstrations", undefined, "Political violence; Demonstrations", "ACLED's joined disorder type"],
    ["country", "East Timor", undefined, "East Timor", "ACLED's name for Timor-Leste"],
    ["country", "Bailiwick of Guernsey", undefined, "Bailiwick of Guernsey", "ACLED's name for Guernsey"],
  ])("%s %p → %p (%s)", (field: string, raw: unknown, format: string | undefined, value: unknown, _why: string) => {
    const reading = readCell(raw as never, spec(field), format, context);
    expect(reading.problem).toBeUndefined();
    expect(reading.value).toEqual(value);
  });

  test.each([
    ["event_date", 60, "yyyy-mm-dd", "type", "Excel's phantom 29 February 1900"],
    ["inter1", 0, "General", "enum", "0 (no actor) where actor 1 always has one"],
    ["event_date", 45366, "General", "type", "a serial in a cell not formatted as a date"],
    ["event_date", 20240315, "General", "type", "a date typed without separators"],
    ["event_date", "15/03/24", undefined, "type", "a two-digit year"],
    ["event_date", "03/04/2024", undefined, "ambiguous-date", "day and month cannot be told apart"],
    ["fatalities", "1,234", undefined, "type", "thousands separators"],
    ["fatalities", "a dozen", undefined, "type", "words"],
    ["latitude", "13,0969", undefined, "type", "a decimal comma"],
    ["latitude", Infinity, "General", "type", "not finite"],
    ["event_type", 3, "General", "type", "a number in a vocabulary column"],
    ["inter1", 9, "General", "enum", "no inter code 9"],
    ["interaction", "State vs rebels", undefined, "enum", "not an ACLED interaction"],
    ["country", "Atlantis", undefined, "enum", "no such country"],
    ["category", "spaceship", undefined, "enum", "not a weapon category"],
    ["location", true, "General", "type", "a boolean"],
  ])("%s %p is a %s issue (%s)", (field: string, raw: unknown, format: string | undefined, code: string, _why: string) => {
    const reading = readCell(raw as never, spec(field), format, context);
    expect(reading.problem?.code).toBe(code);
    expect(reading.value).toBeUndefined();
  });

  test("a serial is read in the workbook's date system, and its limits are that system's", () => {
    const in1904 = { ...context, date1904: true };
    expect(readCell(43904, spec("event_date"), "yyyy-mm-dd", in1904).value).toBe("2024-03-15");
    expect(readCell(43905, spec("event_date"), "General", in1904).problem?.suggestion).toBe("2024-03-16");
    expect(readCell(-1, spec("event_date"), "yyyy-mm-dd", in1904).problem?.message).toContain("(1904-01-01 to 9999-12-31)");
    expect(readCell(0, spec("event_date"), "yyyy-mm-dd", context).problem?.message).toContain("(1900-01-01 to 9999-12-31)");
  });

  test("a settled order resolves an open date", () => {
    expect(readCell("03/04/2024", spec("event_date"), undefined, { ...context, dayMonthOrder: "dmy" }).value).toBe("2024-04-03");
    expect(readCell("03/04/2024", spec("event_date"), undefined, { ...context, dayMonthOrder: "mdy" }).value).toBe("2024-03-04");
  });

  test("suggestions: compact dates, decimal points, separators, closest values", () => {
    expect(readCell(20240315, spec("event_date"), "General", context).problem?.suggestion).toBe("2024-03-15");
    expect(readCell("13,0969", spec("latitude"), undefined, context).problem?.suggestion).toBe("13.0969");
    expect(readCell("1,234", spec("fatalities"), undefined, context).problem?.suggestion).toBe("1234");
    expect(readCell("Nigerr", spec("country"), undefined, context).problem?.suggestion).toBe("Niger");
    expect(readCell("Chna", spec("country"), undefined, context).problem?.suggestion).toBe("China");
  });

  test("non-canonical countries are read, with a notice", () => {
    for (const written of ["BFA", "BF", "burkina faso", "Burkina"]) {
      const reading = readCell(written, spec("country"), undefined, context);
      expect(reading.value).toBe("Burkina Faso");
      expect(reading.notice?.code).toBe("non-canonical");
    }
    expect(readCell("DRC", spec("country"), undefined, context).value).toBe("Democratic Republic of Congo");
    expect(readCell("Côte d'Ivoire", spec("country"), undefined, context).value).toBe("Ivory Coast");
  });

  test.each([...EXCEL_ERRORS])("the Excel error %s is a type issue in every kind of column", (error) => {
    for (const field of INCIDENT_FIELDS) {
      const reading = readCell(error, field, undefined, context);
      expect(reading.problem?.code).toBe("type");
      expect(reading.problem?.message).toContain(error);
    }
  });

  test("blank cells are blank in every kind of column", () => {
    for (const field of [...INCIDENT_FIELDS, ...WEAPON_FIELDS]) {
      for (const blank of ["", "   ", "\u00a0", null, undefined]) {
        expect(readCell(blank, field, undefined, context)).toEqual({ value: undefined });
      }
    }
  });
});
