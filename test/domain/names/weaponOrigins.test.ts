import { nameTable, weapon } from "./nameCases";

/** Origin phrases and makers around a model, English and French (NAMING-POLICY weapons §5). */
nameTable("weapons: origin phrases and makers", [
  ["Chinese-designed Type 81", null, "alias", "Type 81", "-designed"],
  ["Soviet-built RPD", null, "alias", "RPD", "-built"],
  ["fusil SKS russe", null, "alias", "SKS", "French adjective after the model"],
  ["mitrailleuses PK soviétiques", null, "alias", "PK", "French plural adjective"],
  ["fusil d'assaut roumain PM md. 63", null, "alias", "PM md. 63", "French adjective between noun and model"],
  ["roquettes PG-7VL de fabrication russe", null, "alias", "PG-7VL", "de fabrication"],
  ["vz. 58 (Czechoslovakia)", null, "alias", "vz. 58", "a former state in parentheses"],
  ["Heckler und Koch G3A3", null, "alias", "Heckler & Koch G3", "German maker spelling + variant"],
  ["Kalashnikov AKM", null, "alias", "AKM", "designer's name before the model"],
  ["Kalashnikov", null, "alias", "AK-pattern rifle", "negative: the designer alone is the listed alias"],
  ["fusil belge", null, "unknown", null, "negative: no model left"],
], (raw) => weapon(raw));

test("the French adjective is evidence of origin", () => {
  expect(weapon("fusil SKS russe").statedOrigin).toBe("Russia");
  expect(weapon("roquettes PG-7VL de fabrication russe").statedOrigin).toBe("Russia");
});
