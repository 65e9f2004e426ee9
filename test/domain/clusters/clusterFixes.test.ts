import { planClusterFixes, readClusterDecisions, type ClusterDecision } from "../../../src/domain/clusters/clusterFixes";
import { clusterWorkbook } from "../../../src/domain/clusters/clusterWorkbook";
import { SMALL_WORKBOOK } from "./smallWorkbook";

/** Cluster decisions become cell changes on the workbook as it is now, through the fix path's ProposedChange. */
const koglweogo: ClusterDecision = { kind: "actor", country: "Burkina Faso", keep: "Koglweogo Militia", values: ["Koglweogo Militia", "Koglwéogo militia", "koglweogo militia"] };

test("every cell of the kind holding a merged spelling, on both sheets and in the cluster's country, gets the value kept", () => {
  const { changes, refused } = planClusterFixes(SMALL_WORKBOOK, [koglweogo]);
  expect(refused).toEqual([]);
  expect(changes.map((c) => [c.sheet, c.address, c.old, c.new])).toEqual([
    ["Incidents", "G2", "Koglwéogo militia; Dozo Militia", "Koglweogo Militia; Dozo Militia"],
    ["Weapons", "C2", "koglweogo militia", "Koglweogo Militia"],
  ]);
  expect(changes.every((c) => c.confidence === 1 && /merged into "Koglweogo Militia"/.test(c.reason))).toBe(true);
});

test.each([
  ["a decision in another country changes nothing here", { ...koglweogo, country: "Mali" }, []],
  ["the kept value itself is never rewritten (its spacing left as written)", { kind: "actor" as const, country: "Burkina Faso", keep: "Koglweogo Militia", values: ["Koglweogo Militia"] }, []],
  ["a weapon cluster has no country", { kind: "weapon" as const, country: null, keep: "AK-47", values: ["AK47"] }, [["Weapons", "B3", "AK47", "AK-47"]]],
  ["a list keeps its other names and its spacing", { kind: "actor" as const, country: "Burkina Faso", keep: "Dozo Communal Militia", values: ["Dozo Militia"] }, [["Incidents", "G2", "Koglwéogo militia; Dozo Militia", "Koglwéogo militia; Dozo Communal Militia"]]],
])("%s", (_, decision, expected) => {
  expect(planClusterFixes(SMALL_WORKBOOK, [decision as ClusterDecision]).changes.map((c) => [c.sheet, c.address, c.old, c.new])).toEqual(expected);
});

test("two names merged in one list cell make one change of that cell", () => {
  const both: ClusterDecision[] = [koglweogo, { kind: "actor", country: "Burkina Faso", keep: "Dozo Communal Militia", values: ["Dozo Militia"] }];
  const g2 = planClusterFixes(SMALL_WORKBOOK, both).changes.filter((c) => c.address === "G2");
  expect(g2.map((c) => c.new)).toEqual(["Koglweogo Militia; Dozo Communal Militia"]);
});

test("a spelling two decisions would send different ways is left as written, and said", () => {
  const { changes, refused } = planClusterFixes(SMALL_WORKBOOK, [
    { kind: "weapon", country: null, keep: "AK-47", values: ["AK47"] },
    { kind: "weapon", country: null, keep: "AK 47", values: ["AK47", "AK 47"] },
  ]);
  expect(changes).toEqual([]);
  expect(refused.map((r) => r.reason)).toEqual(['"AK47" is also to become another value, or kept, in another decision: left as written.', '"AK47" is also to become another value, or kept, in another decision: left as written.']);
});

test("a value one decision keeps is not merged away by another", () => {
  const { changes, refused } = planClusterFixes(SMALL_WORKBOOK, [
    { kind: "weapon", country: null, keep: "AK-47", values: ["AK47"] },
    { kind: "weapon", country: null, keep: "AK 47", values: ["AK47", "AK-47"] },
  ]);
  expect(changes).toEqual([]);
  expect(refused.map((r) => r.values)).toEqual([["AK47"], ["AK47", "AK-47"]]);
});

test("a value to keep with a ';' is refused for list cells only", () => {
  const { changes, refused } = planClusterFixes(SMALL_WORKBOOK, [{ ...koglweogo, keep: "Koglweogo; militia" }]);
  // The actor cells take it; the list cell does not.
  expect(changes.map((c) => c.address)).toEqual(["E2", "E3", "E5", "C2"]);
  expect(refused).toHaveLength(1);
  expect(refused[0].reason).toMatch(/would split the list of associated actors in Incidents!G2/);
});

describe("the decisions file", () => {
  test("the output of clusters, edited: keep changed, one cluster left out", () => {
    const result = clusterWorkbook(SMALL_WORKBOOK, { kind: "actor" });
    expect(result.clusters.length).toBeGreaterThan(0);
    const file = JSON.parse(JSON.stringify({ clusters: result.clusters }));
    file.clusters[0].keep = "Koglweogo militia (edited)";
    const read = readClusterDecisions(file);
    expect("decisions" in read && read.decisions[0]).toEqual({ kind: "actor", country: result.clusters[0].country, keep: "Koglweogo militia (edited)", values: result.clusters[0].members.map((m) => m.value) });
    file.clusters[0].apply = false;
    const left = readClusterDecisions(file);
    expect("decisions" in left && left.decisions.length).toBe(result.clusters.length - 1);
  });

  test.each([
    [{ clusters: [{ kind: "actor", keep: "", values: ["a"] }] }, /the value to keep is empty \(at clusters → #1 → keep\)/],
    [{ clusters: [{ kind: "person", keep: "x", values: ["a"] }] }, /at clusters → #1 → kind/],
    [[{ kind: "actor", keep: "x" }], /a cluster needs its members \(or values\) to merge/],
    ["not json at all", /^The decisions file is not a list of clusters/],
  ])("%j is refused with a sentence", (json, message) => {
    const read = readClusterDecisions(json);
    expect("error" in read && read.error).toMatch(message);
  });
});
