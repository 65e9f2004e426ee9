import { stripQualifiers } from "../../../src/domain/names/weaponQualifiers";
import { nameTable, weapon } from "./nameCases";

/** Calibres, roles and technical words after a model (NAMING-POLICY weapons §5): noise that must agree with the model. */
nameTable("weapons §5: calibres, roles and technical words", [
  ["PKM 7.62mm GPMG", null, "alias", "PKM", "calibre and class"],
  ["PG-7VL HEAT rocket", null, "alias", "PG-7VL", "role and class"],
  ["AKM, 7.62×39mm", null, "alias", "AKM", "the calibre after a comma is not a second model"],
  ["7.62mm PKM", null, "alias", "PKM", "a calibre before the model"],
  ["PKM, 7.62x54R, belt-fed", null, "alias", "PKM", "calibre and how the gun works"],
  ["AK-47, 5.56×45mm", null, "unknown", null, "negative: a calibre that contradicts the model"],
  ["AK-47 HEAT", null, "unknown", null, "negative: a round's role on a rifle"],
  ["AKM, RPG-7", null, "compound", null, "negative: two models stay compound"],
  ["7.62mm", null, "ambiguous", null, "negative: a bare calibre is refused"],
], (raw) => weapon(raw));

test("the refusal says the calibre contradicts the model", () => {
  expect(weapon("AK-47, 5.56×45mm").reason).toContain("the calibre 5.56×45mm contradicts AK-47");
});

test.each([
  ["PKM 7.62mm", { model: "PKM", calibre: "7.62mm", role: undefined }],
  ["PG-7VL HEAT", { model: "PG-7VL", calibre: undefined, role: { word: "HEAT", of: "round" } }],
  ["7.62mm", undefined],
  ["Type 56", undefined],
])("stripQualifiers(%p)", (text, expected) => {
  expect(stripQualifiers(text)).toEqual(expected);
});
