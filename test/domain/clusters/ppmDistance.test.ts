import { ppmDistance, ppmSize } from "../../../src/domain/clusters/ppmDistance";

/**
 * OpenRefine's PPM distance (vicino's PPMDistance: 10 × ((C(xy) + C(yx)) / (C(xx) + C(yy)) − 1)
 * over arithcode 1.2's ArithCodeOutputStream with `new PPMModel(8)`).
 *
 * OpenRefine publishes one vector for it, in main/tests/server/src/com/google/refine/clustering/
 * knn/kNNClustererTests.java (serializekNNClusterer): with PPM, radius 1 and blocks of 2, the
 * column "ab", "abc", "c", "ĉ" gives the one cluster [ab, abc]; and testNoLonelyclusters: "foo"
 * and "bar" give none (they share no block; see nearestNeighbours.test.ts for both as clusters).
 * So d(ab, abc) ≤ 1. The sizes below are what arithcode's coder writes: they were checked
 * against its Java source (PPMModel, PPMNode, ExcludingAdaptiveUnigramModel, ByteBuffer,
 * ArithEncoder, BitOutput of github.com/bob-carpenter/java-arithcode, arithcode-1.2, the
 * version vicino's pom.xml names) run under Java 17 on 6,008 pairs of real ACLED strings and
 * variants, equal in every size and distance; that run is not part of this repository.
 */
describe("ppmSize: the bytes OpenRefine's PPM coder writes", () => {
  test.each([
    ["", 2, "the end of file alone, and the coder's closing bits"],
    ["a", 3, "one byte in 257, then the end of file"],
    ["ab", 4, ""],
    ["abab", 5, "a repetition costs little"],
    ["é", 4, "two UTF-8 bytes, as Java's getBytes"],
    ["Koglweogo Militia", 18, ""],
    ["Koglwéogo milice", 18, ""],
    ["Jama'at Nusrat al-Islam wal-Muslimin", 32, ""],
    ["Jama'at Nusrat al-Islam wal-MusliminJama'at Nusrat al-Islam wal-Muslimin", 37, "the doubled text costs five bytes more"],
    ["a".repeat(9000), 7, "counts above 8,192 halved, as PPMNode rescales"],
    ["Dozo Communal Militia (Mali) ".repeat(12), 42, "past 288 bytes, where arithcode's ByteBuffer moves its window (and keeps a stale byte)"],
  ])("%p → %p bytes (%s)", (text, size) => {
    expect(ppmSize(text)).toBe(size);
  });

  test("a lone surrogate is written as Java writes it in UTF-8, \"?\"", () => {
    expect(ppmSize("x\ud800y")).toBe(ppmSize("x?y"));
  });
});

describe("ppmDistance: OpenRefine's distances", () => {
  test.each([
    ["ab", "abc", 0.9090909090909083, "kNNClustererTests: within radius 1 (sizes 6 + 6 over 5 + 6)"],
    ["foo", "bar", 1.6666666666666674, "testNoLonelyclusters's pair, beyond radius 1 (7 + 7 over 6 + 6)"],
    ["c", "ĉ", 1.1111111111111116, "kNNClustererTests's other pair, beyond radius 1 even if compared"],
    ["Labour Group (Benin)", "Labor Group (Benin)", 0.6382978723404253, "a letter dropped"],
    ["Koglweogo Militia", "Koglweogo Militias", 0.23255813953488413, "a plural"],
    ["Rider Union", "Riders Union", 0.6451612903225801, "a plural"],
    ["Civilians (Mali)", "Rioters (Mali)", 3.2432432432432434, "two groups of one country"],
    ["koglweogo militia", "dozo communal militia", 3.913043478260869, "two militias"],
  ])("d(%p, %p) = %p (%s)", (a, b, expected) => {
    const distance = ppmDistance();
    expect(distance(a, b)).toBe(expected);
    expect(ppmDistance()(b, a)).toBe(expected);
    // Each size computed once and remembered: the same again.
    expect(distance(a, b)).toBe(expected);
  });

  test("equal texts are at 0", () => {
    expect(ppmDistance()("Koglweogo Militia", "Koglweogo Militia")).toBe(0);
  });

  test("the formula over ppmSize, in OpenRefine's order of operations", () => {
    const [x, y] = ["Mayi Mayi Militia (Buhirwa)", "Mayi Mayi Militia (Buhirwha)"];
    const expected = 10 * ((ppmSize(x + y) + ppmSize(y + x)) / (ppmSize(x + x) + ppmSize(y + y)) - 1);
    expect(ppmDistance()(x, y)).toBe(expected);
  });

  const TEXTS = [
    "Koglweogo Militia", "Koglweogo Militias", "Dozo Communal Militia (Mali)", "Dozos Communal Militia (Mali)", "Dan Na Ambassagou",
    "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Niger)", "Military Forces of Mali (2021-)", "Military Forces of Mali (2013-2020)",
    "JNIM: Group for Support of Islam and Muslims", "Islamic State (West Africa) - Greater Sahara Faction", "Labour Group (Benin)", "Labor Group (Benin)",
    "Protesters (Benin)", "Civilians (Mali)", "ab", "abc", "", "é", "Koglwéogo milice", "Dozo Communal Militia (Mali) ".repeat(12),
  ];

  test("with a limit: the distance where it is within, a value above the limit where it is not", () => {
    const exact = ppmDistance();
    const bounded = ppmDistance();
    for (const limit of [0.5, 1, 2, 5]) {
      for (const a of TEXTS) {
        for (const b of TEXTS) {
          const d = exact(a, b);
          const found = bounded(a, b, limit);
          if (d <= limit) expect(found).toBe(d);
          else expect(found).toBeGreaterThan(limit);
        }
      }
    }
  });

  test("fast: 60,000 pairs of real-like names at radius 1 within a few seconds (the bench measures 653,538 on the real strings)", () => {
    const names = Array.from({ length: 350 }, (_, i) => `${TEXTS[i % 15]} ${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}`);
    const distance = ppmDistance();
    const start = performance.now();
    let within = 0;
    for (let a = 0; a < names.length; a++) for (let b = a + 1; b < names.length; b++) if (distance(names[a], names[b], 1) <= 1) within++;
    expect(within).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(10_000);
  });
});
