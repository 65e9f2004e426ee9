import { EnteredCell, enteredValue } from "./enteredValue";

// Two-part dates take the current year; fixed so the serials below hold in any year.
const YEAR = { currentYear: 2026 };
const entered = (input: string | number | boolean, format = "General") => enteredValue(input, format, YEAR);

describe("typed values are stored as they are", () => {
  test.each<[string | number | boolean, EnteredCell]>([
    [42, { value: 42 }],
    [-1.5, { value: -1.5 }],
    [-0, { value: 0 }],
    [1e300, { value: 1e300 }],
    [true, { value: true }],
    [false, { value: false }],
  ])("%p", (input, expected) => {
    expect(entered(input)).toEqual(expected);
    expect(entered(input, "@")).toEqual(expected);
  });

  test.each([NaN, Infinity, -Infinity])("%p cannot be written", (input) => {
    expect(() => entered(input)).toThrow(RangeError);
  });
});

describe("strings in a General cell", () => {
  test.each<[string, EnteredCell]>([
    // Plain text, including text that only looks close to something else.
    ["", { value: "" }],
    ["Battles", { value: "Battles" }],
    ["   ", { value: "   " }],
    [" padded text ", { value: " padded text " }],
    ["5+3", { value: "5+3" }],
    ["555-1234", { value: "555-1234" }],
    ["13/1", { value: "13/1" }],
    ["2/30/2024", { value: "2/30/2024" }],
    ["12/31/1899", { value: "12/31/1899" }],
    ["15.03.2024", { value: "15.03.2024" }],
    ["1,00", { value: "1,00" }],
    ["1.2.3", { value: "1.2.3" }],
    ["March", { value: "March" }],
    ["May 5 attack", { value: "May 5 attack" }],
    ["1st", { value: "1st" }],
    ["Infinity", { value: "Infinity" }],
    ["1e999", { value: "1e999" }],
    ["25:75", { value: "25:75" }],
    ["-", { value: "-" }],
    ["+", { value: "+" }],
    ["#n/a?", { value: "#n/a?" }],
    ["yes", { value: "yes" }],

    // Apostrophe: the quote prefix, consumed once.
    ["'0012", { value: "0012", quotePrefix: true }],
    ["'=1+1", { value: "=1+1", quotePrefix: true }],
    ["''quoted", { value: "'quoted", quotePrefix: true }],
    ["'", { value: "", quotePrefix: true }],
    ["'- to verify", { value: "- to verify", quotePrefix: true }],

    // Formulas.
    ["=1+1", { value: 2, formula: "=1+1" }],
    ["=-2^2", { value: 4, formula: "=-2^2" }],
    ["=2*(3+4)/7", { value: 2, formula: "=2*(3+4)/7" }],
    ["=50%", { value: 0.5, formula: "=50%" }],
    ["=1/0", { value: "#DIV/0!", formula: "=1/0" }],
    ["=SUM(A1:A3)", { value: "#NAME?", formula: "=SUM(A1:A3)" }],
    ['="text"', { value: "#NAME?", formula: '="text"' }],
    ["=", { value: "#NAME?", formula: "=" }],
    ["- to verify", { value: "#NAME?", formula: "=- to verify" }],
    ["+ confirmed by police", { value: "#NAME?", formula: "=+ confirmed by police" }],
    ["-5-3", { value: -8, formula: "=-5-3" }],
    ["+1+1", { value: 2, formula: "=+1+1" }],
    ["-1/2", { value: -0.5, formula: "=-1/2" }],
    ["-(5)", { value: -5, formula: "=-(5)" }],
    ["--5", { value: 5, formula: "=--5" }],
    ["-2024-03-15", { value: -2042, formula: "=-2024-03-15" }],

    // Signed numbers are numbers, not formulas.
    ["-5", { value: -5 }],
    ["+5", { value: 5 }],
    ["-0", { value: 0 }],
    ["-0012", { value: -12 }],
    ["-12%", { value: -0.12, numberFormat: "0%" }],
    ["-$5", { value: -5, numberFormat: "$#,##0" }],
    ["+1,000", { value: 1000, numberFormat: "#,##0" }],
    ["-1e3", { value: -1000, numberFormat: "0.00E+00" }],

    // Numbers.
    ["0012", { value: 12 }],
    [" 42 ", { value: 42 }],
    ["3.14", { value: 3.14 }],
    [".5", { value: 0.5 }],
    ["5.", { value: 5 }],
    ["1,000", { value: 1000, numberFormat: "#,##0" }],
    ["1,234,567.89", { value: 1234567.89, numberFormat: "#,##0.00" }],
    ["12%", { value: 0.12, numberFormat: "0%" }],
    ["12.5%", { value: 0.125, numberFormat: "0.00%" }],
    ["$5", { value: 5, numberFormat: "$#,##0" }],
    ["$1,000.50", { value: 1000.5, numberFormat: "$#,##0.00" }],
    ["$-5", { value: -5, numberFormat: "$#,##0" }],
    ["(5)", { value: -5 }],
    ["($5)", { value: -5, numberFormat: "$#,##0" }],
    ["1e3", { value: 1000, numberFormat: "0.00E+00" }],
    ["1.5E-2", { value: 0.015, numberFormat: "0.00E+00" }],
    ["1 1/2", { value: 1.5, numberFormat: "# ?/?" }],
    ["0 3/16", { value: 0.1875, numberFormat: "# ??/??" }],
    // KB 269370: digits past the 15th become zeros.
    ["1234567890123456789", { value: 1234567890123450000 }],
    ["4111111111111111", { value: 4111111111111110 }],
    ["0.12345678901234567", { value: 0.123456789012345 }],

    // Booleans and error constants.
    ["TRUE", { value: true }],
    ["false", { value: false }],
    [" True ", { value: true }],
    ["#N/A", { value: "#N/A" }],
    ["#div/0!", { value: "#DIV/0!" }],

    // Dates (serials in the 1900 system; 45366 is 2024-03-15).
    ["2024-03-15", { value: 45366, numberFormat: "m/d/yyyy" }],
    ["2024/3/15", { value: 45366, numberFormat: "m/d/yyyy" }],
    ["3/15/2024", { value: 45366, numberFormat: "m/d/yyyy" }],
    ["03-15-2024", { value: 45366, numberFormat: "m/d/yyyy" }],
    ["3/15/24", { value: 45366, numberFormat: "m/d/yyyy" }],
    ["3/14/29", { value: 47191, numberFormat: "m/d/yyyy" }],
    ["5/20/30", { value: 11098, numberFormat: "m/d/yyyy" }],
    ["15-Mar-2024", { value: 45366, numberFormat: "d-mmm-yy" }],
    ["15 March 2024", { value: 45366, numberFormat: "d-mmm-yy" }],
    ["March 15, 2024", { value: 45366, numberFormat: "d-mmm-yy" }],
    ["Mar-2024", { value: 45352, numberFormat: "mmm-yy" }],
    ["3/2024", { value: 45352, numberFormat: "mmm-yy" }],
    ["1/2", { value: 46024, numberFormat: "d-mmm" }],
    ["1-2", { value: 46024, numberFormat: "d-mmm" }],
    ["15-Mar", { value: 46096, numberFormat: "d-mmm" }],
    ["Jan 5", { value: 46027, numberFormat: "d-mmm" }],
    // KB 214327: a number too big for a day of that month is a year.
    ["Dec 32", { value: 12024, numberFormat: "mmm-yy" }],
    ["2/29/1900", { value: 60, numberFormat: "m/d/yyyy" }],
    ["3/1/1900", { value: 61, numberFormat: "m/d/yyyy" }],
    ["12/31/9999", { value: 2958465, numberFormat: "m/d/yyyy" }],

    // Times.
    ["10:30", { value: 0.4375, numberFormat: "h:mm" }],
    ["10:30:36", { value: 0.43791666666666668, numberFormat: "h:mm:ss" }],
    ["10:30 PM", { value: 0.9375, numberFormat: "h:mm AM/PM" }],
    ["12:00 am", { value: 0, numberFormat: "h:mm AM/PM" }],
    ["3 pm", { value: 0.625, numberFormat: "h AM/PM" }],
    ["36:00", { value: 1.5, numberFormat: "[h]:mm:ss" }],
    ["3/15/2024 12:00", { value: 45366.5, numberFormat: "m/d/yyyy h:mm" }],
  ])("%p", (input, expected) => {
    expect(entered(input)).toEqual(expected);
  });
});

describe("a Text-formatted cell keeps every string", () => {
  test.each(["=1+1", "- to verify", "+5", "0012", "1,000", "12%", "$5", "1e3", " 42 ", "TRUE", "#N/A", "2024-03-15", "3/15/2024", "10:30", "Battles"])("%p", (input) => {
    expect(entered(input, "@")).toEqual({ value: input });
  });

  test("the apostrophe is still the quote prefix", () => {
    expect(entered("'0012", "@")).toEqual({ value: "0012", quotePrefix: true });
  });
});

describe("a cell with a number format of its own keeps it", () => {
  test.each<[string, string, EnteredCell]>([
    ["2024-03-15", "0.00", { value: 45366 }],
    ["12%", "0.00", { value: 0.12 }],
    ["0012", "m/d/yyyy", { value: 12 }],
    ["1,000", "general", { value: 1000, numberFormat: "#,##0" }],
  ])("%p in %p", (input, format, expected) => {
    expect(entered(input, format)).toEqual(expected);
  });
});

test("without a current year, two-part dates take the clock's", () => {
  const year = new Date().getFullYear();
  const value = enteredValue("1/2", "General").value as number;
  const jan2 = enteredValue(`1/2/${year}`, "General").value as number;
  expect(value).toBe(jan2);
});
