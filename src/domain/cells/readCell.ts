import { CellValue, displayValue, isBlank, isExcelError } from "./cellValue";
import { isDateFormat, serialToIso } from "./excelDate";
import { DayMonthOrder, parseTextDate, resolveNumeric, fromParts, ShortYearDate, withFullYear } from "./textDate";
import { FieldSpec } from "../schema/fieldSpec";
import { IssueCode } from "../issues/issueCodes";
import { closestCountryName, findCountry } from "../vocabulary/countries";
import { ACTOR_TYPES, parseActorType, parseInteraction } from "../vocabulary/actorTypes";
import { categoriesThatFit, categoryWrittenAs, COUNTED_ITEM_WORDS, findWeaponCategory, WEAPON_CATEGORY_NAMES } from "../vocabulary/weaponCategories";
import { certainNumber } from "./writtenNumber";
import { closestValue } from "../text/closest";
import { capitalise } from "../text/capitalise";

/** Something wrong with a cell, ready to become an issue. */
export interface Problem {
  code: IssueCode;
  message: string;
  suggestion?: string;
}

/**
 * A cell read into its field's type: a value (undefined when blank), or the problem that
 * kept it from being read. A `notice` is a finding about a value that was read all the
 * same (a country written as its ISO code).
 */
export type Reading = { value: unknown; problem?: undefined; notice?: Problem } | { value: undefined; problem: Problem; notice?: undefined };

export interface ReadContext {
  date1904: boolean;
  /** The day/month order the column's own dates settle, or null. */
  dayMonthOrder: DayMonthOrder | null;
  /**
   * The row's own year column, where the sheet has one: it gives the century of a date
   * written with a two-digit year (`16-Feb-21` in a row whose year is 2021). Set per row.
   */
  rowYear?: number;
  /** How many dates were read with the year column's help (counted for one finding per column). */
  yearColumnReads?: number;
  /** The current year, for suggesting the century of a two-digit year where no year column settles it. */
  currentYear?: number;
}

/** Where `readCellInto` leaves what it found about a cell; reused from cell to cell. */
export interface CellFindings {
  problem: Problem | undefined;
  notice: Problem | undefined;
}

/** Reads one cell into a `Reading`; see `readCellInto`. */
export function readCell(cell: CellValue, spec: FieldSpec, format: string | null | undefined, context: ReadContext): Reading {
  const findings: CellFindings = { problem: undefined, notice: undefined };
  const value = readCellInto(cell, spec, format, context, findings);
  if (findings.problem) return { value: undefined, problem: findings.problem };
  return findings.notice ? { value, notice: findings.notice } : { value };
}

/**
 * Reads one cell as Excel gives it into the type its field needs, and never throws: returns
 * the typed value (undefined when the cell is blank or unreadable) and leaves any problem
 * or notice in `findings`, which it clears first. Allocates nothing for a good cell.
 */
export function readCellInto(cell: CellValue, spec: FieldSpec, format: string | null | undefined, context: ReadContext, findings: CellFindings): unknown {
  findings.problem = undefined;
  findings.notice = undefined;
  if (isBlank(cell)) return undefined;
  const reading = readPresent(cell as string | number | boolean, spec, format, context);
  if (reading === undefined || typeof reading !== "object" || reading === null || !(FINDING in reading)) return reading;
  const found = reading as Finding;
  if (found.kind === "problem") {
    findings.problem = found.problem;
    return undefined;
  }
  findings.notice = found.problem;
  return found.value;
}

const FINDING = Symbol("finding");
/** A value read with a notice, or a problem instead of a value. */
type Finding = { [FINDING]: true; kind: "problem" | "notice"; problem: Problem; value?: unknown };

