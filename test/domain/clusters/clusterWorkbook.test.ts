import { clusterWorkbook } from "../../../src/domain/clusters/clusterWorkbook";
import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { WorkbookGrid } from "../../../src/domain/sheetGrid";
import { SMALL_WORKBOOK } from "./smallWorkbook";
import { valueOf } from "./valueOf";

const values = (result: ReturnType<typeof clusterWorkbook>) => result.clusters.map((c) => c.members.map((m) => m.value));

describe("clusterWorkbook", () => {
  test("actors across both sheets and all actor columns, one country at a time, with the dictionary's canonical name to keep", () => {
    const result = clusterWorkbook(SMALL_WORKBOOK, { kind: "actor" });
    expect(values(result)).toEqual([["Koglweogo Militia", "Koglwéogo militia", "koglweogo militia"]]);
    expect(result.clusters[0]).toMatchObject({ country: "Burkina Faso", count: 5, method: "key:fingerprint+transliteration+compact", keep: "Koglweogo Militia" });
    expect(result.clusters[0].reason).toBe(`"Koglweogo Militia" is how the dictionary writes Koglweogo.`);
    expect(result.clusters[0].members.map((m) => m.count)).toEqual([3, 1, 1]);
  });

  test("weapons: AK-47 and AK47 one cluster; AK-74 kept apart by its digits", () => {
    const result = clusterWorkbook(SMALL_WORKBOOK, { kind: "weapon" });
    expect(values(result)).toEqual([["AK-47", "AK47"]]);
    expect(result.keptApart).toEqual([]);
  });

  test("locations: no dictionary, the most frequent spelling", () => {
    const result = clusterWorkbook(SMALL_WORKBOOK, { kind: "location" });
    expect(result.clusters.map((c) => [c.keep, c.country, c.members.length])).toEqual([["Djibo", "Burkina Faso", 2]]);
  });

  test("a Curation dictionary sheet's \"different\" row keeps its pair apart", () => {
    const workbook: WorkbookGrid = {
      sheets: [
        ...SMALL_WORKBOOK.sheets,
        { name: "Curation dictionary", values: [["kind", "canonical", "alias", "country", "relation", "note"], ["actor", "Koglweogo Militia", "Koglwéogo militia", "", "different", "another group"]] },
      ],
    };
    const result = clusterWorkbook(workbook, { kind: "actor" });
    // The resolver applies the ruling to the alias in any case or accents: "koglweogo militia" is refused with it, apart from the canonical name.
    expect(values(result)).toEqual([["Koglwéogo militia", "koglweogo militia"]]);
    expect(result.keptApart.map((k) => k.guard).sort()).toEqual(["known-different", "not-the-same"]);
    expect(result.issues).toEqual([]);
  });

  test("nearest neighbours at OpenRefine's defaults find what no key does", () => {
    const grid = (names: string[]): WorkbookGrid => ({ sheets: [{ name: "Incidents", values: [["incident_id", "country", "location", "actor1", "event_date"], ...names.map((name, i) => [`MLI${i}`, "Mali", "Gao", name, "2024-01-01"])] }] });
    const result = clusterWorkbook(grid(["Dozo Communal Militia (Mali)", "Dozo Comunal Militia (Mali)", "Dozo Communal Militia (Mali)", "Doro Communal Group (Mali)", "Dozo Communal Group (Mali)"]), { kind: "actor", method: "knn" });
    expect(values(result)).toEqual([["Dozo Communal Militia (Mali)", "Dozo Comunal Militia (Mali)"]]);
    expect(result.clusters[0].method).toBe("knn:levenshtein");
    expect(result.keptApart.map((k) => [k.guard, ...k.values])).toEqual([["short-words", "Doro Communal Group (Mali)", "Dozo Communal Group (Mali)"]]);
  });
});

describe("clusterValues", () => {
  test("clusters come largest first, the cost with distinct values: 100,000 cells of 3 values are 3 values", () => {
    const result = clusterValues([valueOf("Dozo militia", 60_000, "Mali", 0), valueOf("Dozo Militia", 39_999, "Mali", 1), valueOf("DOZO MILITIA", 1, "Mali", 2), valueOf("a b", 5, "Mali", 3), valueOf("b a", 9, "Mali", 4)], { kind: "actor" });
    expect(result.distinct).toBe(5);
    expect(result.clusters.map((c) => [c.keep, c.count])).toEqual([["Dozo militia", 100_000], ["b a", 14]]);
  });

  test("the same spelling in two countries is never one cluster", () => {
    const result = clusterValues([valueOf("Koglweogo", 2, "Burkina Faso"), valueOf("koglweogo", 1, "Niger")], { kind: "actor" });
    expect(result.clusters).toEqual([]);
  });
});

