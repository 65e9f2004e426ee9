import { closestValue, editDistance } from "../../../src/domain/text/closest";

test.each([
  ["kitten", "sitting", 3],
  ["haram", "haarm", 1],
  ["abc", "abc", 0],
  ["", "abc", 3],
  ["ca", "abc", 3],
  ["kalashnikov", "kalashnikof", 1],
  ["nigerian", "nigerien", 1],
])("editDistance(%p, %p) = %p", (a, b, distance) => {
  expect(editDistance(a, b)).toBe(distance);
  expect(editDistance(b, a)).toBe(distance);
});

test("a bound stops early and says only that it was passed", () => {
  expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
  expect(editDistance("a", "abcdef", 2)).toBe(3);
});

test.each([
  ["Battle", ["Battles", "Riots"], "Battles"],
  ["battles", ["Battles", "Riots"], "Battles"],
  ["Strategic development", ["Strategic developments", "Protests"], "Strategic developments"],
  ["Zzz", ["Battles", "Riots"], undefined],
])("closestValue(%p) → %p", (written, allowed, expected) => {
  expect(closestValue(written, allowed)).toBe(expected);
});