function readPresent(raw: string | number | boolean, spec: FieldSpec, format: string | null | undefined, context: ReadContext): unknown {
  if (typeof raw === "string" && isExcelError(raw)) {
    return fail("type", `The ${spec.label} cell holds the Excel error ${raw}.`);
  }
  if (typeof raw === "boolean") {
    return fail("type", `${displayValue(raw)} is a yes/no value, not a valid ${spec.label}.`);
  }
  switch (spec.kind) {
    case "id":
    case "text":
    case "actor":
    case "weapon":
      return typeof raw === "string" ? raw.trim() : String(raw);
    case "actorList":
      return String(raw).split(";").map((part) => part.trim()).filter((part) => part.length > 0);
    case "date":
      return readDate(raw, format, context);
    case "integer":
      return readInteger(raw, spec);
    case "number":
      return readNumber(raw, spec);
    case "eventType":
    case "subEventType":
    case "disorderType":
      if (typeof raw !== "string") return fail("type", `${displayValue(raw)} is a number, not a ${spec.label}.`);
      return raw.trim();
    case "country":
      return readCountry(raw, spec);
    case "actorType":
      return readActorType(raw, spec);
    case "interaction":
      return parseInteraction(raw) ? String(raw).trim() : fail("enum", `"${displayValue(raw)}" is not an ACLED interaction: write a code such as 13 or text such as "State forces-Rebel group".`);
    case "weaponCategory":
      return readCategory(raw, spec);
  }
}

function fail(code: IssueCode, message: string, suggestion?: string): Finding {
  return { [FINDING]: true, kind: "problem", problem: suggestion === undefined ? { code, message } : { code, message, suggestion } };
}

function withNotice(value: unknown, notice: Problem): Finding {
  return { [FINDING]: true, kind: "notice", problem: notice, value };
}

function readDate(raw: string | number, format: string | null | undefined, context: ReadContext): unknown {
  if (typeof raw === "number") {
    const compact = compactDate(raw);
    if (compact) return fail("type", `${raw} is a number, not a date; it looks like ${compact} written without separators.`, compact);
    const serial = serialToIso(raw, context.date1904);
    if (format && !isDateFormat(format)) {
      const hint = serial.ok ? `; as an Excel date it would be ${serial.iso}` : "";
      return fail("type", `${raw} is a number in a cell not formatted as a date${hint}. Format the cell as a date or type the date.`, serial.ok ? serial.iso : undefined);
    }
    if (serial.ok) return serial.iso;
    if (serial.reason === "phantom-leap-day") return fail("type", "Excel shows 29 February 1900, a day that never existed (a leap-year bug Excel keeps for compatibility).");
    return fail("type", `${raw} is outside the dates Excel can hold (${context.date1904 ? "1904-01-01" : "1900-01-01"} to 9999-12-31).`);
  }
  const text = raw.trim();
  const compact = /^\d{8}$/.test(text) ? compactDate(Number(text)) : undefined;
  if (compact) return fail("type", `"${text}" is not a date; it looks like ${compact} written without separators.`, compact);
  let parsed = parseTextDate(text);
  if (parsed.kind === "numeric") {
    if (context.dayMonthOrder) parsed = resolveNumeric(parsed, context.dayMonthOrder);
    else {
      const dayFirst = resolveNumeric(parsed, "dmy");
      const monthFirst = resolveNumeric(parsed, "mdy");
      const a = dayFirst.kind === "date" ? dayFirst.iso : "?";
      const b = monthFirst.kind === "date" ? monthFirst.iso : "?";
      return fail("ambiguous-date", `"${text}" could be ${a} (day first) or ${b} (month first), and the sheet's other dates do not settle the order. Write it as yyyy-mm-dd.`);
    }
  }
  if (parsed.kind === "date") return parsed.iso;
  if (parsed.kind === "invalid" && parsed.reason === "two-digit year") return readShortYear(text, parsed.short, context);
  if (/^\d+(\.\d+)?$/.test(text)) {
    return fail("type", `"${text}" is a number written as text, not a date. Type the date, as in 2024-03-15.`);
  }
  const reason = parsed.kind === "invalid" && parsed.reason !== "not a date" ? ` (${parsed.reason})` : "";
  return fail("type", `"${displayValue(text)}" is not a date${reason}; write it as 2024-03-15, 15 March 2024 or 15-03-2024.`);
}

