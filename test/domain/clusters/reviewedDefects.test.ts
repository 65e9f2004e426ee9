import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { DistinctValue } from "../../../src/domain/clusters/clusterTypes";
import { builtInActorResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

/**
 * Cases from an independent review of the engine (inputs that a one-click merge would have
 * written wrong): each through `clusterValues` with the built-in dictionary, at default settings.
 */
const lookup = lookupFromResolver(builtInActorResolver());
const values = (country: string, ...pairs: [string, number][]): DistinctValue[] => pairs.map(([value, count], i) => valueOf(value, count, country, i));
const clustersOf = (input: DistinctValue[], method: "key" | "knn" = "key") => clusterValues(input, { kind: "actor", method, lookup }).clusters.map((c) => ({ keep: c.keep, members: c.members.map((m) => m.value) }));

test("the value kept for ACLED's state-force form keeps the regime period (a fix never drops it)", () => {
  const [cluster] = clustersOf(values("Mali", ["military forces of mali (2021-)", 2], ["MILITARY FORCES OF MALI (2021-)", 1]));
  expect(cluster.keep).toMatch(/^Military Forces of Mali \(2021-\)$/);
});

test("a unit that is another actor keeps the whole ACLED form, not the unit's bare name", () => {
  const found = clustersOf(values("Mali", ["military forces of mali (2021-) wagner group", 2], ["Military forces of Mali (2021-) Wagner Group", 1]));
  for (const cluster of found) expect(cluster.keep).toMatch(/^Military Forces of Mali \(2021-\) Wagner Group$/i);
});

test("a unit is kept: the police's customs are not merged into the police", () => {
  const found = clustersOf(values("Benin", ["Police Forces of Benin (2016-)", 3], ["Police Forces of Benin (2016-) Customs", 1]), "knn");
  expect(found.some((c) => c.members.length > 1)).toBe(false);
});

test.each(["key", "knn"] as const)("a name the dictionary refuses is not merged into a mapped one (%s): Nigerian army in Niger", (method) => {
  const found = clustersOf(values("Niger", ["Nigerien army", 2], ["Nigerian army", 1]), method);
  expect(found.some((c) => c.members.includes("Nigerian army") && c.members.includes("Nigerien army"))).toBe(false);
});

test("labels that name different countries stay apart, in one incident country", () => {
  const found = clustersOf(values("Benin", ["Pastoralists (Nigeria)", 4], ["Pastoralists (Niger)", 2], ["Civilians (Gambia)", 1], ["Civilians (Zambia)", 1]), "knn");
  expect(found.filter((c) => c.members.length > 1)).toEqual([]);
});

test("nearest neighbours: no chain of one-edit steps joins values three edits apart", () => {
  const found = clustersOf(values("Mali", ["Tabakoro Communal Militia", 4], ["Tabakoto Communal Militia", 3], ["Tabakotu Communal Militia", 2], ["Tabalotu Communal Militia", 1]), "knn");
  for (const cluster of found) expect(cluster.members.includes("Tabakoro Communal Militia") && cluster.members.includes("Tabalotu Communal Militia")).toBe(false);
  expect(found[0].members).toEqual(["Tabakoro Communal Militia", "Tabakoto Communal Militia"]);
});
