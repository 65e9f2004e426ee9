import { kindFromSheetName, locateTable } from "../../../src/domain/headers/locateTable";
import { fieldForHeader } from "../../../src/domain/headers/fieldIndex";

describe("fieldForHeader", () => {
  test.each([
    ["incidents", "Event Date", "event_date"],
    ["incidents", "event_date", "event_date"],
    ["incidents", "date", "event_date"],
    ["incidents", "EVENT-DATE", "event_date"],
    ["incidents", "Actor 1", "actor1"],
    ["incidents", "actor_1", "actor1"],
    ["incidents", "Lat", "latitude"],
    ["incidents", "Lng", "longitude"],
    ["incidents", "Décès", undefined],
    ["incidents", "Pays", "country"],
    ["incidents", "Sub-event type", "sub_event_type"],
    ["incidents", "event_id_cnty", "incident_id"],
    ["incidents", "Fatalities ", "fatalities"],
    ["weapons", "Caliber", "calibre"],
    ["weapons", "Country of Origin", "country_of_origin"],
    ["weapons", "Quantité", "quantity"],
    ["weapons", "Year", "year_of_manufacture"],
    ["incidents", "Year", "year"],
    ["weapons", "Event date", undefined],
  ])("%s: %p → %p", (kind, header, field) => {
    expect(fieldForHeader(kind as "incidents" | "weapons", header)?.field).toBe(field);
  });
});

describe("locateTable", () => {
  test("finds a header row below title rows", () => {
    const layout = locateTable({
      name: "Sheet1",
      values: [["Sahel incidents, March 2024"], [], ["Prepared by the analysis team", "", "v2"], ["ID", "Date", "Event type", "Sub event type", "Actor 1", "Country", "Location"], ["BFA1", "2024-03-15"]],
    });
    expect(layout?.kind).toBe("incidents");
    expect(layout?.headerIndex).toBe(3);
    expect(layout?.columns.map((c) => c.spec.field)).toEqual(["incident_id", "event_date", "event_type", "sub_event_type", "actor1", "country", "location"]);
    expect(layout?.missing).toEqual([]);
  });

  test("tells a weapon sheet from an incident sheet by its distinctive headers", () => {
    const layout = locateTable({ name: "Sheet2", values: [["Incident", "Weapon model", "Qty", "Origin"]] });
    expect(layout?.kind).toBe("weapons");
  });

  test("reports duplicate, unknown and missing columns; keeps the first of a duplicate", () => {
    const layout = locateTable({ name: "Incidents", values: [["incident_id", "Lat", "latitude", "Analyst", "event_date"]] }, "incidents");
    expect(layout?.columns.map((c) => [c.index, c.spec.field])).toEqual([[0, "incident_id"], [1, "latitude"], [4, "event_date"]]);
    expect(layout?.duplicates.map((d) => [d.index, d.spec.field, d.firstIndex])).toEqual([[2, "latitude", 1]]);
    expect(layout?.unknown).toEqual([{ index: 3, header: "Analyst" }]);
    expect(layout?.missing.map((m) => m.field)).toEqual(["event_type", "sub_event_type", "actor1", "country", "location"]);
  });

  test("a single matching cell is not a header row (near miss: a title that names one field)", () => {
    expect(locateTable({ name: "Notes", values: [["Location"], ["Kaya"]] })).toBeUndefined();
  });

  test("ignores errors, numbers and booleans in header candidates", () => {
    expect(locateTable({ name: "S", values: [[1, true, "#N/A", null]] })).toBeUndefined();
  });
});

test.each([
  ["Incidents", "incidents"],
  ["incidents", "incidents"],
  [" WEAPONS ", "weapons"],
  ["Weapon", "weapons"],
  ["Incidents 2024", undefined],
])("kindFromSheetName(%p) → %p", (name, kind) => {
  expect(kindFromSheetName(name)).toBe(kind);
});
