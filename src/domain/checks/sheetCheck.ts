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
