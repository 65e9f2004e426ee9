import { CellValue } from "../../../domain/cells/cellValue";

/**
 * Whether a number format shows a date or time, by exceljs's own test (so that both readers
 * agree): any of y m d h s b outside quotes and brackets.
 */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_1900 = 25_569;
const DAYS_1900_TO_1904 = 1_462;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The serial of an ISO 8601 date cell (`t="d"`, which Excel writes in Strict files and some
 * libraries write always) in the workbook's date system, as Excel would store it: the date
 * and time as written (its wall clock; a zone suffix is not applied), and in the 1900 system
 * the phantom 29 February 1900 counted for dates before March 1900. Undefined if no ISO date.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const match = ISO.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = ""] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), fraction ? Math.round(Number(fraction) * 1000) : 0);
  if (Number.isNaN(ms)) return undefined;
  const serial = UNIX_EPOCH_1900 + ms / MS_PER_DAY;
  if (date1904) return serial - DAYS_1900_TO_1904;
  return serial < 61 ? serial - 1 : serial;
}

/** A cell's value and the format it reports, from what its `<c>` element held. */
export interface RawCell {
  /** The `t` attribute. */
  type: string | undefined;
  /** The text of `<v>`, or undefined where there was none. */
  v: string | undefined;
  /** The text of `<is>` (an inline string), or undefined. */
  inline: string | undefined;
  formula: boolean;
}

/**
 * A cell's value as the exceljs path gives it (and Excel's `range.values`): shared and inline
 * strings as text, `t="b"` as true/false, an error as its text ("#N/A"), a formula as its
 * cached result ("" without one), a number as a number (dates too: serials, told by their
 * format), an ISO date cell as its serial. Text that should have been a number but is none
 * stays text, so that no value is lost.
 */
export function cellValue(cell: RawCell, sharedStrings: readonly string[], date1904: boolean): CellValue {
  const { type, v } = cell;
  if (type === "inlineStr") return cell.inline ?? v ?? "";
  if (v === undefined) return "";
  switch (type) {
    case "s": {
      if (cell.formula) break;
      const string = sharedStrings[Number(v)];
      return string ?? "";
    }
    case "str":
      return v;
    case "b":
      return v.length === 0 ? "" : parseInt(v, 10) !== 0;
    case "e":
      return v;
    case "d": {
      const serial = isoToSerial(v, date1904);
      return serial ?? v;
    }
    default:
      break;
  }
  // parseFloat, as exceljs reads numbers; what is no number at all stays text rather than NaN.
  const number = parseFloat(v);
  return Number.isNaN(number) ? (v.length === 0 ? "" : v) : number;
}
