import { checkWorkbook } from "../../src/domain/checks/checkWorkbook";
import type { Cluster } from "../../src/domain/clusters/clusterTypes";
import { decisionRow, type NameDecision } from "../../src/domain/names/dictionary/decision";
import { DICTIONARY_HEADERS, DICTIONARY_SHEET_NAME } from "../../src/domain/names/dictionary/workbookDictionary";
import type { WorkbookGrid } from "../../src/domain/sheetGrid";
import { clusterKey, dictionaryCountry, differentDecisions, findClusters, mergePlan, quotedList, sameDecisions } from "../../src/services/clusterService";
import { SMALL_WORKBOOK } from "../domain/clusters/smallWorkbook";

/** The pane's cluster service over plain workbooks: what it finds, the changes a merge makes, and the dictionary rows its two decisions write. */
const DATE = "2026-12-01";

/** The workbook with decisions appended to its Curation dictionary sheet, as the Excel writer appends them. */
function withDecisions(workbook: WorkbookGrid, decisions: readonly NameDecision[]): WorkbookGrid {
  return { ...workbook, sheets: [...workbook.sheets, { name: DICTIONARY_SHEET_NAME, values: [[...DICTIONARY_HEADERS], ...decisions.map(decisionRow)] }] };
}
const koglweogo = (workbook: WorkbookGrid = SMALL_WORKBOOK) => findClusters(workbook, "actor", "key").clusters.find((cluster) => cluster.members.some((member) => member.value === "Koglweogo Militia"));

test("the actor clusters of a workbook, per country, with the value proposed to keep", () => {
  const cluster = koglweogo()!;
  expect(cluster.country).toBe("Burkina Faso");
  expect(cluster.members.map((member) => [member.value, member.count])).toEqual([["Koglweogo Militia", 3], ["Koglwéogo militia", 1], ["koglweogo militia", 1]]);
  expect(cluster.keep).toBe("Koglweogo Militia");
});

test("a cluster's key ignores the order of members and the proposal, and tells countries apart", () => {
  const cluster = koglweogo()!;
  const reordered: Cluster = { ...cluster, members: [...cluster.members].reverse(), keep: "something else" };
  expect(clusterKey(reordered)).toBe(clusterKey(cluster));
  expect(clusterKey({ ...cluster, country: "Mali" })).not.toBe(clusterKey(cluster));
});

describe("merging", () => {
  test("the chosen value to keep, edited, goes into every cell of the cluster that holds another spelling", () => {
    const plan = mergePlan(SMALL_WORKBOOK, [{ cluster: koglweogo()!, keep: " Koglweogo (Burkina Faso) " }]);
    expect(plan.refused).toEqual([]);
    expect(plan.changes.map((change) => [change.sheet, change.address, change.old, change.new])).toEqual([
      ["Incidents", "E2", "Koglweogo Militia", "Koglweogo (Burkina Faso)"],
      ["Incidents", "G2", "Koglwéogo militia; Dozo Militia", "Koglweogo (Burkina Faso); Dozo Militia"],
      ["Incidents", "E3", "Koglweogo Militia", "Koglweogo (Burkina Faso)"],
      ["Incidents", "E5", " Koglweogo Militia ", "Koglweogo (Burkina Faso)"],
      ["Weapons", "C2", "koglweogo militia", "Koglweogo (Burkina Faso)"],
    ]);
  });

  test("an empty value to keep is refused with a sentence, the other clusters merged", () => {
    const weapon = findClusters(SMALL_WORKBOOK, "weapon", "key").clusters[0];
    const plan = mergePlan(SMALL_WORKBOOK, [{ cluster: koglweogo()!, keep: "  " }, { cluster: weapon, keep: "AK-47" }]);
    expect(plan.changes.map((change) => change.address)).toEqual(["B3"]);
    expect(plan.refused.map((refused) => refused.reason)).toEqual(['No value to keep is given for "Koglweogo Militia", "Koglwéogo militia" and "koglweogo militia": left as written.']);
  });

  test("merged, the workbook has no such cluster left", () => {
    const plan = mergePlan(SMALL_WORKBOOK, [{ cluster: koglweogo()!, keep: "Koglweogo Militia" }]);
    const merged: WorkbookGrid = structuredClone(SMALL_WORKBOOK);
    for (const change of plan.changes) merged.sheets.find((sheet) => sheet.name === change.sheet)!.values[change.row - 1][change.column - 1] = change.new;
    expect(koglweogo(merged)).toBeUndefined();
  });
});

