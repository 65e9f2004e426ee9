import { check, CLEAN_INCIDENT } from "../../support/rows";
import { dataPackage } from "../../../src/domain/export/dataPackage";

/** ACLED's pre-2019 event taxonomy: recognised per sheet, checked against its own list. */
let next = 1;
const legacy = (event_type: string, change: Record<string, unknown> = {}) => {
  const row: Record<string, unknown> = { ...CLEAN_INCIDENT, incident_id: `MLI${next++}`, event_date: "2015-06-01", year: 2015, event_type, location: `Place ${next}`, latitude: "", longitude: "", ...change };
  delete row.sub_event_type;
  return row as typeof CLEAN_INCIDENT;
};
const codes = (result: ReturnType<typeof check>) => result.issues.map((i) => `${i.field} ${i.code}${i.suggestion ? ` → ${i.suggestion}` : ""}`);

test("a sheet of old event types with no sub-event type column: one info, no missing column, no enum errors", () => {
  const result = check([legacy("Battle-No change of territory"), legacy("Remote violence"), legacy("Violence against civilians")]);
  expect(codes(result)).toEqual(["event_type legacy-taxonomy"]);
  expect(result.incidents!.legacyTaxonomy).toBe(true);
});

test("an empty sub-event type column counts as none", () => {
  const result = check([legacy("Riots/Protests", { sub_event_type: "" }), legacy("Strategic development", { sub_event_type: "" })]);
  expect(codes(result)).toEqual(["event_type legacy-taxonomy"]);
});

test("a misspelt old event type gets the closest old value, never a current one", () => {
  const result = check([legacy("Battle-No change of territory"), legacy("Remote violance")]);
  expect(codes(result)).toEqual(["event_type legacy-taxonomy", "event_type enum → Remote violence"]);
  const clash = check([legacy("Battle-No change of territory"), legacy("Armed clash")]);
  // "Armed clash" is a current sub-event type: in a legacy sheet it is not placed into the current taxonomy.
  expect(codes(clash).filter((c) => c.startsWith("event_type enum"))).toHaveLength(1);
  expect(clash.issues.find((i) => i.code === "enum")!.suggestion === "Battles").toBe(false);
});

test("near misses: a current sheet is not legacy, and an old value in it is named as such with no suggestion", () => {
  const current = check([CLEAN_INCIDENT]);
  expect(codes(current)).toEqual([]);
  const mixed = check([CLEAN_INCIDENT, { ...CLEAN_INCIDENT, incident_id: "BFA1002", location: "Kaya", event_type: "Remote violence", sub_event_type: "Armed clash" }]);
  const enumIssue = mixed.issues.find((i) => i.code === "enum")!;
  expect(enumIssue.message).toContain("pre-2019 taxonomy");
  expect(enumIssue.suggestion).toBeUndefined();
  expect(mixed.issues.some((i) => i.code === "legacy-taxonomy")).toBe(false);
});

test("the data package of a legacy sheet lists the old event types and does not require a sub-event type", () => {
  const pkg = dataPackage([{ kind: "incidents", path: "incidents.csv", legacyTaxonomy: true }]) as { resources: { schema: { fields: { name: string; constraints?: { required?: boolean; enum?: string[] } }[] } }[] };
  const fields = pkg.resources[0].schema.fields;
  expect(fields.find((f) => f.name === "event_type")!.constraints!.enum).toContain("Battle-No change of territory");
  expect(fields.find((f) => f.name === "sub_event_type")!.constraints?.required).toBeUndefined();
});
