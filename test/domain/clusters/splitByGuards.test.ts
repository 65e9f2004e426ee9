import { designationGuard } from "../../../src/domain/clusters/designationGuard";
import { knownDifferentGuard } from "../../../src/domain/clusters/knownDifferentGuard";
import { splitByGuards } from "../../../src/domain/clusters/splitByGuards";
import { valueOf } from "./valueOf";

describe("splitByGuards", () => {
  test("AK-47 and AK-74 in one key group: two clusters, each with its own spellings", () => {
    const values = [valueOf("AK-47", 5, null, 0), valueOf("AK74", 3, null, 1), valueOf("ak 47", 2, null, 2), valueOf("AK-74", 1, null, 3)];
    const { parts, keptApart } = splitByGuards([0, 1, 2, 3], values, [designationGuard()]);
    expect(parts.map((part) => part.map((i) => values[i].value))).toEqual([["AK-47", "ak 47"], ["AK74", "AK-74"]]);
    expect(keptApart.map((k) => [k.guard, ...k.values])).toEqual([["digits", "AK-47", "AK74"], ["digits", "AK-47", "AK-74"]]);
  });

  test("two kept apart, a third allowed with both: never all three (components would join them)", () => {
    const lookup = (value: string) => (value === "X one" ? { canonical: "X", recognised: true } : value === "Y one" ? { canonical: "Y", recognised: true } : undefined);
    const values = [valueOf("X one", 4, null, 0), valueOf("Y one", 3, null, 1), valueOf("unknown one", 2, null, 2)];
    const { parts } = splitByGuards([0, 1, 2], values, [knownDifferentGuard(lookup)]);
    expect(parts.map((part) => part.map((i) => values[i].value))).toEqual([["X one", "unknown one"]]);
  });

  test("a lone value left by a split is dropped, not shown as a cluster of one", () => {
    const values = [valueOf("M70", 2), valueOf("M70AB2", 1)];
    expect(splitByGuards([0, 1], values, [designationGuard()]).parts).toEqual([]);
  });

  test("nearest neighbours: a value joins a part only next to one of its neighbours", () => {
    const values = [valueOf("a", 3, null, 0), valueOf("b", 2, null, 1), valueOf("c", 1, null, 2)];
    const linked = (x: number, y: number) => (x === 0 && y === 1) || (x === 1 && y === 0);
    expect(splitByGuards([0, 1, 2], values, [], linked).parts).toEqual([[0, 1]]);
  });

  test("no guard objecting: the group stays whole, most frequent first, ties by first appearance", () => {
    const values = [valueOf("b", 2, null, 1), valueOf("a", 2, null, 0), valueOf("c", 5, null, 2)];
    expect(splitByGuards([0, 1, 2], values, [designationGuard()]).parts).toEqual([[2, 1, 0]]);
  });
});
