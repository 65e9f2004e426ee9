import { nameTable, weapon } from "./nameCases";

/** Manufacturer and origin words around a model (NAMING-POLICY weapons §5): noise for matching, evidence of origin. */
nameTable("weapons §5: manufacturer and origin words", [
  ["Norinco Type 56", null, "alias", "Type 56", "a Chinese maker"],
  ["Zastava M70 (Yugoslavia)", null, "alias", "Zastava M70", "the origin in parentheses"],
  ["Type 56 (made in China)", null, "alias", "Type 56", "made in, in parentheses"],
  ["a Zastava M70AB2 rifle", null, "alias", "Zastava M70AB2", "seed report: the maker is part of the canonical name"],
  ["Zastava M84", null, "ambiguous", null, "negative: the maker does not say which M84"],
  ["Norinco Type 81-1", null, "alias", "Type 81", "a listed sub-variant"],
  ["Norinco Type 82", null, "unknown", null, "negative: an unlisted designation stays unknown"],
], (raw) => weapon(raw));

test.each([
  ["Norinco Type 56", "China"],
  ["Zastava M70 (Yugoslav)", "Yugoslavia"],
  ["Type 56 (made in China)", "China"],
  ["Zastava M70 (Yugoslavia)", undefined],
  ["Norinco AK-47", "China"],
  ["Type 56", undefined],
])("the origin %p states is kept as evidence: %p (a bare country in parentheses may be where it was found)", (raw, origin) => {
  expect(weapon(raw).statedOrigin).toBe(origin);
});
