import { actorKeys, actorTokens } from "../../../src/domain/names/actorResolver";
import { BUILT_IN_ACTORS } from "../../../src/domain/names/dictionary/builtIn";
import { WEAPONS } from "../../../src/domain/names/dictionary/weapons";
import { KeysOf, NameIndex } from "../../../src/domain/names/nameIndex";
import { weaponKeys, weaponTokens } from "../../../src/domain/names/weaponResolver";
import { NATIONALITY_ADJECTIVES } from "../../../src/domain/vocabulary/nationalities";
import { loadEvaluationSet } from "../../support/evaluation";

/** The built-in dictionaries indexed as the resolvers index them. */
function actorIndex(): { index: NameIndex; names: string[] } {
  const index = new NameIndex(actorKeys, actorTokens);
  const names: string[] = [];
  for (const entry of BUILT_IN_ACTORS) {
    for (const [name, relation] of [[entry.canonical, "canonical"], ...entry.aliases.map((a) => [a, "alias"]), ...(entry.acled ?? []).map((a) => [a, "alias"])] as [string, "canonical" | "alias"][]) {
      index.add({ canonical: entry.canonical, relation, name, source: "built-in dictionary" });
      names.push(name);
    }
  }
  return { index, names };
}

function weaponIndex(): { index: NameIndex; names: string[] } {
  const index = new NameIndex(weaponKeys as KeysOf, weaponTokens);
  const names: string[] = [];
  for (const entry of WEAPONS) {
    for (const [name, relation] of [[entry.canonical, "canonical"], ...entry.aliases.map((a) => [a, "alias"]), ...(entry.variants ?? []).map((v) => [v, "variant"])] as [string, "canonical" | "alias" | "variant"][]) {
      index.add({ canonical: entry.canonical, relation, name, source: "built-in dictionary" });
      names.push(name);
    }
  }
  return { index, names };
}

/** Every way of writing a text one edit off (a letter dropped, doubled, changed, two swapped), sampled. */
function oneEditOff(text: string, every: number): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i += every) {
    found.push(text.slice(0, i) + text.slice(i + 1));
    found.push(text.slice(0, i) + text[i] + text.slice(i));
    found.push(text.slice(0, i) + (text[i] === "x" ? "q" : "x") + text.slice(i + 1));
    if (i + 1 < text.length) found.push(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
  }
  return found;
}

/** Raw names of the tuning set, the dictionaries' own names, and one and two typos away from them. */
function queries(names: string[], kind: "actor" | "weapon"): string[] {
  const raw = loadEvaluationSet(kind).map((row) => row.raw);
  const typos = names.flatMap((name) => oneEditOff(name, 4));
  const twoOff = names.filter((_, i) => i % 25 === 0).flatMap((name) => oneEditOff(name, 5).flatMap((typo) => oneEditOff(typo, 7)));
  return [...new Set([...raw, ...names, ...typos, ...twoOff, "", "x", "ak", "PKP", "RPK-74", "Ansar", "Islamic", "Shabab", "Boko"])];
}

const protectedWords = new Set([...NATIONALITY_ADJECTIVES.flatMap((a) => a.split(" ")), "niger", "nigeria", "mali", "chad", "sudan"]);

describe.each([
  ["actor", actorIndex, actorTokens],
  ["weapon", weaponIndex, weaponTokens],
] as const)("NameIndex (%s dictionary): the blocked searches find what a scan of every name finds", (kind, build, tokensOf) => {
  const { index, names } = build();
  const all = queries(names, kind);

  it(`fuzzy: the same targets, edits and word, on ${all.length} queries`, () => {
    expect(all.length).toBeGreaterThan(1000);
    let found = 0;
    const differing: string[] = [];
    for (const query of all) {
      for (const isProtected of [(word: string) => protectedWords.has(word), () => false]) {
        const blocked = index.fuzzy(query, isProtected);
        const scanned = index.fuzzyByScan(query, isProtected);
        if (JSON.stringify(blocked) !== JSON.stringify(scanned)) differing.push(query);
        if (blocked) found++;
      }
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(100);
  });

  it("near: the same names in the same order, for every word and every name run together", () => {
    const compacts = new Set<string>();
    // Every raw name of the tuning set and every name of the dictionary, and a third of the typos (a scan per query is slow).
    const kept = new Set([...loadEvaluationSet(kind).map((row) => row.raw), ...names]);
    for (const [i, query] of all.entries()) {
      if (i % 3 !== 0 && !kept.has(query)) continue;
      const tokens = tokensOf(query);
      compacts.add(tokens.join(""));
      for (const token of tokens) compacts.add(token);
    }
    let found = 0;
    const differing: string[] = [];
    for (const compact of compacts) {
      const blocked = index.near(compact);
      if (JSON.stringify(blocked) !== JSON.stringify(index.nearByScan(compact))) differing.push(compact);
      if (blocked.length > 1) found++;
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(10);
  });
});
