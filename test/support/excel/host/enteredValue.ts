import { isoToSerial } from "../../../../src/domain/cells/excelDate";

/**
 * What a cell holds after an add-in writes one value into it through `range.values`, for a
 * fake Excel host: en-US locale, 1900 date system.
 *
 * Sources for the rules (and where the model is a judgement instead):
 * - Office.js `Range.values` (see @types/office-js): a string starting with "+", "-" or "="
 *   is interpreted as a formula; locale-shaped dates that do not fit the locale stay text,
 *   ISO `yyyy-mm-dd` is always a date.
 * - The quote prefix (ECMA-376 `xf@quotePrefix`; Excel's UI and every xlsx library agree):
 *   one leading apostrophe makes the rest literal text and is not part of the value; only
 *   the first apostrophe is consumed ("''x" holds "'x").
 * - Microsoft KB 269370: a number typed with more than 15 significant digits keeps only
 *   15; later digits become zeros.
 * - Microsoft KB 214391 / 214327: two-digit years 00–29 are 20xx and 30–99 are 19xx;
 *   a two-part date is day/month in the current year when it can be, otherwise
 *   month/year on the 1st ("Dec 32" is 1 Dec 1932).
 * - Excel does not recognise dates before 1900: they stay text.
 * - Typed data entry (Excel UI, en-US): "TRUE"/"false" become booleans, "12%", "$5",
 *   "1,000", "1e3", "1 1/2", "(5)" become numbers, "10:30", "3/15/2024",
 *   "15-Mar-2024", "Mar-2024" become serials with a date or time format.
 */
export interface EnteredCell {
  /** What `range.values` reads back: a formula's result, a number, a boolean or text. */
  value: string | number | boolean;
  /** The formula text with its leading "=", when the entry became a formula. */
  formula?: string;
  /** The number format Excel applies, only when the entry changes the cell's format. */
  numberFormat?: string;
  /** Whether a leading apostrophe was consumed as the cell's quote prefix. */
  quotePrefix?: boolean;
}

export interface EntryOptions {
  /** The year Excel gives a date typed without one ("3/15", "15-Mar"); the clock's year when omitted. */
  currentYear?: number;
}

/** The error values a person can type as constants (the newer ones are results only: a judgement). */
const TYPEABLE_ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"]);

