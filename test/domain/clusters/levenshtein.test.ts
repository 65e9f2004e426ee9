import { levenshtein } from "../../../src/domain/clusters/levenshtein";

/** Plain dynamic programming over the whole matrix: what the bounded, trimmed version must agree with. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

describe("levenshtein", () => {
  test.each([
    ["kitten", "sitting", 3, "the textbook case: two substitutions and an insertion"],
    ["", "abc", 3, "from nothing: one insertion a letter"],
    ["abc", "abc", 0, "equal texts"],
    ["flaw", "lawn", 2, "a deletion and an insertion"],
    ["Labour Group (Benin)", "Labor Group (Benin)", 1, "one deletion in the middle"],
    ["Koglweogo", "koglweogo", 1, "case is an edit here (the clusterer compares folded text)"],
    ["ab", "ba", 2, "a transposition is two edits (not Damerau)"],
  ])("%p ↔ %p = %p (%s)", (a, b, distance) => {
    expect(levenshtein(a, b)).toBe(distance);
    expect(levenshtein(b, a)).toBe(distance);
  });

  test("with a limit, stops early and says limit + 1 for anything farther", () => {
    expect(levenshtein("kitten", "sitting", 1)).toBe(2);
    expect(levenshtein("abc", "abcdef", 2)).toBe(3);
    expect(levenshtein("kitten", "sitting", 3)).toBe(3);
  });

  test("agrees with the full matrix on random texts, with and without a limit", () => {
    let state = 11;
    const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
    const text = () => Array.from({ length: next() % 12 }, () => "abcé "[next() % 5]).join("");
    for (let i = 0; i < 2000; i++) {
      const a = text();
      const b = text();
      const exact = reference(a, b);
      expect(levenshtein(a, b)).toBe(exact);
      expect(levenshtein(a, b, 2)).toBe(Math.min(exact, 3));
    }
  });
});
