import { actorKeys, actorTokens } from "../../../src/domain/names/actorResolver";
import { BUILT_IN_ACTORS } from "../../../src/domain/names/dictionary/builtIn";
import { WEAPONS } from "../../../src/domain/names/dictionary/weapons";
import { IndexTarget, KeysOf, NameIndex } from "../../../src/domain/names/nameIndex";
import { editDistance } from "../../../src/domain/text/closest";
import { weaponKeys, weaponTokens } from "../../../src/domain/names/weaponResolver";
import { NATIONALITY_ADJECTIVES } from "../../../src/domain/vocabulary/nationalities";
import { loadEvaluationSet } from "../../support/evaluation";
import { foldLetters } from "../../../src/domain/names/keyers/foldLetters";
import { cleanName } from "../../../src/domain/names/nameText";

/** An index and, beside it, the names in the order they were added: what the reference scans below read. */
interface Indexed {
  index: NameIndex;
  names: string[];
  scan: ScanIndex;
}

/** The built-in dictionaries indexed as the resolvers index them. */
function actorIndex(): Indexed {
  const index = new NameIndex(actorKeys, actorTokens);
  const scan = new ScanIndex(actorTokens);
  const names: string[] = [];
  for (const entry of BUILT_IN_ACTORS) {
    for (const [name, relation] of [[entry.canonical, "canonical"], ...entry.aliases.map((a) => [a, "alias"]), ...(entry.acled ?? []).map((a) => [a, "alias"])] as [string, "canonical" | "alias"][]) {
      const target: IndexTarget = { canonical: entry.canonical, relation, name, source: "built-in dictionary" };
      index.add(target);
      scan.add(target);
      names.push(name);
    }
  }
  return { index, names, scan };
}

function weaponIndex(): Indexed {
  const index = new NameIndex(weaponKeys as KeysOf, weaponTokens);
  const scan = new ScanIndex(weaponTokens);
  const names: string[] = [];
  for (const entry of WEAPONS) {
    for (const [name, relation] of [[entry.canonical, "canonical"], ...entry.aliases.map((a) => [a, "alias"]), ...(entry.variants ?? []).map((v) => [v, "variant"])] as [string, "canonical" | "alias" | "variant"][]) {
      const target: IndexTarget = { canonical: entry.canonical, relation, name, source: "built-in dictionary" };
      index.add(target);
      scan.add(target);
      names.push(name);
    }
  }
  return { index, names, scan };
}

/**
 * The searches as first written, by a scan of every name: the reference the index's blocked
 * searches must agree with. Names are kept in buckets by their number of words, in the order
 * added, and a scan meets them bucket by bucket.
 */
class ScanIndex {
  private readonly buckets = new Map<number, { tokens: string[]; target: IndexTarget }[]>();

  constructor(private readonly tokensOf: (text: string) => string[]) {}

  add(target: IndexTarget): void {
    const tokens = this.tokensOf(target.name);
    const bucket = this.buckets.get(tokens.length) ?? [];
    bucket.push({ tokens, target });
    this.buckets.set(tokens.length, bucket);
  }

  fuzzy(text: string, isProtected: (word: string) => boolean): { targets: IndexTarget[]; edits: number; word: string } | undefined {
    const tokens = this.tokensOf(text);
    const bucket = this.buckets.get(tokens.length);
    if (!bucket || tokens.length === 0) return undefined;
    if (tokens.length === 1 && tokens[0].length < 6) return undefined;
    let best: IndexTarget[] = [];
    let bestEdits = Infinity;
    let bestWord = "";
    for (const { tokens: candidate, target } of bucket) {
      let edits = 0;
      let word = "";
      for (let i = 0; i < tokens.length && edits < 3; i++) {
        const a = tokens[i];
        const b = candidate[i];
        if (a === b) continue;
        const limit = allowedEdits(a, b, isProtected, tokens.length);
        const distance = limit === 0 ? 3 : editDistance(a, b, limit);
        if (distance > limit) {
          edits = 3;
          break;
        }
        edits += distance;
        word = a;
      }
      if (edits === 0 || edits > 2) continue;
      if (edits < bestEdits) {
        best = [target];
        bestEdits = edits;
        bestWord = word;
      } else if (edits === bestEdits && !best.some((t) => t.canonical === target.canonical)) {
        best.push(target);
      }
    }
    return best.length > 0 ? { targets: best, edits: bestEdits, word: bestWord } : undefined;
  }