/**
 * A date with a two-digit year. The row's year column, where it agrees with the two digits,
 * gives the century (as when Excel re-saves ACLED's ISO dates as `16-Feb-21`); otherwise the
 * date stays an error, with the date it most probably means as suggestion (the most recent
 * century that does not put it in the future) or the year column's disagreement named.
 */
function readShortYear(text: string, short: ShortYearDate | undefined, context: ReadContext): unknown {
  const order = context.dayMonthOrder;
  if (short && context.rowYear !== undefined && ((context.rowYear % 100) + 100) % 100 === short.twoDigitYear) {
    const full = withFullYear(short, context.rowYear, order);
    if (full?.kind === "date") {
      context.yearColumnReads = (context.yearColumnReads ?? 0) + 1;
      return full.iso;
    }
  }
  if (short && context.rowYear !== undefined) {
    return fail("type", `"${text}" has a two-digit year (${String(short.twoDigitYear).padStart(2, "0")}) that is not the row's year ${context.rowYear}; write the full date, as in 2024-03-15.`);
  }
  const current = context.currentYear ?? new Date().getUTCFullYear();
  const guess = short ? (2000 + short.twoDigitYear <= current ? 2000 : 1900) + short.twoDigitYear : undefined;
  const probable = short && guess !== undefined ? withFullYear(short, guess, order) : undefined;
  if (probable?.kind === "date") return fail("type", `"${text}" has a two-digit year; it probably means ${probable.iso}. Write the full year, as in 2024-03-15.`, probable.iso);
  return fail("type", `"${text}" has a two-digit year; write the full year, as in 2024-03-15.`);
}

/** 20240315 → 2024-03-15, when the digits make a real date between 1900 and 2100. */
function compactDate(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 19000101 || value > 21001231) return undefined;
  const parsed = fromParts(Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100);
  return parsed.kind === "date" ? parsed.iso : undefined;
}

const INTEGER_TEXT = /^[+-]?\d+(?:\.0+)?$/;
const GROUPED_INTEGER = /^[+-]?\d{1,3}(?:[,\u00a0\u202f ]\d{3})+$/;
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const COMMA_DECIMAL = /^[+-]?\d+,\d+$/;

function readInteger(raw: string | number, spec: FieldSpec): unknown {
  if (typeof raw === "number") {
    return Number.isInteger(raw) ? raw : fail("type", `${capitalise(spec.label)} must be a whole number; found ${raw}.`);
  }
  const text = raw.trim();
  if (INTEGER_TEXT.test(text)) return Number(text);
  if (GROUPED_INTEGER.test(text)) {
    const digits = text.replace(/[^\d+-]/g, "");
    return fail("type", `"${text}" has thousands separators; the ${spec.label} must be a plain whole number.`, digits);
  }
  if (DECIMAL_TEXT.test(text)) return fail("type", `${capitalise(spec.label)} must be a whole number; found ${text}.`);
  return notANumber(text, spec);
}

/**
 * A whole-number cell holding words. A number that is certain ("two", "deux", and for a
 * quantity "2 rifles") is suggested; a quantity that is not ("several", "?", "n/a") is
 * told to be left empty, as the sheet records counts only where the source gives them.
 */
function notANumber(text: string, spec: FieldSpec): Finding {
  const quantity = spec.field === "quantity";
  const number = certainNumber(text, quantity ? COUNTED_ITEM_WORDS : undefined);
  if (number !== undefined) {
    const how = /^\d/.test(text) ? "has words beside the number; write the number alone" : "is a number written in words; write it in figures";
    return fail("type", `"${displayValue(text)}" ${how}: ${number}.`, String(number));
  }
  if (quantity) {
    return fail("type", `"${displayValue(text)}" is not a number: the quantity is a whole number of 1 or more. Leave the cell empty when the number is not known (the source's wording can go in notes).`);
  }
  return fail("type", `"${displayValue(text)}" is not a number; the ${spec.label} must be a whole number.`);
}

