/**
 * Dates written as text, in the forms analysts and ACLED exports use: ISO `2024-03-15`,
 * day-first or month-first numbers `15-03-2024`, `03/15/2024`, and month names
 * `15 March 2024`, `March 15, 2024`, `15 mars 2024`.
 */
export type DayMonthOrder = "dmy" | "mdy";

export type TextDate =
  | { kind: "date"; iso: string }
  /** Both parts could be the day: the sheet's other dates may settle it. */
  | { kind: "numeric"; first: number; second: number; year: number }
  | { kind: "invalid"; reason: string; short?: ShortYearDate };

/**
 * A date written with a two-digit year (`16-Feb-21`, as Excel re-saves ISO dates, or
 * `16/02/21`): its parts, for a reader that knows the century from elsewhere. `first` and
 * `second` are day and month in an order settled like a four-digit numeric date's; a
 * month name settles it (`month` set).
 */
export interface ShortYearDate {
  twoDigitYear: number;
  first: number;
  second: number;
  /** Whether the month was written as a name (first = day, second = month). */
  named: boolean;
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ["january", "jan", "janvier", "janv", "enero"]],
  [2, ["february", "feb", "fevrier", "fev", "fevr", "febrero"]],
  [3, ["march", "mar", "mars", "marzo"]],
  [4, ["april", "apr", "avril", "avr", "abril"]],
  [5, ["may", "mai", "mayo"]],
  [6, ["june", "jun", "juin", "junio"]],
  [7, ["july", "jul", "juillet", "juil", "julio"]],
  [8, ["august", "aug", "aout", "agosto"]],
  [9, ["september", "sep", "sept", "septembre", "septiembre"]],
  [10, ["october", "oct", "octobre", "octubre"]],
  [11, ["november", "nov", "novembre", "noviembre"]],
  [12, ["december", "dec", "decembre", "diciembre"]],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

const ISO = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th|er)?[\s\-/.]+([a-z]+)\.?,?[\s\-/.]+(\d{2}|\d{4})$/;
const MONTH_DAY_YEAR = /^([a-z]+)\.?[\s\-/.]+(\d{1,2})(?:st|nd|rd|th)?,?[\s\-/.]+(\d{2}|\d{4})$/;

/** Reads a text date; numeric day/month dates whose order is open come back as `numeric`. */
export function parseTextDate(text: string): TextDate {
  const value = text.trim();
  let match = ISO.exec(value);
  if (match) return fromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC.exec(value);
  if (match) {
    if (match[3].length === 2) return { kind: "invalid", reason: "two-digit year", short: { twoDigitYear: Number(match[3]), first: Number(match[1]), second: Number(match[2]), named: false } };
    const first = Number(match[1]);
    const second = Number(match[2]);
    const year = Number(match[3]);
    if (first > 12 && second <= 12) return fromParts(year, second, first);
    if (second > 12 && first <= 12) return fromParts(year, first, second);
    if (first > 12 && second > 12) return { kind: "invalid", reason: "neither part can be the month" };
    if (first === second) return fromParts(year, first, second);
    return { kind: "numeric", first, second, year };
  }
  const folded = value.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  match = DAY_MONTH_YEAR.exec(folded);
  if (match && MONTHS[match[2]] !== undefined) return withYear(match[3], MONTHS[match[2]], Number(match[1]));
  match = MONTH_DAY_YEAR.exec(folded);
  if (match && MONTHS[match[1]] !== undefined) return withYear(match[3], MONTHS[match[1]], Number(match[2]));
  return { kind: "invalid", reason: "not a date" };
}

/**
 * A two-digit-year date with its full year: the day and month settled by a month name, by a
 * part above 12, or else by the column's order (undefined where none settles them).
 */
export function withFullYear(date: ShortYearDate, year: number, order: DayMonthOrder | null): TextDate | undefined {
  if (date.named) return fromParts(year, date.second, date.first);
  const { first, second } = date;
  if (first > 12 || first === second || order === "dmy") return fromParts(year, second, first);
  if (second > 12 || order === "mdy") return fromParts(year, first, second);
  return undefined;
}

/** Settles a `numeric` date in the given order. */
export function resolveNumeric(date: { first: number; second: number; year: number }, order: DayMonthOrder): TextDate {
  return order === "dmy" ? fromParts(date.year, date.second, date.first) : fromParts(date.year, date.first, date.second);
}

function withYear(yearText: string, month: number, day: number): TextDate {
  if (yearText.length === 2) return { kind: "invalid", reason: "two-digit year", short: { twoDigitYear: Number(yearText), first: day, second: month, named: true } };
  return fromParts(Number(yearText), month, day);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** An ISO date from its parts, or `invalid` where the calendar has no such day. */
export function fromParts(year: number, month: number, day: number): TextDate {
  if (month < 1 || month > 12) return { kind: "invalid", reason: "no such month" };
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  if (day < 1 || day > last) return { kind: "invalid", reason: "no such day" };
  if (year < 1000) return { kind: "invalid", reason: "no such year" };
  return { kind: "date", iso: `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}` };
}
