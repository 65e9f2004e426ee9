import { groupChanges } from "../../../src/domain/fixes/changeGroups";
import type { ProposedChange } from "../../../src/domain/fixes/fixPlan";

const change = (row: number, old: string, replacement: string, confidence?: number): ProposedChange => ({
  sheet: "Incidents",
  address: `J${row}`,
  row,
  column: 10,
  field: "country",
  old,
  new: replacement,
  reason: `"${old}" is ${replacement}`,
  ...(confidence !== undefined ? { confidence } : {}),
});

describe("changes grouped by replacement", () => {
  test("the same replacement of the same text is one group, the largest first, each cell's index kept", () => {
    const changes = [change(2, "BFA", "Burkina Faso", 0.97), change(3, "ISIS", "Islamic State", 0.9), change(4, "BFA ", "Burkina Faso", 0.8), change(5, "BFA", "Burkina Faso")];
    const groups = groupChanges(changes);
    expect(groups.map((g) => [g.from, g.to, g.indices, g.confidence])).toEqual([
      ["BFA", "Burkina Faso", [0, 2, 3], 0.8],
      ["ISIS", "Islamic State", [1], 0.9],
    ]);
    expect(groups[0].reason).toBe('"BFA" is Burkina Faso');
  });

  test("equal groups keep the order each first appears; no changes, no groups", () => {
    expect(groupChanges([change(2, "b", "B"), change(3, "a", "A")]).map((g) => g.to)).toEqual(["B", "A"]);
    expect(groupChanges([])).toEqual([]);
  });

  test("10,000 changes in a few groups", () => {
    const changes = Array.from({ length: 10_000 }, (_, i) => change(i + 2, ["BFA", "NGA", "MLI"][i % 3], ["Burkina Faso", "Nigeria", "Mali"][i % 3]));
    const groups = groupChanges(changes);
    expect(groups.map((g) => g.indices.length)).toEqual([3334, 3333, 3333]);
    expect(groups.every((g) => g.confidence === 1)).toBe(true);
  });
});