describe("These are different", () => {
  test("every two values marked not the same, in the cluster's country", () => {
    const decisions = differentDecisions(koglweogo()!, DATE);
    expect(decisions.map((d) => [d.canonical, d.alias, d.relation, d.country])).toEqual([
      ["Koglweogo Militia", "Koglwéogo militia", "different", "Burkina Faso"],
      ["Koglweogo Militia", "koglweogo militia", "different", "Burkina Faso"],
      ["Koglwéogo militia", "koglweogo militia", "different", "Burkina Faso"],
    ]);
    expect(decisionRow(decisions[0])).toEqual(["actor", "Koglweogo Militia", "Koglwéogo militia", "Burkina Faso", "different", `ruled out in the Clusters view on ${DATE}`]);
  });

  test("written to the dictionary sheet, the cluster is gone from the next clustering", () => {
    const cluster = koglweogo()!;
    expect(koglweogo(withDecisions(SMALL_WORKBOOK, differentDecisions(cluster, DATE)))).toBeUndefined();
  });

  test("a weapon cluster's rows have no country", () => {
    const weapon = findClusters(SMALL_WORKBOOK, "weapon", "key").clusters[0];
    expect(differentDecisions(weapon, DATE).map((d) => [d.kind, d.canonical, d.alias, d.country])).toEqual([["weapon", "AK-47", "AK47", undefined]]);
  });
});

describe("locations: both decisions, in the cluster's country", () => {
  const djibo = (workbook: WorkbookGrid = SMALL_WORKBOOK) => findClusters(workbook, "location", "key").clusters.find((cluster) => cluster.members.some((member) => member.value === "Djibo"));

  test('"These are different": a location row of the pair, in the cluster\'s country; the cluster is gone from the next clustering', () => {
    const cluster = djibo()!;
    expect(cluster.members.map((member) => member.value)).toEqual(["Djibo", "djibo"]);
    const decisions = differentDecisions(cluster, DATE);
    expect(decisions.map(decisionRow)).toEqual([["location", "Djibo", "djibo", "Burkina Faso", "different", `ruled out in the Clusters view on ${DATE}`]]);
    const next = findClusters(withDecisions(SMALL_WORKBOOK, decisions), "location", "key");
    expect(next.clusters).toEqual([]);
    expect(next.keptApart.map((kept) => [kept.guard, kept.country, ...kept.values])).toEqual([["not-the-same", "Burkina Faso", "Djibo", "djibo"]]);
  });

  test('"Add to dictionary": the kept place a team entry, the other spelling its alias there; the next clustering proposes it, the next check is unchanged', () => {
    const cluster = djibo()!;
    expect(cluster.keep).toBe("Djibo");
    // The curator keeps the less frequent spelling: the team's place wins over the count from now on.
    const decisions = sameDecisions(cluster, "djibo", DATE);
    expect(decisions.map(decisionRow)).toEqual([["location", "djibo", "Djibo", "Burkina Faso", "same", `added from the Clusters view on ${DATE}`]]);
    const remembered = withDecisions(SMALL_WORKBOOK, decisions);
    expect([djibo(remembered)!.keep, djibo(remembered)!.reason]).toEqual(["djibo", '"djibo" is how the dictionary writes djibo.']);
    const findings = (workbook: WorkbookGrid) => checkWorkbook(workbook, { today: DATE }).issues.filter((issue) => issue.sheet !== DICTIONARY_SHEET_NAME).map((issue) => [issue.sheet, issue.row, issue.code, issue.value]);
    expect(findings(remembered)).toEqual(findings(SMALL_WORKBOOK));
    expect(checkWorkbook(remembered, { today: DATE }).issues.filter((issue) => issue.sheet === DICTIONARY_SHEET_NAME)).toEqual([]);
  });

  test("a location cluster with no country known: rows for everywhere", () => {
    expect(differentDecisions({ ...djibo()!, country: null }, DATE).map((d) => d.country)).toEqual([undefined]);
  });
});