  near(compact: string): string[] {
    const found: string[] = [];
    for (const bucket of this.buckets.values()) {
      for (const { tokens, target } of bucket) {
        if (!found.includes(target.canonical) && editDistance(compact, tokens.join(""), 1) <= 1) found.push(target.canonical);
      }
    }
    return found;
  }
}

/** The typos allowed in one word, as the policy says it: none with digits or in protected words; one from five letters (four in a name of several words), two from nine. */
function allowedEdits(a: string, b: string, isProtected: (word: string) => boolean, words: number): number {
  if (/\d/.test(a) || /\d/.test(b)) return 0;
  if (isProtected(a) || isProtected(b)) return 0;
  const length = Math.min(a.length, b.length);
  if (length >= 9) return 2;
  if (length >= 5 || (length === 4 && words >= 2)) return 1;
  return 0;
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
  // Names of two words with a typo in each (the two-word search's own case: no word left in place).
  const bothWords = names.filter((name) => /^\S+ \S+$/.test(name)).flatMap((name) => {
    const [first, second] = name.split(" ");
    return oneEditOff(first, 3).flatMap((a) => oneEditOff(second, 4).map((b) => `${a} ${b}`));
  });
  return [...new Set([...raw, ...names, ...typos, ...twoOff, ...bothWords, "", "x", "ak", "PKP", "RPK-74", "Ansar", "Islamic", "Shabab", "Boko"])];
}

const protectedWords = new Set([...NATIONALITY_ADJECTIVES.flatMap((a) => a.split(" ")), "niger", "nigeria", "mali", "chad", "sudan"]);

describe.each([
  ["actor", actorIndex, actorTokens],
  ["weapon", weaponIndex, weaponTokens],
] as const)("NameIndex (%s dictionary): the blocked searches find what a scan of every name finds", (kind, build, tokensOf) => {
  const { index, names, scan } = build();
  const all = queries(names, kind);

  it(`fuzzy: the same targets, edits and word, on ${all.length} queries`, () => {
    expect(all.length).toBeGreaterThan(1000);
    let found = 0;
    const differing: string[] = [];
    for (const query of all) {
      for (const isProtected of [(word: string) => protectedWords.has(word), () => false]) {
        const blocked = index.fuzzy(query, isProtected);
        const scanned = scan.fuzzy(query, isProtected);
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
      if (JSON.stringify(blocked) !== JSON.stringify(scan.near(compact))) differing.push(compact);
      if (blocked.length > 1) found++;
    }
    expect(differing).toEqual([]);
    expect(found).toBeGreaterThan(10);
  });
});

describe("weapon words: the one-pass reading of ASCII texts gives the regular expressions' words and keys", () => {
  /** The words as first written, by regular expressions only: the reference `weaponTokens` must agree with. */
  function wordsByRules(text: string): string[] {
    const folded = foldLetters(cleanName(text))
      .replace(/(\d),(\d)/g, "$1.$2")
      .replace(/(\d)\s*[x×]\s*(\d)/g, "$1 x $2");
    return (folded.match(/\d+(?:\.\d+)*|\p{L}+/gu) ?? []).filter((token) => token !== "mm").map((token) => (token === "mmr" ? "r" : token === "otan" ? "nato" : token));
  }
  let state = 3;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff) >>> 12;
  const pieces = ["7", "62", ".", ",", "x", "×", " x ", "mm", "mmR", "OTAN", "AK", "-", "47", " ", "é", "М", "PG", "7VL", "..", "(", ")", "s", "1.2.3", "ak47s"];
  const texts = Array.from({ length: 20_000 }, () => Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join(""));

  it(`the same words on ${texts.length.toLocaleString("en")} generated texts`, () => {
    expect(texts.filter((text) => JSON.stringify(weaponTokens(text)) !== JSON.stringify(wordsByRules(text)))).toEqual([]);
  });

  it("the same keys: the words, and the words sorted (every word counted, repeated ones too)", () => {
    const byRules = (text: string) => {
      const words = wordsByRules(text);
      return [words.join(" "), [...words].sort().join(" ")];
    };
    expect(texts.filter((text) => JSON.stringify(weaponKeys(text)) !== JSON.stringify(byRules(text)))).toEqual([]);
  });
});
