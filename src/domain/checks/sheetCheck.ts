import { ownString } from "../text/ownString";
import { StringPool } from "../text/stringPool";
import { CellValue } from "../cells/cellValue";
import { IssueCode, Severity } from "../issues/issueCodes";

/** A data row once read: its sheet row number and typed values. */
export interface CheckedRow {
  row: number;
  values: Record<string, unknown>;
  /** Whether any error-severity issue points at this row. */
  hasError: boolean;
  /** The row's cells as read from the sheet. */
  cells: CellValue[];
  /** Canonical names of the row's name cells, where the normaliser mapped them (null where it did not). */
  canonical?: Record<string, string | null | (string | null)[]>;
}

/** Reports a finding about one field of one row. */
export type RowReport = (row: CheckedRow, field: string, code: IssueCode, message: string, suggestion?: string, candidates?: string[], confidence?: number, severity?: Severity) => void;

/**
 * How `slimRow` keeps many rows for long (a sheet that may be monadic, until its last row):
 * their strings from one pool, and the cells only of the fields its findings quote and of
 * fields whose value could not be read (compared as written).
 */
export interface SlimmerRows {
  pool: StringPool;
  quoted: ReadonlySet<string>;
}

/**
 * A row kept past its turn by a check that reports on it later (a name's first cell, an
 * incident a weapon points at), holding only the fields that check reads: the typed values
 * and the cells a finding quotes, not the whole row. `indexOf` maps fields to cell indices.
 */
export function slimRow(row: CheckedRow, fields: readonly string[], indexOf: ReadonlyMap<string, number>, slimmer?: SlimmerRows): CheckedRow {
  const values: Record<string, unknown> = {};
  const cells: CellValue[] = [];
  // Kept beyond its row: strings made their own, not views into the reader's text (see ownString), or the pool's.
  const own = slimmer ? (text: string) => slimmer.pool.own(text) : ownString;
  for (const field of fields) {
    const value = row.values[field];
    if (value !== undefined) values[field] = typeof value === "string" ? own(value) : value;
    const index = indexOf.get(field);
    if (index !== undefined && index < row.cells.length && (!slimmer || value === undefined || slimmer.quoted.has(field))) {
      const cell = row.cells[index];
      cells[index] = typeof cell === "string" ? own(cell) : cell;
    }
  }
  const slim: CheckedRow = { row: row.row, values, hasError: false, cells };
  if (row.canonical) slim.canonical = row.canonical;
  return slim;
}