describe("Add to dictionary", () => {
  test("the value to keep becomes a team entry, the other values its aliases in the cluster's country", () => {
    const decisions = sameDecisions(koglweogo()!, "Koglweogo Militia", DATE);
    expect(decisions.map((d) => [d.kind, d.canonical, d.alias, d.relation, d.country])).toEqual([
      ["actor", "Koglweogo Militia", "Koglwéogo militia", "same", "Burkina Faso"],
      ["actor", "Koglweogo Militia", "koglweogo militia", "same", "Burkina Faso"],
    ]);
  });

  test("the next check knows them: no unknown name left, the other spellings proposed as fixes to the kept one", () => {
    const workbook: WorkbookGrid = {
      sheets: [
        {
          name: "Incidents",
          values: [
            ["incident_id", "event_date", "country", "location", "actor1"],
            ["MLI1", "2024-01-01", "Mali", "Niono", "Katiba Hanifa"],
            ["MLI2", "2024-01-02", "Mali", "Niono", "Katiba Hanifa"],
            ["MLI3", "2024-01-03", "Mali", "Niono", "katiba hanîfa"],
          ],
        },
      ],
    };
    const cluster = findClusters(workbook, "actor", "key").clusters[0];
    expect(cluster.members.map((member) => member.value)).toEqual(["Katiba Hanifa", "katiba hanîfa"]);
    const about = (grid: WorkbookGrid) => checkWorkbook(grid, { today: DATE }).issues.filter((issue) => issue.field === "actor1").map((issue) => [issue.code, issue.value, issue.suggestion]);
    expect(about(workbook)).toEqual([
      ["unknown-name", "Katiba Hanifa", undefined],
      ["unknown-name", "katiba hanîfa", undefined],
    ]);
    expect(about(withDecisions(workbook, sameDecisions(cluster, cluster.keep, DATE)))).toEqual([["non-canonical", "katiba hanîfa", "Katiba Hanifa"]]);
    // Marked different instead, neither is ever proposed as the other.
    const different = about(withDecisions(workbook, differentDecisions(cluster, DATE)));
    expect(different.length).toBeGreaterThan(0);
    expect(different.filter(([code]) => code !== "unknown-name")).toEqual([]);
  });

  test("values the dictionary already knows as the kept name are not written again", () => {
    const cluster: Cluster = { ...koglweogo()!, members: koglweogo()!.members.map((member, index) => (index === 1 ? { ...member, canonical: "Koglweogo Militia" } : member)) };
    expect(sameDecisions(cluster, "Koglweogo Militia", DATE).map((d) => d.alias)).toEqual(["koglweogo militia"]);
    expect(sameDecisions(cluster, "  ", DATE)).toEqual([]);
  });
});

test.each([
  ["a country the reader knows", "actor", "Burkina Faso", "Burkina Faso"],
  ["an ISO code the check read as written", "actor", "BF", "Burkina Faso"],
  ["a misspelt country would make the row unreadable: left out", "actor", "Burkina Fasso", undefined],
  ["a place's country, as an actor's: Dara in Mali is not Dar'a in Syria", "location", "Mali", "Mali"],
  ["a place's country written as a code", "location", "SYR", "Syria"],
  ["weapons have no country", "weapon", "Mali", undefined],
] as const)("the dictionary's country: %s", (_, kind, country, expected) => {
  expect(dictionaryCountry({ ...koglweogo()!, kind, country })).toBe(expected);
});

test("values in a sentence", () => {
  expect([quotedList([]), quotedList(["a"]), quotedList(["a", "b"]), quotedList(["a", "b", "c"])]).toEqual(["", '"a"', '"a" and "b"', '"a", "b" and "c"']);
});