function readNumber(raw: string | number, spec: FieldSpec): unknown {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : fail("type", `${capitalise(spec.label)} is not a finite number.`);
  const text = raw.trim();
  if (DECIMAL_TEXT.test(text)) return Number(text);
  if (COMMA_DECIMAL.test(text)) return fail("type", `"${text}" uses a decimal comma; write it with a point.`, text.replace(",", "."));
  return fail("type", `"${displayValue(text)}" is not a number; the ${spec.label} must be in decimal degrees, as in 13.0969.`);
}

function readCountry(raw: string | number, spec: FieldSpec): unknown {
  if (typeof raw !== "string") return fail("type", `${raw} is a number, not a country.`);
  const text = raw.trim();
  const country = findCountry(text);
  if (!country) {
    const closest = closestCountryName(text);
    return fail("enum", `"${displayValue(text)}" is not a country name or ISO code${closest ? `; did you mean ${closest}?` : "."}`, closest);
  }
  if (country.name === text) return country.name;
  return withNotice(country.name, { code: "non-canonical", message: `"${text}" stands for ${country.name}; the ${spec.label} is written by its English short name.`, suggestion: country.name });
}

function readActorType(raw: string | number, spec: FieldSpec): unknown {
  // ACLED's numeric coding writes 0 for "no second actor" (interaction 10, 20 … 80).
  if (isNoActorCode(raw)) {
    if (spec.field === "inter2") return undefined;
    return fail("enum", `0 means "no actor" in ACLED's numeric coding, but ${spec.label} always has one: write its type or code 1–8.`);
  }
  const type = parseActorType(raw);
  if (type) return type;
  const closest = typeof raw === "string" ? closestValue(raw, ACTOR_TYPES) : undefined;
  return fail("enum", `"${displayValue(raw)}" is not an ACLED actor type or code 1–8 for ${spec.label}${closest ? `; did you mean ${closest}?` : "."}`, closest);
}

function isNoActorCode(raw: string | number): boolean {
  return raw === 0 || (typeof raw === "string" && raw.trim() === "0");
}

function readCategory(raw: string | number, spec: FieldSpec): unknown {
  if (typeof raw !== "string") return fail("type", `${raw} is a number, not a weapon ${spec.label}.`);
  const text = raw.trim();
  const bare = text.replace(/\s*\(.*\)\s*/g, " ").replace(/\s+for\s+.*$/i, "").trim();
  const category = findWeaponCategory(text) ?? findWeaponCategory(bare) ?? categoryWrittenAs(text);
  if (!category) return unknownCategory(text, bare);
  // A difference of case, spaces or hyphens only ("Rifle", "ASSAULT RIFLE") is read as written, without a finding.
  if (category === text || categoryWrittenAs(text) === category) return category;
  return withNotice(category, { code: "non-canonical", message: `"${displayValue(text)}" is the category "${category}" written differently.`, suggestion: category });
}

/**
 * A category that is not in the typology: the one category a partial description fits
 * ("sniper") or the closest by spelling ("grenade launcer") is suggested; where several
 * fit ("launcher", "gun") they are named and none is suggested, as one click must not
 * pick among them; with nothing close, the categories are listed.
 */
function unknownCategory(text: string, bare: string): Finding {
  const shown = `"${displayValue(text)}" is not a category of the weapon typology`;
  const fits = categoriesThatFit(bare);
  if (fits.length > 1) return fail("enum", `${shown}; the categories that fit are ${fits.join(", ")}: write the one the source supports.`);
  const closest = fits[0] ?? closestValue(bare, WEAPON_CATEGORY_NAMES);
  if (closest) return fail("enum", `${shown}; did you mean ${closest}?`, closest);
  return fail("enum", `${shown}; the categories are ${WEAPON_CATEGORY_NAMES.join(", ")}.`);
}
