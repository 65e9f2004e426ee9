import { withFullYear, parseTextDate, resolveNumeric } from "../../../src/domain/cells/textDate";
import { inferDayMonthOrder } from "../../../src/domain/cells/dayMonthOrder";

describe("parseTextDate", () => {
  test.each([
    ["2024-03-15", "2024-03-15", "ISO"],
    ["2024-3-5", "2024-03-05", "ISO without leading zeros"],
    ["2024-03-15T10:20:00Z", "2024-03-15", "ISO with a time"],
    ["15-03-2024", "2024-03-15", "ACLED's day-first dashes, settled by the 15"],
    ["03/15/2024", "2024-03-15", "month-first, settled by the 15"],
    ["15.03.2024", "2024-03-15", "dotted day-first"],
    ["05/05/2024", "2024-05-05", "day and month equal: no ambiguity"],
    ["15 March 2024", "2024-03-15", "ACLED's long form"],
    ["15 Mar 2024", "2024-03-15", "abbreviated month"],
    ["15-Mar-2024", "2024-03-15", "Excel's d-mmm-yyyy"],
    ["March 15, 2024", "2024-03-15", "US long form"],
    ["15 mars 2024", "2024-03-15", "French"],
    ["1er février 2024", "2024-02-01", "French with accent and ordinal"],
    ["29 February 2024", "2024-02-29", "a real leap day"],
  ])("%p → %s (%s)", (text, iso) => {
    expect(parseTextDate(text)).toEqual({ kind: "date", iso });
  });

  test.each([
    ["03/04/2024", { kind: "numeric", first: 3, second: 4, year: 2024 }],
    ["12-11-2023", { kind: "numeric", first: 12, second: 11, year: 2023 }],
  ])("%p is left open", (text, expected) => {
    expect(parseTextDate(text)).toEqual(expected);
  });

  test.each([
    ["29 February 2023", "no such day"],
    ["2024-13-01", "no such month"],
    ["15/03/24", "two-digit year"],
    ["15 March 24", "two-digit year"],
    ["31/31/2024", "neither part can be the month"],
    ["last Tuesday", "not a date"],
    ["2024", "not a date"],
    ["Smarch 15, 2024", "not a date"],
  ])("%p is invalid (%s)", (text, reason) => {
    expect(parseTextDate(text)).toMatchObject({ kind: "invalid", reason });
  });

  test.each([
    ["16-Feb-21", { twoDigitYear: 21, first: 16, second: 2, named: true }],
    ["3-Mar-05", { twoDigitYear: 5, first: 3, second: 3, named: true }],
    ["Feb 16, 21", { twoDigitYear: 21, first: 16, second: 2, named: true }],
    ["16/02/21", { twoDigitYear: 21, first: 16, second: 2, named: false }],
  ])("%p keeps its parts for a reader that knows the century", (text, short) => {
    expect(parseTextDate(text)).toEqual({ kind: "invalid", reason: "two-digit year", short });
  });

  test.each([
    [{ twoDigitYear: 21, first: 16, second: 2, named: true }, 2021, null, "2021-02-16"],
    [{ twoDigitYear: 21, first: 16, second: 2, named: false }, 2021, null, "2021-02-16"],
    [{ twoDigitYear: 21, first: 2, second: 16, named: false }, 2021, null, "2021-02-16"],
    [{ twoDigitYear: 21, first: 3, second: 4, named: false }, 2021, "dmy", "2021-04-03"],
    [{ twoDigitYear: 21, first: 3, second: 4, named: false }, 2021, "mdy", "2021-03-04"],
    [{ twoDigitYear: 21, first: 3, second: 4, named: false }, 2021, null, undefined],
    [{ twoDigitYear: 21, first: 30, second: 2, named: true }, 2021, null, "invalid"],
  ] as const)("withFullYear(%p, %p, %p) → %p", (short, year, order, expected) => {
    const result = withFullYear(short, year, order);
    expect(result === undefined ? undefined : result.kind === "date" ? result.iso : result.kind).toBe(expected);
  });

  test("resolveNumeric reads an open date in either order", () => {
    const open = { first: 3, second: 4, year: 2024 };
    expect(resolveNumeric(open, "dmy")).toEqual({ kind: "date", iso: "2024-04-03" });
    expect(resolveNumeric(open, "mdy")).toEqual({ kind: "date", iso: "2024-03-04" });
  });
});

describe("inferDayMonthOrder", () => {
  test("day-first evidence settles day-first", () => {
    expect(inferDayMonthOrder(["03/04/2024", "15/04/2024", 45366]).order).toBe("dmy");
  });
  test("month-first evidence settles month-first", () => {
    expect(inferDayMonthOrder(["03/04/2024", "04/15/2024"]).order).toBe("mdy");
  });
  test("evidence both ways settles nothing", () => {
    expect(inferDayMonthOrder(["15/04/2024", "04/15/2024", "03/04/2024"])).toEqual({ order: null, dayFirst: 1, monthFirst: 1 });
  });
  test("no evidence settles nothing (near miss: ISO dates are no evidence)", () => {
    expect(inferDayMonthOrder(["03/04/2024", "2024-04-15"]).order).toBeNull();
  });
});
