import { readCell, ReadContext } from "../../../src/domain/cells/readCell";
import { certainNumber, numberWords } from "../../../src/domain/cells/writtenNumber";
import { INCIDENT_FIELDS } from "../../../src/domain/schema/incidentSheet";
import { WEAPON_FIELDS } from "../../../src/domain/schema/weaponSheet";
import { COUNTED_ITEM_WORDS } from "../../../src/domain/vocabulary/weaponCategories";

const quantity = WEAPON_FIELDS.find((s) => s.field === "quantity")!;
const fatalities = INCIDENT_FIELDS.find((s) => s.field === "fatalities")!;
const context: ReadContext = { date1904: false, dayMonthOrder: null };

test.each([
  ["two", 2],
  ["Deux", 2],
  ["une", 1],
  ["twenty-one", 21],
  ["vingt et un", 21],
  ["dix-sept", 17],
  ["zéro", 0],
  ["soixante-dix", undefined],
  ["several", undefined],
])("numberWords(%p) → %p", (text, value) => {
  expect(numberWords(text)).toBe(value);
});

test.each([
  ["2 rifles", 2],
  ["three launchers", 3],
  ["4 RPG", 4],
  ["4 AK-47", undefined],
  ["2 or 3", undefined],
  ["2-3", undefined],
  ["about 5", undefined],
  ["5 or more", undefined],
  ["2 dozen", undefined],
  ["3 boxes", undefined],
  ["at least 4", undefined],
])("certainNumber(%p) for a quantity → %p", (text, value) => {
  expect(certainNumber(text, COUNTED_ITEM_WORDS)).toBe(value);
});

describe("a quantity that is not a whole number", () => {
  test.each([
    ["several", undefined],
    ["a few", undefined],
    ["many", undefined],
    ["unknown", undefined],
    ["?", undefined],
    ["n/a", undefined],
    ["plusieurs", undefined],
    ["some", undefined],
    ["2 or 3", undefined],
    ["two", "2"],
    ["deux", "2"],
    ["2 rifles", "2"],
  ])("%p: a type error, suggestion %p", (written, suggestion) => {
    const reading = readCell(written, quantity, undefined, context);
    expect(reading.problem?.code).toBe("type");
    expect(reading.problem?.suggestion).toBe(suggestion);
    if (suggestion === undefined) {
      expect(reading.problem?.message).toContain("the quantity is a whole number of 1 or more");
      expect(reading.problem?.message).toContain("Leave the cell empty when the number is not known");
    } else {
      expect(reading.problem?.message).toContain(`: ${suggestion}.`);
    }
  });

  test("other whole-number columns take number words, not counted nouns, and are not told to stay empty", () => {
    expect(readCell("twelve", fatalities, undefined, context).problem?.suggestion).toBe("12");
    expect(readCell("12 killed", fatalities, undefined, context).problem?.suggestion).toBeUndefined();
    expect(readCell("a dozen", fatalities, undefined, context).problem?.message).not.toContain("empty");
  });
});
