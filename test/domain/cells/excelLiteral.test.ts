import fc from "fast-check";
import { CellValue } from "../../../src/domain/cells/cellValue";
import { excelWouldConvert, ExcelLiteral, toExcelLiteral } from "../../../src/domain/cells/excelLiteral";
import { enteredValue } from "../../support/excel/host/enteredValue";

describe("toExcelLiteral", () => {
  test.each<[CellValue, ExcelLiteral]>([
    [null, ""],
    [undefined, ""],
    ["", ""],
    [42, 42],
    [-1.5, -1.5],
    [true, true],
    [false, false],
    ["Battles", "Battles"],
    ["Burkina Faso", "Burkina Faso"],
    ["Jama'at Nusrat al-Islam", "Jama'at Nusrat al-Islam"],
    ["- to verify", "'- to verify"],
    ["=1+1", "'=1+1"],
    ["+226 70 00 00 00", "'+226 70 00 00 00"],
    ["0012", "'0012"],
    ["1,000", "'1,000"],
    ["12%", "'12%"],
    ["$5", "'$5"],
    ["1e3", "'1e3"],
    [" 42 ", "' 42 "],
    ["TRUE", "'TRUE"],
    ["false", "'false"],
    ["#N/A", "'#N/A"],
    ["2024-03-15", "'2024-03-15"],
    ["3/15/2024", "'3/15/2024"],
    ["15-Mar-2024", "'15-Mar-2024"],
    ["10:30", "'10:30"],
    ["'quoted", "''quoted"],
    ["'", "''"],
  ])("%p → %p", (value, literal) => {
    expect(toExcelLiteral(value)).toBe(literal);
  });
});

describe("excelWouldConvert", () => {
  test.each<[string, boolean]>([
    // Formulas, as Office.js documents them, and the other formula starts.
    ["=SUM(A1:A3)", true],
    ["+5", true],
    ["-", true],
    ["@user", true],
    [" =1", true],
    ["\uFF1D1", true],
    // The quote prefix and the Lotus label prefixes.
    ["'0012", true],
    ["^centred", true],
    ['"Quoted" name', true],
    ["\\repeat", true],
    // Booleans and error constants, in any case, with any surrounding whitespace.
    ["True", true],
    ["\tFALSE\n", true],
    ["#n/a", true],
    ["#DIV/0!", true],
    ["#SPILL!", true],
    // Numbers.
    ["0012", true],
    ["3.14", true],
    [".5", true],
    ["(5)", true],
    ["1 1/2", true],
    ["1 000", true],
    ["€5", true],
    ["5$", true],
    ["1E+3", true],
    ["\u00a042\u00a0", true],
    ["\uFF11\uFF12", true],
    ["٣", true],
    // Dates and times.
    ["1/2", true],
    ["12-2024", true],
    ["March 15, 2024", true],
    ["Friday, March 15, 2024", true],
    ["Sept 5", true],
    ["Dec 32", true],
    ["3 pm", true],
    ["3a", true],
    ["10:30:15", true],
    ["2024-03-15T10:30:00Z", true],
    ["15.03.2024", true],
    // Plain text.
    ["", false],
    ["   ", false],
    ["Battles", false],
    ["March", false],
    ["Mar", false],
    ["true story", false],
    ["May 5 attack", false],
    ["RPG7", false],
    ["Type 56-1/-2 rifles", false],
    ["3 civilians killed", false],
    ["1st", false],
    ["Jama'at", false],
    ["Infinity", false],
    ["#hashtag", false],
    ["e", false],
    ["a.m.", false],
  ])("%p → %p", (text, converts) => {
    expect(excelWouldConvert(text)).toBe(converts);
  });
});

/**
 * The literal against the fake host's model of data entry: whatever is written lands as
 * itself. The literal's rules are kept apart from the model's, so this checks one against
 * the other. `FC_RUNS` and `FC_SEED` as in test/properties.
 */
describe("a literal lands as the value it stands for", () => {
  const RUNS = Number(process.env.FC_RUNS ?? 500);
  const SEED = Number(process.env.FC_SEED ?? 20261125);
  const settings = { numRuns: RUNS, seed: SEED };
  const YEAR = { currentYear: 2026 };

  /** Strings built from the pieces Excel's entry rules look at, so near-misses are common. */
  const piece = fc.constantFrom(
    "0", "1", "12", "007", "29", "31", "2024", "1900", "9999", "/", "-", "+", "=", "'", ".", ",", "%", "$", "(", ")",
    ":", " ", "  ", "e", "E", "am", "PM", "a", "p", "Mar", "march", "Dec", "may", "TRUE", "false", "#N/A", "#name?",
    "1 1/2", "1,000", "10:30", "3/15", "x", "attack", "\t", "\u00a0", "\n", "@", "^", "\"", "\\", "T", "Z",
  );
  const entryLike = fc.array(piece, { maxLength: 7 }).map((pieces) => pieces.join(""));
  const digits = fc.stringMatching(/^[0-9]{1,5}$/);
  /** Number entries and their near-misses: signs, currency, groups, decimals, percent, exponent, fractions. */
  const numberLike = fc
    .tuple(
      fc.constantFrom("", "", "+", "-", "$", "$-", "(", " ", "x"),
      digits,
      fc.constantFrom("", "", ",000", ",5", ",000,000"),
      fc.constantFrom("", "", ".", ".5", ".25"),
      fc.constantFrom("", "", "%", "e3", "E-2", ")", " ", " 1/2", "/4", "-", "$", "x"),
    )
    .map((parts) => parts.join(""));
  /** Date and time entries and their near-misses. */
  const dateLike = fc
    .tuple(
      fc.oneof(digits, fc.constantFrom("Mar", "march", "Dec", "Sept", "Friday,")),
      fc.constantFrom("/", "-", " ", ", ", ":", "."),
      fc.oneof(digits, fc.constantFrom("Mar", "march", "Dec", "may", "00")),
      fc.constantFrom("", "", "/", "-", " ", ", ", ":"),
      fc.constantFrom("", "24", "2024", "1899", "99", "5", "30"),
      fc.constantFrom("", "", " 10:30", " 3 pm", " am", "T10:30", " x"),
    )
    .map((parts) => parts.join(""));
  const anyString = fc.oneof(
    entryLike,
    numberLike,
    dateLike,
    fc.string(),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.string({ unit: "binary", maxLength: 12 }),
  );

  test.each(["General", "@"])("any string, in a %s cell", (format) => {
    fc.assert(
      fc.property(anyString, (s) => {
        const cell = enteredValue(toExcelLiteral(s), format, YEAR);
        return cell.value === s && cell.formula === undefined;
      }),
      settings,
    );
  });

  test.each(["General", "@"])("any finite number or boolean, in a %s cell", (format) => {
    const value = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(value, (v) => {
        const cell = enteredValue(toExcelLiteral(v), format, YEAR);
        return cell.value === v && cell.formula === undefined && cell.numberFormat === undefined;
      }),
      settings,
    );
  });

  test("null and undefined land as an empty cell", () => {
    for (const value of [null, undefined]) expect(enteredValue(toExcelLiteral(value), "General", YEAR)).toEqual({ value: "" });
  });
});
