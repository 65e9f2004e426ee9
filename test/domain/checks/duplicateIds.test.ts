import { DuplicateIds } from "../../../src/domain/checks/duplicateIds";
import { CheckedRow } from "../../../src/domain/checks/sheetCheck";
import { check, CLEAN_INCIDENT } from "../../support/rows";

const row = (n: number, id: unknown): CheckedRow => ({ row: n, values: { incident_id: id }, hasError: false, cells: [] });

/** What `DuplicateIds` reports over rows 2, 3, … carrying these IDs. */
function reported(ids: unknown[]): string[] {
  const found: string[] = [];
  const check = new DuplicateIds((r, field, code, message) => found.push(`${r.row} ${field} ${code}: ${message}`));
  ids.forEach((id, index) => check.take(row(index + 2, id)));
  return found;
}

const CASES: { why: string; ids: unknown[]; expected: string[] }[] = [
  { why: "all different", ids: ["BFA1", "BFA2", "BFA3"], expected: [] },
  { why: "one ID twice: the later row, naming the first", ids: ["BFA1", "BFA2", "BFA1"], expected: ["4 incident_id duplicate-id: The incident ID BFA1 is already used on row 2."] },
  { why: "three times: each later row names the first", ids: ["BFA1", "BFA1", "BFA1"], expected: ["3 incident_id duplicate-id: The incident ID BFA1 is already used on row 2.", "4 incident_id duplicate-id: The incident ID BFA1 is already used on row 2."] },
  { why: "IDs differing in case or a trailing space are not the same", ids: ["BFA1", "bfa1", "BFA1 "], expected: [] },
  { why: "missing and empty IDs are not compared", ids: [undefined, "", undefined, ""], expected: [] },
  { why: "non-ASCII and astral IDs", ids: ["Côte1", "日本1", "😀1", "Cote1", "日本1", "😀1"], expected: ["6 incident_id duplicate-id: The incident ID 日本1 is already used on row 3.", "7 incident_id duplicate-id: The incident ID 😀1 is already used on row 4."] },
  { why: "long IDs (made their own in the table, not kept as views)", ids: ["X".repeat(40) + "1", "X".repeat(40) + "2", "X".repeat(40) + "1"], expected: [`4 incident_id duplicate-id: The incident ID ${"X".repeat(40)}1 is already used on row 2.`] },
];

test.each(CASES)("$why", ({ ids, expected }) => {
  expect(reported(ids)).toEqual(expected);
});

test("firstRow tells each ID's first row, and the IDs in the order first seen", () => {
  const check = new DuplicateIds(() => undefined);
  ["BFA7", "BFA3", "BFA7", "BFA5"].forEach((id, index) => check.take(row(index + 10, id)));
  expect(check.firstRow.get("BFA7")).toBe(10);
  expect(check.firstRow.get("BFA5")).toBe(13);
  expect(check.firstRow.has("BFA9")).toBe(false);
  expect(check.firstRow.size).toBe(3);
  expect([...check.firstRow.entries()]).toEqual([["BFA7", 10], ["BFA3", 11], ["BFA5", 13]]);
});

test("through the whole check: the duplicate row's ID cell, with the message", () => {
  const issues = check([CLEAN_INCIDENT, { ...CLEAN_INCIDENT, notes: "Another event.", location: "Kaya" }]).issues.filter((issue) => issue.code === "duplicate-id");
  expect(issues.map((issue) => issue.message)).toEqual([`The incident ID ${CLEAN_INCIDENT.incident_id} is already used on row 2.`]);
});
