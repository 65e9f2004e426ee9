import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { DistinctValue, ValueKind } from "../../../src/domain/clusters/clusterTypes";
import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

/**
 * The guards' relaxations through `clusterValues` at default settings, with the built-in
 * dictionary: what a curator wants merged is merged, and what the naming policy keeps apart
 * still is. Values come most frequent first.
 */
const lookups = { actor: lookupFromResolver(builtInActorResolver()), weapon: lookupFromResolver(builtInWeaponResolver()) };
const input = (country: string | null, names: string[]): DistinctValue[] => names.map((name, i) => valueOf(name, names.length - i, country, i));
const clustersOf = (kind: ValueKind, method: "key" | "knn", country: string | null, names: string[]) =>
  clusterValues(input(country, names), { kind, method, ...(kind === "location" ? {} : { lookup: lookups[kind] }) }).clusters.map((c) => ({ members: c.members.map((m) => m.value), keep: c.keep }));

test.each([
  ["actor", "knn", "Mali", ["Dozo Communal Militia (Mali)", "Dozos Communal Militia (Mali)"], "Dozo Communal Militia (Mali)", "a plural -s on a short word; ACLED's own name kept"],
  ["actor", "knn", "Burkina Faso", ["Koglweogo Militia", "Koglweogo Militias"], "Koglweogo Militia", "a plural -s on a long word (no guard ever objected)"],
  ["actor", "knn", "Mali", ["Islamic State (ISIS)", "Islamic State (ISIL)"], "Islamic State Sahel Province", "aliases of the branch the dictionary names in Mali"],
  ["weapon", "key", null, ["7.62mm", "7,62mm"], "7.62mm", "a decimal comma"],
  ["weapon", "knn", null, ["Chinese AK-47", "Chinese AK-47s"], "AK-47", "a plural -s after the digits"],
  ["weapon", "knn", null, ["PG-7V rocket", "PG-7V rockets"], "PG-7V", "a plural noun after a designation"],
  ["location", "key", "Burkina Faso", ["Bobo-Dioulasso", "Bobo Dioulasso"], "Bobo-Dioulasso", "a place written with a space for a hyphen"],
] as const)("%s by %s in %p: %p cluster, keeping %p (%s)", (kind, method, country, names, keep, _why) => {
  expect(clustersOf(kind, method, country, [...names])).toEqual([{ members: [...names], keep }]);
});

test.each([
  ["actor", "knn", "Niger", ["Islamic State (ISIS)", "Islamic State (ISIL)"], "Niger has two branches: the dictionary refuses both"],
  ["actor", "knn", "Mali", ["Dozos Communal Group (Mali)", "Doro Communal Group (Mali)"], "Dozo hunters and the village of Doro"],
  ["actor", "knn", "Syria", ["Militia (Hamas)", "Militia (Hama)"], "an actor the dictionary knows and a city"],
  ["actor", "knn", "Burkina Faso", ["Military Forces of Burkina Faso (2015-2022)", "Military Forces of Burkina Faso (2022-)"], "ACLED regime periods"],
  ["weapon", "knn", null, ["Chinese AK-47s", "Chinese AK-74s"], "other digits"],
  ["weapon", "knn", null, ["Serbian M70 rifles", "Serbian M70AB2 rifles"], "a model suffix"],
  ["weapon", "knn", null, ["PG-7V rockets", "PG-7VL rockets"], "a round's suffix letter"],
  ["weapon", "key", null, ["12.7mm", "127mm"], "the decimal point is identity"],
  ["location", "knn", "Mali", ["Hombori", "Nombori"], "two towns of Mopti region, one letter apart"],
  ["location", "key", "Mali", ["Tin Telout", "Tintelout"], "two places of Gao and Tombouctou, one word break apart"],
] as const)("%s by %s in %p: %p never cluster (%s)", (kind, method, country, names, _why) => {
  expect(clustersOf(kind, method, country, [...names])).toEqual([]);
});

test("one PKM, one PKMS and a plural: the PKMS never joins the PKM (its plural may join either)", () => {
  for (const cluster of clustersOf("weapon", "key", null, ["PKM", "PKMS", "PKMs", "pkm"])) expect(cluster.members.includes("PKM") && cluster.members.includes("PKMS")).toBe(false);
});
