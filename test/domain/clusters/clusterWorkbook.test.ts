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