export function enteredValue(input: string | number | boolean, numberFormat: string, options: EntryOptions = {}): EnteredCell {
  if (typeof input === "boolean") return { value: input };
  if (typeof input === "number") {
    // Excel has no NaN, infinities or negative zero, and the JSON that carries an API request
    // cannot spell the first two: refusing beats guessing what a real host would store.
    if (!Number.isFinite(input)) throw new RangeError(`Excel cannot hold the number ${input}`);
    return { value: input === 0 ? 0 : input };
  }
  if (input.length === 0) return { value: "" };
  // Judgement: the apostrophe is consumed in a Text-formatted cell too, as when typed.
  if (input.charCodeAt(0) === 39 /* ' */) return { value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { value: input };

  if (input[0] === "=") return formulaCell(input);
  if (input[0] === "+" || input[0] === "-") {
    // A lone sign is text, as in Excel's UI; a signed plain number is a number, not a formula.
    if (input.length === 1) return { value: input };
    const number = parseNumber(input.slice(1), false);
    if (number) return withFormat({ value: input[0] === "-" ? -number.value || 0 : number.value }, number.format, numberFormat);
    return formulaCell(`=${input}`);
  }

  // Judgement: Excel ignores surrounding spaces (not tabs or no-break spaces) in numbers,
  // dates and booleans; text keeps them.
  const trimmed = input.replace(/^ +| +$/g, "");
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const upper = trimmed.toUpperCase();
  if (TYPEABLE_ERRORS.has(upper)) return { value: upper };

  const number = parseNumber(trimmed, true);
  if (number) return withFormat({ value: number.value }, number.format, numberFormat);
  const when = parseDateTime(trimmed, options.currentYear ?? new Date().getFullYear());
  if (when) return withFormat({ value: when.value }, when.format, numberFormat);
  return { value: input };
}

/**
 * Judgement: Excel only picks a format for an entry in a General cell; a cell that already
 * has a number or date format keeps it.
 */
function withFormat(cell: EnteredCell, format: string | undefined, current: string): EnteredCell {
  if (format && /^general$/i.test(current)) cell.numberFormat = format;
  return cell;
}

// ---------------------------------------------------------------------------------------
// Formulas. No formula engine: a formula of numbers and arithmetic evaluates, anything else
// (names, text, references, functions, "&", comparisons) stands in as #NAME?. Judgement:
// Excel's UI refuses a malformed formula such as "=" or "=1+"; the API's answer is not
// documented, and #NAME? keeps the cell visibly broken either way.

function formulaCell(formula: string): EnteredCell {
  return { value: evaluateArithmetic(formula.slice(1)), formula };
}

type Token = { kind: "number"; value: number } | { kind: "op"; op: string };

function evaluateArithmetic(source: string): number | string {
  const tokens = tokenize(source);
  if (!tokens || tokens.length === 0) return "#NAME?";
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const isOp = (op: string): boolean => {
    const token = peek();
    return token !== undefined && token.kind === "op" && token.op === op;
  };

  // Excel's precedence, tightest first: negation, %, ^ (left to right), * /, + -. So
  // =-2^2 is 4, unlike most languages.
  const additive = (): number => {
    let left = multiplicative();
    while (isOp("+") || isOp("-")) {
      const op = (tokens[position++] as { op: string }).op;
      const right = multiplicative();
      left = op === "+" ? left + right : left - right;
    }
    return left;
  };
  const multiplicative = (): number => {
    let left = power();
    while (isOp("*") || isOp("/")) {
      const op = (tokens[position++] as { op: string }).op;
      const right = power();
      if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
      left = op === "*" ? left * right : left / right;
    }
    return left;
  };
  const power = (): number => {
    let left = percent();
    while (isOp("^")) {
      position++;
      const right = percent();
      if (left === 0 && right === 0) throw new FormulaError("#NUM!");
      left = Math.pow(left, right);
    }
    return left;
  };
  const percent = (): number => {
    let value = unary();
    while (isOp("%")) {
      position++;
      value /= 100;
    }
    return value;
  };
  const unary = (): number => {
    if (isOp("-")) {
      position++;
      return -unary();
    }
    if (isOp("+")) {
      position++;
      return unary();
    }
    return primary();
  };
  const primary = (): number => {
    const token = tokens[position++];
    if (token === undefined) throw new FormulaError("#NAME?");
    if (token.kind === "number") return token.value;
    if (token.op === "(") {
      const value = additive();
      if (!isOp(")")) throw new FormulaError("#NAME?");
      position++;
      return value;
    }
    throw new FormulaError("#NAME?");
  };

  try {
    const value = additive();
    if (position !== tokens.length) return "#NAME?";
    if (!Number.isFinite(value)) return "#NUM!";
    return value === 0 ? 0 : value;
  } catch (error) {
    if (error instanceof FormulaError) return error.excelError;
    throw error;
  }
}

class FormulaError extends Error {
  constructor(readonly excelError: string) {
    super(excelError);
  }
}

function tokenize(source: string): Token[] | null {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([-+*/^%()]))/y;
  let index = 0;
  while (index < source.length) {
    if (/^\s+$/.test(source.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(source);
    if (!match) return null;
    if (match[1] !== undefined) tokens.push({ kind: "number", value: Number(match[1]) });
    else tokens.push({ kind: "op", op: match[2] });
    index = pattern.lastIndex;
  }
  return tokens;
}

// ---------------------------------------------------------------------------------------
// Numbers.

interface Parsed {
  value: number;
  format?: string;
}

const PLAIN = /^(?:(\d{1,3}(?:,\d{3})+)|(\d+))?(?:\.(\d*))?$/;

/**
 * A number as en-US data entry reads it: digits with optional thousands groups and
 * decimals, then at most one of "$" before, "%" after, or an exponent; "(...)" negates
 * (only unsigned: "-(5)" is a formula). Judgement: thousands separators must group by three
 * ("1,00" stays text) and "$" does not mix with "%" or an exponent.
 */
function parseNumber(text: string, allowParentheses: boolean): Parsed | null {
  if (allowParentheses && text.length > 2 && text[0] === "(" && text[text.length - 1] === ")") {
    const inner = parseNumber(text.slice(1, -1), false);
    return inner && { value: -inner.value || 0, format: inner.format };
  }
  const mixed = /^(\d+) (\d+)\/(\d+)$/.exec(text);
  if (mixed) {
    const denominator = Number(mixed[3]);
    if (denominator === 0) return null;
    // Judgement: Excel shows the fraction with as many digits as the denominator was typed.
    const places = "?".repeat(Math.min(mixed[3].length, 3));
    return { value: Number(mixed[1]) + Number(mixed[2]) / denominator, format: `# ${places}/${places}` };
  }
  let body = text;
  let kind: "plain" | "currency" | "percent" | "scientific" = "plain";
  let sign = 1;
  if (body.startsWith("$")) {
    kind = "currency";
    body = body.slice(1);
    // "$-5" is -$5 in en-US entry.
    if (body.startsWith("-")) {
      sign = -1;
      body = body.slice(1);
    }
  } else if (body.endsWith("%")) {
    kind = "percent";
    body = body.slice(0, -1);
  } else {
    const exponent = /^(\d+(?:\.\d*)?|\.\d+)[eE]([+-]?\d+)$/.exec(body);
    if (exponent) {
      const value = truncatedNumber(exponent[1], Number(exponent[2]));
      return value === null ? null : { value, format: "0.00E+00" };
    }
  }
  const match = PLAIN.exec(body);
  if (!match || (match[1] === undefined && match[2] === undefined && !match[3])) return null;
  const digits = (match[1] ?? match[2] ?? "0").replace(/,/g, "") + (match[3] !== undefined ? `.${match[3]}` : "");
  let value = truncatedNumber(digits, 0);
  if (value === null) return null;
  value *= sign;
  const decimals = match[3] !== undefined && match[3].length > 0;
  const grouped = match[1] !== undefined;
  // Judgement on the exact codes: Excel's built-in Number/Currency/Percentage formats with
  // two decimals when the entry had any.
  switch (kind) {
    case "currency":
      return { value, format: decimals ? "$#,##0.00" : "$#,##0" };
    case "percent":
      return { value: value / 100, format: decimals ? "0.00%" : "0%" };
    default:
      return { value, format: grouped ? (decimals ? "#,##0.00" : "#,##0") : undefined };
  }
}

/** The number Excel keeps from typed digits: 15 significant digits, later ones zeroed (KB 269370). */
function truncatedNumber(digits: string, exponent: number): number | null {
  const [whole, fraction = ""] = digits.split(".");
  const all = (whole + fraction).replace(/^0+/, "");
  let kept = digits;
  if (all.length > 15) {
    let significant = 0;
    let seen = false;
    kept = "";
    for (const ch of digits) {
      if (ch === ".") {
        kept += ch;
        continue;
      }
      if (ch !== "0") seen = true;
      if (seen) significant++;
      kept += seen && significant > 15 ? "0" : ch;
    }
  }
  const value = Number(`${kept}e${exponent}`);
  // Judgement: beyond Excel's range the entry stays text.
  return Number.isFinite(value) ? value : null;
}

// ---------------------------------------------------------------------------------------
// Dates and times, en-US month-day-year order.

const MONTHS: Record<string, number> = {};
[
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
].forEach((name, index) => {
  MONTHS[name] = index + 1;
  MONTHS[name.slice(0, 3)] = index + 1;
});

function daysInMonth(year: number, month: number): number {
  // Excel keeps Lotus's 29 February 1900.
  if (year === 1900 && month === 2) return 29;
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fullYear(text: string): number | null {
  if (text.length === 4) return Number(text);
  if (text.length <= 2) {
    const short = Number(text);
    return short < 30 ? 2000 + short : 1900 + short;
  }
  return null;
}

function serialOf(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (year === 1900 && month === 2 && day === 29) return 60;
  return isoToSerial(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

const NUMERIC_3 = /^(\d{1,4})([/-])(\d{1,2})\2(\d{1,4})$/;
const NUMERIC_2 = /^(\d{1,2})[/-](\d{1,4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[ /-]+([a-z]+)\.?,?[ /-]+(\d{1,4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?[ /-]+(\d{1,2})(?:, *|[ /-]+)(\d{1,4})$/;
const DAY_MONTH = /^(\d{1,2})[ /-]+([a-z]+)\.?$/;
const MONTH_NUMBER = /^([a-z]+)\.?[ /-]+(\d{1,4})$/;
const TIME_HMS = /^(\d{1,4}):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))? *(?:([ap])m?)?$/;
const TIME_H = /^(\d{1,2}) *([ap])m?$/;

function parseDateTime(text: string, currentYear: number): Parsed | null {
  const lower = text.toLowerCase();
  const time = parseTime(lower);
  if (time) return time;
  const date = parseDate(lower, currentYear);
  if (date) return date;
  // A date and a time: judgement on the format Excel shows for the pair.
  const split = /^(.*\S) +(\d{1,2}(?::\d{1,2}(?::\d{1,2}(?:\.\d+)?)?)? *(?:[ap]m?)?)$/.exec(lower);
  if (split) {
    const day = parseDate(split[1], currentYear);
    const at = parseTime(split[2]);
    if (day && at && at.value < 1) return { value: day.value + at.value, format: "m/d/yyyy h:mm" };
  }
  return null;
}

function parseDate(text: string, currentYear: number): Parsed | null {
  let match = NUMERIC_3.exec(text);
  if (match) {
    if (match[1].length === 4) {
      if (match[4].length > 2) return null;
      const serial = serialOf(Number(match[1]), Number(match[3]), Number(match[4]));
      return serial === null ? null : { value: serial, format: "m/d/yyyy" };
    }
    if (match[1].length > 2) return null;
    const year = fullYear(match[4]);
    const serial = year === null ? null : serialOf(year, Number(match[1]), Number(match[3]));
    return serial === null ? null : { value: serial, format: "m/d/yyyy" };
  }
  match = NUMERIC_2.exec(text);
  if (match) return monthAndNumber(Number(match[1]), match[2], currentYear);
  match = DAY_MONTH_YEAR.exec(text);
  if (match && MONTHS[match[2]] !== undefined) return namedDate(Number(match[1]), MONTHS[match[2]], match[3]);
  match = MONTH_DAY_YEAR.exec(text);
  if (match && MONTHS[match[1]] !== undefined) return namedDate(Number(match[2]), MONTHS[match[1]], match[3]);
  match = DAY_MONTH.exec(text);
  if (match && MONTHS[match[2]] !== undefined) {
    const serial = serialOf(currentYear, MONTHS[match[2]], Number(match[1]));
    return serial === null ? null : { value: serial, format: "d-mmm" };
  }
  match = MONTH_NUMBER.exec(text);
  if (match && MONTHS[match[1]] !== undefined) return monthAndNumber(MONTHS[match[1]], match[2], currentYear);
  return null;
}

function namedDate(day: number, month: number, yearText: string): Parsed | null {
  const year = fullYear(yearText);
  const serial = year === null ? null : serialOf(year, month, day);
  return serial === null ? null : { value: serial, format: "d-mmm-yy" };
}

/** KB 214327: the number is a day of the current year when it can be, else a year. */
function monthAndNumber(month: number, number: string, currentYear: number): Parsed | null {
  if (month < 1 || month > 12) return null;
  if (number.length <= 2) {
    const asDay = serialOf(currentYear, month, Number(number));
    if (asDay !== null) return { value: asDay, format: "d-mmm" };
  }
  const year = fullYear(number);
  const serial = year === null ? null : serialOf(year, month, 1);
  return serial === null ? null : { value: serial, format: "mmm-yy" };
}

function parseTime(text: string): Parsed | null {
  const clock = TIME_HMS.exec(text);
  const hourOnly = clock ? null : TIME_H.exec(text);
  const match = clock ?? hourOnly;
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = clock ? Number(clock[2]) : 0;
  const withSeconds = clock !== null && clock[3] !== undefined;
  const seconds = withSeconds ? Number(clock![3]) : 0;
  const meridiem = clock ? clock[4] : hourOnly![2];
  if (minutes > 59 || seconds >= 60) return null;
  let format: string;
  if (meridiem) {
    if (hours > 12) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
    format = !clock ? "h AM/PM" : withSeconds ? "h:mm:ss AM/PM" : "h:mm AM/PM";
  } else if (hours >= 24) {
    // Judgement: Excel keeps elapsed hours past a day, with an elapsed-time format.
    format = "[h]:mm:ss";
  } else {
    format = withSeconds ? "h:mm:ss" : "h:mm";
  }
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86400, format };
}
