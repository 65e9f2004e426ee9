import { isDateFormat, isoToSerial, serialToIso } from "../../../src/domain/cells/excelDate";

describe("serialToIso", () => {
  test.each([
    [1, "1900-01-01", "the first day of the 1900 system"],
    [59, "1900-02-28", "the last day before the phantom leap day"],
    [61, "1900-03-01", "serials after 60 are shifted by Lotus's leap-year bug"],
    [45366, "2024-03-15", "the Kalamba attack"],
    [45366.75, "2024-03-15", "a time of day is ignored"],
    [2958465, "9999-12-31", "Excel's last date"],
  ])("%p → %s (%s)", (serial, iso) => {
    expect(serialToIso(serial)).toEqual({ ok: true, iso });
  });

  test.each([
    [60, "phantom-leap-day"],
    [0, "out-of-range"],
    [-5, "out-of-range"],
    [2958466, "out-of-range"],
    [Number.NaN, "out-of-range"],
  ])("%p is refused (%s)", (serial, reason) => {
    expect(serialToIso(serial)).toEqual({ ok: false, reason });
  });

  test("the 1904 system counts from 1904-01-01", () => {
    expect(serialToIso(0, true)).toEqual({ ok: true, iso: "1904-01-01" });
    expect(serialToIso(43904, true)).toEqual({ ok: true, iso: "2024-03-15" });
  });

  test("isoToSerial inverts serialToIso on both sides of the phantom day", () => {
    for (const serial of [1, 59, 61, 45366, 2958465]) {
      const result = serialToIso(serial);
      if (!result.ok) throw new Error("unexpected");
      expect(isoToSerial(result.iso)).toBe(serial);
    }
  });
});

describe("isDateFormat", () => {
  test.each([
    ["yyyy-mm-dd", true],
    ["dd/mm/yyyy", true],
    ["m/d/yy", true],
    ["[$-409]d-mmm-yy;@", true],
    ["mmm yyyy", true],
    ["General", false],
    ["0.00", false],
    ["#,##0", false],
    ["h:mm:ss", false],
    ["[h]:mm", false],
    ['0.0 "days"', false],
    ["@", false],
    [null, false],
  ])("%p → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
