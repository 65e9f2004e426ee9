import { quotedSheetName, sheetReference } from "../../../src/domain/cells/sheetReference";

test.each([
  ["Incidents", "Incidents"],
  ["Weapons_2024", "Weapons_2024"],
  ["Données", "Données"],
  ["My sheet", "'My sheet'"],
  ["O'Brien", "'O''Brien'"],
  ["2024", "'2024'"],
  ["2024 incidents", "'2024 incidents'"],
  ["A1", "'A1'"],
  ["XFD10", "'XFD10'"],
  ["R1C1", "'R1C1'"],
  ["R", "'R'"],
  ["C", "'C'"],
  ["Incidents-old", "'Incidents-old'"],
  ["(copy)", "'(copy)'"],
])("the sheet %p is written %p", (sheet, written) => {
  expect(quotedSheetName(sheet)).toBe(written);
});

test("a reference quotes the sheet and keeps the address", () => {
  expect(sheetReference("My sheet", "A1")).toBe("'My sheet'!A1");
  expect(sheetReference("Incidents", "F23")).toBe("Incidents!F23");
});
