import { DEFAULT_KEYERS, DEFAULT_WEAPON_KEYERS, defaultKeyersFor } from "../../../src/domain/clusters/clusterKeyers";
import { clusterValues } from "../../../src/domain/clusters/clusterValues";
import { DistinctValue, ValueKind } from "../../../src/domain/clusters/clusterTypes";
import { lookupFromResolver } from "../../../src/domain/clusters/dictionaryLookup";
import { singularFingerprintKeyer } from "../../../src/domain/clusters/singularFingerprint";
import { builtInActorResolver, builtInWeaponResolver } from "../../../src/domain/names/dictionary/builtIn";
import { valueOf } from "./valueOf";

describe("singularFingerprintKeyer: OpenRefine's fingerprint of the singular words", () => {
  test.each([
    ["Koglweogo Militias", "koglweogo militia", "a plural -s on a long word"],
    ["Koglwéogo militia", "koglweogo militia", "the fingerprint's folding as before"],
    ["Dozos (Mali)", "dozo mali", "a short name's plural"],
    ["DOZOs", "dozo", "a lower-case s after capitals"],
    ["AK-47s", "ak47", "a designation's plural"],
    ["RPG-7 launchers", "launcher rpg7", "a generic noun's plural"],
    ["PG-7Vs", "pg7v", "after a designation's letter suffix"],
    ["Riders Union", "rider union", "any plural word (the key only proposes)"],
    ["PKMS", "pkms", "a capital S is a suffix: the PKMS is not PKMs"],
    ["ISIS", "isis", "likewise"],
    ["Beretta 92S", "92s beretta", "likewise"],
    ["Beretta 92s", "92s beretta", "an s after bare digits: a plural or the 92S, no case tells"],
    ["1990s protesters", "1990s protester", "likewise the decade; the plural noun is read"],
    ["Congress Party", "congress party", "-ss"],
    ["Cyprus Police", "cyprus police", "-us"],
    ["Tunis", "tunis", "-is"],
    ["Bus", "bus", "too short"],
  ])("%p → %p (%s)", (text, key) => {
    expect(singularFingerprintKeyer.key(text)).toBe(key);
  });
});

const lookups = { actor: lookupFromResolver(builtInActorResolver()), weapon: lookupFromResolver(builtInWeaponResolver()) };
const WITH_SINGULAR = [...DEFAULT_KEYERS, "singular-fingerprint"];
const clustersOf = (kind: ValueKind, country: string | null, names: string[], keyers?: readonly string[]) => {
  const values: DistinctValue[] = names.map((name, i) => valueOf(name, names.length - i, country, i));
  const options = { kind, method: "key" as const, ...(keyers ? { keyers } : {}), ...(kind === "location" ? {} : { lookup: lookups[kind] }) };
  return clusterValues(values, options).clusters.map((cluster) => cluster.members.map((member) => member.value));
};

describe("the singular fingerprint in key collision, the guards deciding what merges", () => {
  test("the defaults: weapons read plurals by key, actors and places do not", () => {
    expect(defaultKeyersFor("weapon")).toEqual(DEFAULT_WEAPON_KEYERS);
    expect(DEFAULT_WEAPON_KEYERS).toContain("singular-fingerprint");
    expect(defaultKeyersFor("actor")).not.toContain("singular-fingerprint");
    expect(defaultKeyersFor("location")).not.toContain("singular-fingerprint");
  });

  test.each([
    ["weapon", null, ["AK-47", "AK-47s"], undefined, "weapons §5: a plural around a model is noise"],
    ["weapon", null, ["RPG-7 launcher", "RPG-7 launchers"], undefined, "likewise the generic noun"],
    ["weapon", null, ["PKM", "PKMs"], undefined, "a lower-case s after the capitals"],
    ["actor", "Burkina Faso", ["Koglweogo Militia", "Koglweogo Militias"], WITH_SINGULAR, "the issue's example, asked for by name"],
    ["actor", "Mali", ["Dozo (Mali)", "Dozos (Mali)"], WITH_SINGULAR, "a short name's plural: the short-word guard reads it as one"],
  ] as const)("%s in %p: %p one cluster with keyers %p (%s)", (kind, country, names, keyers, _why) => {
    expect(clustersOf(kind, country, [...names], keyers)).toEqual([[...names]]);
  });

  test.each([
    ["weapon", null, ["PKM", "PKMS"], undefined, "a capital S: another key (and the digits guard would refuse it)"],
    ["weapon", null, ["Beretta 92", "Beretta 92s"], undefined, "an s after bare digits is no plural"],
    ["actor", "Burkina Faso", ["Koglweogo Militia", "Koglweogo Militias"], undefined, "not a default for actors: no key reads the plural"],
    ["actor", "Syria", ["Hama", "Hamas"], WITH_SINGULAR, "one key, but the dictionary knows Hamas as an actor: the short-word guard keeps them apart"],
    ["location", "Mozambique", ["Palma", "Palmas"], WITH_SINGULAR, "places: even asked for, the place guard keeps a letter more apart"],
  ] as const)("%s in %p: %p no cluster with keyers %p (%s)", (kind, country, names, keyers, _why) => {
    expect(clustersOf(kind, country, [...names], keyers)).toEqual([]);
  });
});
