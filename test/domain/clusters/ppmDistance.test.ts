import { ppmDistance, ppmSize } from "../../../src/domain/clusters/ppmDistance";

describe("ppmDistance", () => {
  const distance = ppmDistance();

  test("equal texts are at 0, and the distance is symmetric", () => {
    expect(distance("Koglweogo Militia", "Koglweogo Militia")).toBe(0);
    expect(distance("Labour Group", "Labor Group")).toBeCloseTo(distance("Labor Group", "Labour Group"), 12);
  });

  test.each([
    ["Labour Group (Benin)", "Labor Group (Benin)", "Protesters (Benin)", "one letter dropped is closer than another group of the same country"],
    ["Koglweogo Militia", "Koglweogo Militias", "Dozo Militia", "a plural is closer than another militia"],
    ["ab", "abc", "bar", "OpenRefine's kNNClustererTests pair (ab, abc) is closer than an unrelated word"],
  ])("%p is nearer %p than %p (%s)", (a, near, far) => {
    expect(distance(a, near)).toBeLessThan(distance(a, far));
  });

  test("a variant is within OpenRefine's default radius of 1, unrelated texts far beyond it", () => {
    expect(distance("Labour Group (Benin)", "Labor Group (Benin)")).toBeLessThanOrEqual(1);
    expect(distance("Koglweogo Militia", "Koglweogo Militias")).toBeLessThanOrEqual(1);
    expect(distance("foo", "bar")).toBeGreaterThan(5);
    expect(distance("Civilians (Mali)", "Rioters (Mali)")).toBeGreaterThan(1);
  });

  test("OpenRefine's published pair (ab, abc; PPM, radius 1, blocks of 2) is 1.9 here: this estimate does not round to the coder's whole bytes", () => {
    // kNNClustererTests.serializekNNClusterer clusters "ab" and "abc" at radius 1; an arithmetic
    // coder writes 3 to 5 whole bytes for these tiny texts, which brings the sizes together.
    const d = distance("ab", "abc");
    expect(d).toBeGreaterThan(1);
    expect(d).toBeLessThanOrEqual(2);
  });

  test("repetition is cheap: a doubled text costs far less than twice", () => {
    const once = ppmSize("Jama'at Nusrat al-Islam wal-Muslimin");
    expect(ppmSize("Jama'at Nusrat al-Islam wal-MusliminJama'at Nusrat al-Islam wal-Muslimin")).toBeLessThan(1.3 * once);
    expect(ppmSize("")).toBe(0);
    expect(ppmSize("a")).toBe(1);
  });

  test("reads non-ASCII text as its UTF-8 bytes", () => {
    // Two bytes: the first one of 256, then an escape from the order-0 context (1 bit) and one of the 255 left.
    expect(ppmSize("é")).toBeCloseTo((8 + 1 + Math.log2(255)) / 8, 10);
    expect(Number.isFinite(ppmSize("\ud83d\ude00 \ud800"))).toBe(true);
  });
});
