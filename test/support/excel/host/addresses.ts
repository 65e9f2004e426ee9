/** A1 addresses as Excel reads and writes them, with Excel's limits and errors. */
import { HostError } from "./hostError";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of a sheet, 0-based. */
export interface Rect {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export function letters(column: number): string {
  let n = column;
  let text = "";
  while (n > 0) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
    n = Math.floor((n - 1) / 26);
  }
  return text;
}

function columnIndexOf(text: string): number {
  let n = 0;
  for (const char of text.toUpperCase()) n = n * 26 + char.charCodeAt(0) - 64;
  return n - 1;
}

const invalid = (address: string) => new HostError("InvalidArgument", `The argument is invalid or missing or has an incorrect format. (address '${address}')`);

/** The sheet name an address carries ("'My sheet'!A1" → "My sheet"), or null; and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cells: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return { sheet, cells: address.slice(bang + 1) };
}

/**
 * One area ("B3", "A1:C9", "A:C" whole columns, "3:5" whole rows, with an optional sheet
 * prefix) as 0-based indexes; Excel's InvalidArgument otherwise.
 */
export function parseAddress(address: string): Rect {
  if (address.length > 8192) throw new HostError("InvalidArgument", "The address is too long.");
  const trimmed = address.trim();
  const { cells } = splitSheet(trimmed);
  const prefix = trimmed.slice(0, trimmed.length - cells.length);
  // A sheet prefix is a quoted name or a bare one without the characters Excel forbids.
  if (prefix && !/^(?:'(?:[^']|'')+'|[^'!\[\]:*?/\\\s]+)!$/.test(prefix)) throw invalid(address);
  const cell = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(cells);
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(cells);
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(cells);
  let r1: number, r2: number, c1: number, c2: number;
  if (cell) {
    [c1, r1] = [columnIndexOf(cell[1]), Number(cell[2]) - 1];
    [c2, r2] = cell[3] ? [columnIndexOf(cell[3]), Number(cell[4]) - 1] : [c1, r1];
  } else if (columns) {
    [c1, c2, r1, r2] = [columnIndexOf(columns[1]), columnIndexOf(columns[2]), 0, MAX_ROWS - 1];
  } else if (rows) {
    [r1, r2, c1, c2] = [Number(rows[1]) - 1, Number(rows[2]) - 1, 0, MAX_COLUMNS - 1];
  } else {
    throw invalid(address);
  }
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  const bottom = Math.max(r1, r2);
  const right = Math.max(c1, c2);
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw invalid(address);
  return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Excel's way of writing a sheet name in an address: bare when it can be, quoted otherwise. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "A1", "A1:C9", whole columns as "A:C" and whole rows as "3:5", as Excel reports them. */
export function cellsAddress(rect: Rect): string {
  if (rect.rowIndex === 0 && rect.rowCount === MAX_ROWS) return `${letters(rect.columnIndex + 1)}:${letters(rect.columnIndex + rect.columnCount)}`;
  if (rect.columnIndex === 0 && rect.columnCount === MAX_COLUMNS) return `${rect.rowIndex + 1}:${rect.rowIndex + rect.rowCount}`;
  const start = `${letters(rect.columnIndex + 1)}${rect.rowIndex + 1}`;
  const end = `${letters(rect.columnIndex + rect.columnCount)}${rect.rowIndex + rect.rowCount}`;
  return start === end ? start : `${start}:${end}`;
}

export function qualifiedAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${cellsAddress(rect)}`;
}
