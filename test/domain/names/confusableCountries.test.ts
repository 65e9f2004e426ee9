import { confusableCountries } from "../../../src/domain/names/confusableCountries";

const cases: [string, string, boolean][] = [
  ["Niger", "Nigeria", true],
  ["Nigeria", "Niger", true],
  ["Sudan", "South Sudan", true],
  ["Republic of Congo", "Democratic Republic of Congo", true],
  ["Guinea-Bissau", "Equatorial Guinea", true],
  ["Niger", "Niger", false],
  ["Nigeria", "Benin", false],
  ["Niger", "Mali", false],
  ["Sudan", "Yemen", false],
];

test.each(cases)("%s / %s confusable: %s", (a, b, expected) => {
  expect(confusableCountries(a, b)).toBe(expected);
});
