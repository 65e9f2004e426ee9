import { foldLetters, trimWhitespace } from "../../../../src/domain/names/keyers/foldLetters";
import { ngramFingerprintKeyer } from "../../../../src/domain/names/keyers/ngramFingerprint";
import { nameSamples } from "../../../support/nameSamples";

/** The n-gram key as first written: the regular expressions and a string sort, for every text. */
function keyByRules(text: string, size: number): string {
  const normalised = foldLetters(trimWhitespace(text))
    .replace(/[\p{P}\u0000-\u0008\u000e-\u001f\u007f\u0080-\u0084\u0086-\u009f]/gu, "")
    .replace(/[\p{Cc}\t\n\u000b\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/gu, "");
  const grams = new Set<string>();
  for (let i = 0; i + size <= normalised.length; i++) grams.add(normalised.slice(i, i + size));
  return [...grams].sort().join("");
}

describe("ngramFingerprintKeyer", () => {
  it.each([1, 2, 3])("gives what the rules give (n = %i), fast paths and memory included", (size) => {
    const keyer = ngramFingerprintKeyer(size);
    const ascii = Array.from({ length: 128 }, (_, c) => `a${String.fromCharCode(c)}B c`);
    const differing = [...ascii, "\ud83d\ude00x\u00e9", ...nameSamples()].filter((text) => keyer.key(text) !== keyByRules(text, size) || keyer.key(text) !== keyByRules(text, size));
    expect(differing).toEqual([]);
  });

  it("gives what the rules give for a long text of many distinct pairs (a key longer than one call's arguments)", () => {
    let state = 7;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
    const text = Array.from({ length: 40_000 }, () => String.fromCharCode(0x4e00 + (next() % 20_000))).join("");
    const key = ngramFingerprintKeyer(2).key(text);
    expect(key.length).toBeGreaterThan(8192);
    expect(key).toBe(keyByRules(text, 2));
  });
});
