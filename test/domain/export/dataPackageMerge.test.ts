import { dataPackage, mergeDataPackage, readPreviousPackage, ResourceFile } from "../../../src/domain/export/dataPackage";

/**
 * Item 7 of issue 12: an existing datapackage.json is merged into, never dropped: its
 * metadata, its other resources (of any name) and its unknown keys stay; only the resource
 * of the exported sheet is replaced; one that is not a JSON object is refused.
 */

const INCIDENTS: ResourceFile = { kind: "incidents", path: "incidents.csv", userColumns: [{ name: "Analyst", title: "Analyst", column: "P" }] };
const WEAPONS: ResourceFile = { kind: "weapons", path: "weapons.csv" };
const METADATA = {
  name: "sahel-2024",
  title: "Sahel incidents 2024",
  description: "Curated by the Sahel desk.",
  licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }],
  contributors: [{ title: "A. Analyst", role: "author" }],
  keywords: ["ACLED"],
  "x-desk": { reviewed: true },
};
const OTHER = { name: "admin-areas", path: "admin.csv", profile: "tabular-data-resource", schema: { fields: [{ name: "code", type: "string" }] } };
const names = (descriptor: Record<string, unknown>) => (descriptor.resources as { name: string }[]).map((r) => r.name);
const resource = (descriptor: Record<string, unknown>, name: string) => (descriptor.resources as Record<string, unknown>[]).find((r) => r.name === name) as { path: string; schema: { fields: { name: string; type: string; title: string }[]; foreignKeys?: unknown } };

interface Case {
  why: string;
  previous: Record<string, unknown>;
  exported: ResourceFile;
  names: string[];
}

const CASES: Case[] = [
  { why: "metadata and another resource kept, the sheet's resource added last", previous: { profile: "tabular-data-package", ...METADATA, resources: [OTHER] }, exported: INCIDENTS, names: ["admin-areas", "incidents"] },
  { why: "the sheet's resource replaced in its place, matched by name", previous: { ...METADATA, resources: [{ name: "incidents", path: "old-incidents.csv", "x-note": "old" }, OTHER] }, exported: INCIDENTS, names: ["incidents", "admin-areas"] },
  { why: "matched by path under another name: replaced, one resource for one file", previous: { resources: [OTHER, { name: "sahel-events", path: "incidents.csv" }] }, exported: INCIDENTS, names: ["admin-areas", "incidents"] },
  { why: "one by name and one by path: both become the one new resource, at the first's place", previous: { resources: [{ name: "incidents", path: "a.csv" }, OTHER, { name: "events", path: "incidents.csv" }] }, exported: INCIDENTS, names: ["incidents", "admin-areas"] },
  { why: "the other sheet of this tool's kept as it was", previous: dataPackage([WEAPONS]), exported: INCIDENTS, names: ["weapons", "incidents"] },
  { why: "a package without resources gets a list", previous: { ...METADATA }, exported: WEAPONS, names: ["weapons"] },
];

describe.each(CASES)("$why", ({ previous, exported, names: expected }) => {
  test("resources, and everything else kept", () => {
    const merged = mergeDataPackage(structuredClone(previous), exported);
    expect(names(merged)).toEqual(expected);
    const { resources: _before, ...kept } = previous;
    expect(merged).toMatchObject(kept);
    const fresh = resource(merged, exported.kind);
    expect(fresh).toEqual(expect.objectContaining({ name: exported.kind, path: exported.path, profile: "tabular-data-resource" }));
    // The other resources as they were (this tool's weapon resource gains its foreign key: tested below).
    for (const other of (previous.resources as Record<string, unknown>[] | undefined) ?? []) {
      if (other.name !== exported.kind && other.path !== exported.path && other.name !== "weapons") expect(merged.resources).toContainEqual(other);
    }
  });
});

test("the user's columns become fields of type any, titled as written, described as the user's", () => {
  const merged = mergeDataPackage(undefined, { ...INCIDENTS, userColumns: [{ name: "Region_2", title: "Region", column: "R" }, { name: "location_2", title: "location", column: "S", duplicateOf: "location" }], extraColumns: ["issue_codes", "issue_messages"] });
  const fields = resource(merged, "incidents").schema.fields;
  expect(fields.slice(-4).map((f) => [f.name, f.type, f.title])).toEqual([
    ["Region_2", "any", "Region"],
    ["location_2", "any", "location"],
    ["issue_codes", "string", "issue_codes"],
    ["issue_messages", "string", "issue_messages"],
  ]);
  expect(fields.at(-4)).toMatchObject({ description: expect.stringMatching(/^The user's own column \(column R of the sheet\)/) });
  expect(fields.at(-3)).toMatchObject({ description: expect.stringContaining("a second location column") });
});

test("exporting the incident sheet gives this tool's weapon resource its foreign key; a stranger's resource is left alone", () => {
  const weaponsFirst = dataPackage([WEAPONS]);
  expect(resource(weaponsFirst, "weapons").schema.foreignKeys).toBeUndefined();
  const merged = mergeDataPackage(weaponsFirst, INCIDENTS);
  expect(resource(merged, "weapons").schema.foreignKeys).toEqual([{ fields: ["incident_id"], reference: { resource: "incidents", fields: ["incident_id"] } }]);
  const stranger = { name: "weapons", path: "w.csv", schema: { fields: [{ name: "model" }] } };
  expect(resource(mergeDataPackage({ resources: [stranger] }, INCIDENTS), "weapons")).toEqual(stranger);
  // And the weapon sheet exported into a package with the incident sheet gets it at once.
  expect(resource(mergeDataPackage(dataPackage([INCIDENTS]), WEAPONS), "weapons").schema.foreignKeys).toBeDefined();
});

test("a package's own profile and name are kept; a package without them gets the tabular profile and the default name", () => {
  expect(mergeDataPackage({ profile: "data-package", name: "mine", resources: [] }, WEAPONS)).toMatchObject({ profile: "data-package", name: "mine" });
  expect(mergeDataPackage({ resources: [] }, WEAPONS)).toMatchObject({ profile: "tabular-data-package", name: "incident-curator-export" });
});

test("entries of resources that are not objects are kept as they are", () => {
  expect(mergeDataPackage({ resources: ["notes.txt", OTHER] }, WEAPONS).resources).toEqual(["notes.txt", OTHER, expect.objectContaining({ name: "weapons" })]);
});

test.each([
  ["{", /^is not valid JSON \(/],
  ["", /^is not valid JSON/],
  ["[]", /^is not a JSON object \(it holds a list\)$/],
  ["null", /^is not a JSON object \(it holds null\)$/],
  ['"text"', /^is not a JSON object \(it holds a string\)$/],
  ['{"resources": {"name": "incidents"}}', /^has a "resources" entry that is not a list$/],
])("readPreviousPackage(%p) refuses it: %p", (text, problem) => {
  const read = readPreviousPackage(text);
  expect("problem" in read && read.problem).toMatch(problem);
});

test("readPreviousPackage reads an object, a BOM before it too", () => {
  expect(readPreviousPackage('\ufeff{"name": "x"}')).toEqual({ descriptor: { name: "x" } });
});
