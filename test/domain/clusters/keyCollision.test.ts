import { CLUSTER_KEYERS, compactKeyer, keyersNamed, transliterationKeyer } from "../../../src/domain/clusters/clusterKeyers";
import { keyCollisionGroups } from "../../../src/domain/clusters/keyCollision";

const groupsOf = (texts: string[], keyers: string[]) => keyCollisionGroups(texts, keyersNamed(keyers)).map((group) => group.map((i) => texts[i]));

describe("keyCollisionGroups", () => {
  test("OpenRefine's BinningClustererTests: fingerprint groups a/à and c/ĉ", () => {
    expect(groupsOf(["a", "à", "c", "ĉ"], ["fingerprint"])).toEqual([["a", "à"], ["c", "ĉ"]]);
  });

  test("OpenRefine's testNoLonelyClusters: c, ĉ, d make one cluster, d stays out", () => {
    expect(groupsOf(["c", "ĉ", "d"], ["fingerprint"])).toEqual([["c", "ĉ"]]);
  });

  test.each([
    [["Koglweogo Militia", "Koglwéogo militia", "koglweogo  MILITIA"], ["fingerprint"], [["Koglweogo Militia", "Koglwéogo militia", "koglweogo  MILITIA"]], "case, accents and spaces (the issue's example)"],
    [["Cruise, Tom", "Tom Cruise"], ["fingerprint"], [["Cruise, Tom", "Tom Cruise"]], "word order (OpenRefine's clustering-in-depth example)"],
    [["Krzysztof", "Kryzysztof", "Krzystof"], ["ngram-fingerprint-1"], [["Krzysztof", "Kryzysztof", "Krzystof"]], "same letters (clustering-in-depth's 1-gram example)"],
    [["Ahl al-Sunna", "Ahl el Sunna", "Ahl as-Sunna"], ["transliteration"], [["Ahl al-Sunna", "Ahl el Sunna", "Ahl as-Sunna"]], "the Arabic article written three ways"],
    [["Al Shabaab", "Al-Shabab", "Shabaab al"], ["transliteration"], [["Al Shabaab", "Al-Shabab", "Shabaab al"]], "doubled vowels and word order"],
    [["UMRDA: Malian Union", "UM-RDA: Malian Union"], ["compact"], [["UMRDA: Malian Union", "UM-RDA: Malian Union"]], "a hyphen inside an acronym"],
    [["UMRDA: Malian Union", "UM-RDA: Malian Union"], ["transliteration"], [], "the transliteration key reads the hyphen as a word break: not alike"],
    [["AK-47", "AK47", "AK 47"], ["compact"], [["AK-47", "AK47", "AK 47"]], "a designation written three ways"],
    [["Dozo Militia", "Dozos"], ["fingerprint", "transliteration", "compact"], [], "different words: no key shared"],
  ])("%p with %p → %p (%s)", (texts, keyers, expected) => {
    expect(groupsOf(texts, keyers)).toEqual(expected);
  });

  test("several keyers join a value to all it shares any key with (transitively)", () => {
    // fingerprint joins the first two, compact the last two.
    expect(groupsOf(["Al Shabaab", "al shabaab", "AlShabaab"], ["fingerprint", "compact"])).toEqual([["Al Shabaab", "al shabaab", "AlShabaab"]]);
  });

  test("an empty key joins nothing", () => {
    expect(groupsOf(["!!", "??", "--"], ["fingerprint"])).toEqual([]);
  });

  test("keyers are registered by name, one line each, and an unknown name is refused", () => {
    expect([...CLUSTER_KEYERS.keys()]).toEqual(["fingerprint", "ngram-fingerprint", "ngram-fingerprint-1", "separator-fingerprint", "transliteration", "compact", "singular-fingerprint"]);
    expect(transliterationKeyer.key("Jama'at Nusrat al-Islam wal-Muslimeen")).toBe("al islam jamat muslimin nusrat wal");
    expect(compactKeyer.key("UM-RDA")).toBe("umrda");
    expect(() => keyersNamed(["soundex"])).toThrow(/unknown keyer "soundex"/);
  });

  test("keys each distinct text once: 4,000 values within a second even on a busy machine (the bench measures it)", () => {
    const texts = Array.from({ length: 4000 }, (_, i) => `Communal Militia ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)} (Mali)`);
    const start = performance.now();
    keyCollisionGroups(texts, keyersNamed(["fingerprint", "transliteration", "compact"]));
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