/**
 * The Curation dictionary's location rows in clustering. Each case: the dictionary rows, the
 * places written (country, location, cells), and the clusters found (the value to keep, then
 * the members) with the guards that kept values apart.
 */
describe("the team's places (location rows of the Curation dictionary)", () => {
  type Place = [country: string, location: string, cells: number];
  const workbook = (rows: string[][], places: Place[]): WorkbookGrid => ({
    sheets: [
      { name: "Incidents", values: [["incident_id", "event_date", "country", "location", "actor1"], ...places.flatMap(([country, location, cells], p) => Array.from({ length: cells }, (_, i) => [`X${p}-${i}`, "2024-01-01", country, location, "Civilians"]))] },
      { name: "Curation dictionary", values: [["kind", "canonical", "alias", "country", "relation", "note"], ...rows] },
    ],
  });
  // Blocks of 3 letters, so that nearest neighbours compare short names ("Djibo" / "Jibo").
  const found = (rows: string[][], places: Place[], method: "key" | "knn" = "key") => {
    const result = clusterWorkbook(workbook(rows, places), { kind: "location", method, blockingNgramSize: 3 });
    expect(result.issues).toEqual([]);
    return { clusters: result.clusters.map((c) => [c.country, c.keep, ...c.members.map((m) => m.value)]), apart: result.keptApart.map((k) => k.guard) };
  };

  describe('"different": two places kept apart, in the row\'s country only', () => {
    const places: Place[] = [["Mali", "Dara", 2], ["Mali", "Dar'a", 1], ["Syria", "Dar'a", 2], ["Syria", "Dara", 1]];
    test.each([
      ["no rows: one name up to an apostrophe, in each country", [], [["Mali", "Dara", "Dara", "Dar'a"], ["Syria", "Dar'a", "Dar'a", "Dara"]], []],
      ["Mali's row: apart in Mali, still one in Syria", [["location", "Dar'a", "Dara", "Mali", "different", ""]], [["Syria", "Dar'a", "Dar'a", "Dara"]], ["not-the-same"]],
      ["a row for everywhere: apart in both", [["location", "Dar'a", "Dara", "", "different", ""]], [], ["not-the-same", "not-the-same"]],
      ["the same pair as actors: places unaffected", [["actor", "Dar'a", "Dara", "", "different", ""]], [["Mali", "Dara", "Dara", "Dar'a"], ["Syria", "Dar'a", "Dar'a", "Dara"]], []],
    ])("%s", (_, rows, clusters, apart) => {
      expect(found(rows, places)).toEqual({ clusters, apart });
    });
  });

  describe('"same": the team\'s place proposed to keep, two team places never one cluster', () => {
    test.each([
      ["no rows: the most frequent spelling", [], [["Burkina Faso", "BOBO DIOULASSO", 3], ["Burkina Faso", "Bobo-Dioulasso", 1]], [["Burkina Faso", "BOBO DIOULASSO", "BOBO DIOULASSO", "Bobo-Dioulasso"]], []],
      ["the team's place, written as the team writes it, though less frequent", [["location", "Bobo-Dioulasso", "", "Burkina Faso", "same", ""]], [["Burkina Faso", "BOBO DIOULASSO", 3], ["Burkina Faso", "Bobo-Dioulasso", 1]], [["Burkina Faso", "Bobo-Dioulasso", "BOBO DIOULASSO", "Bobo-Dioulasso"]], []],
      ["a cluster holding only the alias: the team's place, written into it", [["location", "Tintelout", "Tin Telout", "Mali", "same", ""]], [["Mali", "Tin Telout", 2], ["Mali", "TIN TELOUT", 1]], [["Mali", "Tintelout", "Tin Telout", "TIN TELOUT"]], []],
      ["two of the team's places: never one cluster", [["location", "Dara", "", "Mali", "same", ""], ["location", "Dar'a", "", "Mali", "same", ""]], [["Mali", "Dara", 2], ["Mali", "Dar'a", 1]], [], ["known-different"]],
      ["a row of Mali says nothing in Niger", [["location", "Bobo-Dioulasso", "", "Mali", "same", ""]], [["Niger", "BOBO DIOULASSO", 3], ["Niger", "Bobo-Dioulasso", 1]], [["Niger", "BOBO DIOULASSO", "BOBO DIOULASSO", "Bobo-Dioulasso"]], []],
      ["the same row as an actor: places unaffected", [["actor", "Bobo-Dioulasso", "", "Burkina Faso", "same", ""]], [["Burkina Faso", "BOBO DIOULASSO", 3], ["Burkina Faso", "Bobo-Dioulasso", 1]], [["Burkina Faso", "BOBO DIOULASSO", "BOBO DIOULASSO", "Bobo-Dioulasso"]], []],
    ])("%s", (_, rows, places, clusters, apart) => {
      expect(found(rows, places as Place[])).toEqual({ clusters, apart });
    });
  });

  describe('"same" joins no values the method does not group; where it groups them, the places and short-words guards yield to the team, as to one actor\'s aliases', () => {
    test.each([
      ["one word break: the compact key groups them, the places guard keeps them apart", [], [["Mali", "Tin Telout", 2], ["Mali", "Tintelout", 1]], "key", [], ["places"]],
      ["the team says they are one: one cluster, the team's place kept", [["location", "Tintelout", "Tin Telout", "Mali", "same", ""]], [["Mali", "Tin Telout", 2], ["Mali", "Tintelout", 1]], "key", [["Mali", "Tintelout", "Tin Telout", "Tintelout"]], []],
      ["a letter apart, nearest neighbours group them, short words keep them apart", [], [["Burkina Faso", "Djibo", 2], ["Burkina Faso", "Jibo", 1]], "knn", [], ["short-words"]],
      ["the team says they are one", [["location", "Djibo", "Jibo", "Burkina Faso", "same", ""]], [["Burkina Faso", "Djibo", 2], ["Burkina Faso", "Jibo", 1]], "knn", [["Burkina Faso", "Djibo", "Djibo", "Jibo"]], []],
      ["a long name a letter apart: the places guard keeps them apart", [], [["Burkina Faso", "Ouahigouya", 2], ["Burkina Faso", "Ouahigouia", 1]], "knn", [], ["places"]],
      ["the team's alias: one cluster", [["location", "Ouahigouya", "Ouahigouia", "", "same", ""]], [["Burkina Faso", "Ouahigouya", 2], ["Burkina Faso", "Ouahigouia", 1]], "knn", [["Burkina Faso", "Ouahigouya", "Ouahigouya", "Ouahigouia"]], []],
      ["one of the two the team's place, the other unknown: still apart", [["location", "Ouahigouya", "", "", "same", ""]], [["Burkina Faso", "Ouahigouya", 2], ["Burkina Faso", "Ouahigouia", 1]], "knn", [], ["places"]],
      ["no key groups them: the row alone makes no cluster (as for actors)", [["location", "Djibo", "Jibo", "Burkina Faso", "same", ""]], [["Burkina Faso", "Djibo", 2], ["Burkina Faso", "Jibo", 1]], "key", [], []],
      ["no neighbours either: a row alone makes no cluster", [["location", "Gao", "Gao Ville", "Mali", "same", ""]], [["Mali", "Gao", 2], ["Mali", "Gao Ville", 1]], "knn", [], []],
    ])("%s", (_, rows, places, method, clusters, apart) => {
      expect(found(rows, places as Place[], method as "key" | "knn")).toEqual({ clusters, apart });
    });
  });

  test("unusable location rows are the sheet's findings, and the rest is read", () => {
    const result = clusterWorkbook(workbook([["location", "Bobo-Dioulasso", "", "Atlantis", "same", ""], ["location", "Dara", "Darah", "Mali", "same", ""], ["location", "Dar'a", "Darah", "Mali", "same", ""]], [["Mali", "darah", 2], ["Mali", "Darah", 1]]), { kind: "location" });
    expect(result.issues.map((issue) => `${issue.column}${issue.row} ${issue.code}: ${issue.message}`)).toEqual(['D2 enum: "Atlantis" is not a country name or ISO code.', 'C4 inconsistent: "Darah" is already a spelling of Dara in Mali (row 3); one spelling names one place, so this row is skipped.']);
    expect(result.clusters.map((c) => [c.keep, c.reason])).toEqual([["Dara", 'The dictionary knows "darah" as Dara.']]);
  });
});
