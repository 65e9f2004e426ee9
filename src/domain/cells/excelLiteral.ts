import { CellValue, EXCEL_ERRORS } from "./cellValue";

/** What the add-in may assign to one cell through `range.values`. */
export type ExcelLiteral = string | number | boolean;

/**
 * What to assign so that the cell ends up holding exactly `value`. `range.values` treats a
 * string as typed data entry (the office.js docs of `Range.values`: a leading "=", "+" or "-" makes a
 * formula; numbers, dates, times and booleans are recognised), so a string Excel would
 * change gets the quote prefix: Excel consumes one leading apostrophe and keeps the rest
 * as literal text. Numbers and booleans are stored as they are. Empty text clears the cell,
 * which then reads back as "".
 */
export function toExcelLiteral(value: CellValue): ExcelLiteral {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") return value;
  return excelWouldConvert(value) ? `'${value}` : value;
}

/**
 * Whether Excel would store `text` as something other than this exact text when it is
 * written through `range.values`: a formula, number, date, time, boolean or error, or text
 * that loses a leading apostrophe.
 *
 * Deliberately wider than Excel: a prefixed plain text lands as the same text, while an
 * unprefixed converted one is lost, so anything doubtful counts. Doubtful here means the
 * other locales and options an add-in cannot see (other currency symbols, non-ASCII digits,
 * Lotus label prefixes under "Transition navigation keys"), any whitespace Excel might trim,
 * and any mix of digits with number, date or time punctuation and words.
 */
export function excelWouldConvert(text: string): boolean {
  if (text.length === 0) return false;
  if (LABEL_PREFIXES.has(text[0])) return true;
  const trimmed = text.trim();
  if (trimmed.length === 0) return false;
  if (FORMULA_STARTS.has(trimmed[0])) return true;
  const upper = trimmed.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE" || EXCEL_ERRORS.has(upper)) return true;
  return DIGIT.test(trimmed) && onlyNumberOrDateParts(trimmed);
}

/**
 * Excel's quote prefix, and the Lotus label prefixes that "Transition navigation keys"
 * (a per-user option) also strip.
 */
const LABEL_PREFIXES = new Set(["'", "^", '"', "\\"]);

/**
 * The office.js docs name "=", "+" and "-"; "@" starts a formula as typed (Lotus @functions and
 * Excel's implicit intersection); the full-width forms are what an East Asian keyboard types.
 * The minus sign U+2212 is doubt.
 */
const FORMULA_STARTS = new Set(["=", "+", "-", "@", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20", "\u2212"]);

const DIGIT = /\p{Nd}/u;

/** Punctuation that number, currency, percent, fraction, date and time entries use. */
const NUMBER_OR_DATE_MARKS = /^[\p{Nd}\s.,:/\-+%()$€£¥¢₹\u2212]*$/u;

/**
 * The words a number, date or time entry may hold in English: month and day names, the
 * exponent "e", AM/PM and their one-letter forms, and ISO's "T" and "Z".
 */
const NUMBER_OR_DATE_WORDS = new Set<string>(["e", "a", "p", "am", "pm", "t", "z", "sept"]);
for (const name of [
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]) {
  NUMBER_OR_DATE_WORDS.add(name);
  NUMBER_OR_DATE_WORDS.add(name.slice(0, 3));
}

function onlyNumberOrDateParts(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.every((word) => NUMBER_OR_DATE_WORDS.has(word))) return false;
  return NUMBER_OR_DATE_MARKS.test(text.replace(/\p{L}+/gu, ""));
}
