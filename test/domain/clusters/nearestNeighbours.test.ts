import { distanceNamed, CLUSTER_DISTANCES, DEFAULT_BLOCKING_NGRAM_SIZE, DEFAULT_RADIUS } from "../../../src/domain/clusters/clusterDistances";
import { comparableText } from "../../../src/domain/clusters/comparableText";
import { nearestNeighbourGroups } from "../../../src/domain/clusters/nearestNeighbours";

const run = (texts: string[], distance: "levenshtein" | "ppm", radius: number, blockingNgramSize: number) => {
  const found = nearestNeighbourGroups(texts, { distance: distanceNamed(distance), radius, blockingNgramSize });
  return { groups: found.groups.map((group) => group.map((i) => texts[i])), comparisons: found.comparisons, linked: found.linked };
};

describe("nearestNeighbourGroups", () => {
  test("OpenRefine's defaults: radius 1 and blocks of 6 characters, for levenshtein and ppm", () => {
    expect([DEFAULT_RADIUS, DEFAULT_BLOCKING_NGRAM_SIZE]).toEqual([1, 6]);
    expect([...CLUSTER_DISTANCES.keys()]).toEqual(["levenshtein", "ppm"]);
    expect(() => distanceNamed("jaro")).toThrow(/unknown distance/);
  });

  test("OpenRefine's kNNClustererTests (PPM, radius 1, blocks of 2): ab and abc meet in the block \"ab\" at 0.909; c and ĉ are in no block", () => {
    expect(run(["ab", "abc", "c", "ĉ"], "ppm", 1, 2).groups).toEqual([["ab", "abc"]]);
  });

  test("OpenRefine's testNoLonelyclusters: foo and bar share no block, no cluster", () => {
    expect(run(["foo", "bar"], "ppm", 1, 2)).toMatchObject({ groups: [], comparisons: 0 });
  });

  test.each([
    [["Labour Group (Benin)", "Labor Group (Benin)", "Rioters (Benin)"], [["Labour Group (Benin)", "Labor Group (Benin)"]], "one letter dropped"],
    [["Mayi Mayi Militia (Buhirwha)", "Mayi Mayi Militia (Buhirwa)"], [["Mayi Mayi Militia (Buhirwha)", "Mayi Mayi Militia (Buhirwa)"]], "a real ACLED pair"],
    [["Koglweogo Militia", "KOGLWÉOGO militia"], [["Koglweogo Militia", "KOGLWÉOGO militia"]], "case and accents are no edits here (OpenRefine counts 9)"],
    [["Dozo Communal Militia", "Dozos Communal Militias"], [], "two edits: beyond radius 1"],
    [["abc", "abd"], [], "shorter than a block: never compared, as in OpenRefine"],
  ])("levenshtein at the defaults: %p → %p (%s)", (texts, expected) => {
    expect(run(texts, "levenshtein", DEFAULT_RADIUS, DEFAULT_BLOCKING_NGRAM_SIZE).groups).toEqual(expected);
  });

  test("a group is connected neighbours (a chain), and `linked` tells the direct ones", () => {
    const texts = ["Militia Alpha", "Militia Alph", "Militia Alp"];
    const found = run(texts, "levenshtein", 1, 6);
    expect(found.groups).toEqual([texts]);
    expect([found.linked(0, 1), found.linked(1, 2), found.linked(0, 2)]).toEqual([true, true, false]);
  });

  test("blocking: each pair is compared once, and texts sharing no block never", () => {
    const texts = ["Unidentified Armed Group (Mali)", "Unidentified Armed Group (Niger)", "Koglweogo Militia", "Dan Na Ambassagou"];
    const found = run(texts, "levenshtein", 1, 6);
    expect(found.comparisons).toBe(1);
  });

  test("comparableText folds case, accents and punctuation and collapses spaces", () => {
    expect(comparableText("  Koglwéogo\u00a0 MILITIA, (Burkina) ")).toBe("koglweogo militia burkina");
  });
});
