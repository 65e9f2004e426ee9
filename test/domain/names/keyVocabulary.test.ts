import { actorTokens, keysOfTokens } from "../../../src/domain/names/actorKeys";
import { BUILT_IN_ACTORS } from "../../../src/domain/names/dictionary/builtIn";
import { KeyVocabulary, LookupKeys } from "../../../src/domain/names/keyVocabulary";
import { loadEvaluationSet } from "../../support/evaluation";

/**
 * The keys a look-up computes (`KeyVocabulary.keysWorthLookingUp`) are `keysOfTokens`'s
 * letter for letter, or empty where no held key can equal them: on every name of the
 * dictionary, of both evaluation sets and of variants of them (letters swapped, doubled,
 * words dropped and moved), a look-up finds exactly what it found with every key computed.
 */
const dictionaryNames = BUILT_IN_ACTORS.flatMap((entry) => [entry.canonical, ...entry.aliases, ...(entry.acled ?? [])]);
const held = new Set(dictionaryNames.flatMap((name) => keysOfTokens(actorTokens(name))).filter(Boolean));
const vocabulary = new KeyVocabulary(held);

/** Every layer's key of a look-up (the costly layers are computed as they are asked). */
const layersOf = (keys: LookupKeys) => [0, 1, 2, 3, 4].map((layer) => keys.layer(layer));

function variants(name: string): string[] {
  const words = name.split(" ");
  const swapped = name.length > 4 ? name.slice(0, 2) + name[3] + name[2] + name.slice(4) : name;
  const doubled = name.length > 3 ? name.slice(0, 3) + name[2] + name.slice(3) : name;
  return [name, swapped, doubled, words.slice(1).join(" "), [...words].reverse().join(" "), `${name} militia`, name.replace(/ou/g, "u").replace(/ee/g, "i"), `${name}s`];
}

const queries = [...new Set([...dictionaryNames, ...loadEvaluationSet("actor").map((r) => r.raw), ...loadEvaluationSet("actor", "independent").map((r) => r.raw), ...loadEvaluationSet("actor", "independent real").map((r) => r.raw)].flatMap(variants))];

test(`every key computed is the full key, and every key left empty is held by no map (${queries.length.toLocaleString("en")} names)`, () => {
  const wrong: string[] = [];
  let skipped = 0;
  for (const query of queries) {
    const tokens = actorTokens(query);
    const full = keysOfTokens(tokens);
    const lookup = vocabulary.keysWorthLookingUp(tokens);
    const worth = layersOf(lookup);
    full.forEach((key, layer) => {
      if (worth[layer] === key) return;
      if (worth[layer] !== "" || held.has(key)) wrong.push(`${query} (layer ${layer}: ${JSON.stringify(worth[layer])} for ${JSON.stringify(key)})`);
      else skipped++;
    });
  }
  expect(wrong).toEqual([]);
  // The point of it: most keys of names the dictionary does not hold are never computed.
  expect(skipped).toBeGreaterThan(queries.length);
});

test.each([
  ["Islamic State", "every layer of a held name is kept"],
  ["Al Shabaab", "every layer of a held name is kept"],
  ["Harakat al-Shabaab al-Mujahideen", "every layer of a held name is kept"],
])("%s: %s", (name) => {
  const tokens = actorTokens(name);
  expect(layersOf(vocabulary.keysWorthLookingUp(tokens))).toEqual(keysOfTokens(tokens));
});

test.each([
  ["Communal Militia Zzyzx", [false, true, false, false, false], "a word no held key has: only the words run together are looked up"],
  ["Zzyzx Communal Militia", [false, false, false, false, false], "words run together that begin as no held key does: nothing is looked up"],
  ["Shabaab Al", [true, false, true, true, false], "held words in another order: every layer of words, but no held key begins with \"shab\" and no bigram key of those letter pairs is held"],
  ["Alshabaab", [true, true, true, false, true], "a held name run together: its transliteration run together is held by no name"],
])("%s: %s", (name, kept) => {
  const worth = layersOf(vocabulary.keysWorthLookingUp(actorTokens(name)));
  expect(worth.map((key) => key !== "")).toEqual(kept);
});
