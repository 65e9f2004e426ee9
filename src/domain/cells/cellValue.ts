/** A cell as Excel's `range.values` hands it over: text, number, boolean, or empty text. */
export type CellValue = string | number | boolean | null | undefined;

/** Excel's error values as they appear in `range.values` (and in .xlsx files). */
export const EXCEL_ERRORS: ReadonlySet<string> = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!",
  "#PYTHON!", "#EXTERNAL!",
]);

/** Excel's own cap on the characters of one cell. */
export const EXCEL_MAX_CELL_CHARS = 32767;

/** True for a cell that holds nothing a person typed: null, empty or whitespace-only text. */
export function isBlank(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value !== "string") return false;
  if (value.length === 0) return true;
  // Fast path: most non-empty cells start with a visible character.
  const first = value.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x2000) return false;
  return value.trim().length === 0;
}

/** True when the cell holds one of Excel's error values such as `#N/A`. */
export function isExcelError(value: CellValue): boolean {
  return typeof value === "string" && value.length > 1 && value.charCodeAt(0) === 35 /* # */ && EXCEL_ERRORS.has(value);
}

const MAX_SHOWN = 200;

/** The cell as a curator would read it in a message, cut short when very long. */
export function displayValue(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}… (${text.length} characters)` : text;
}
