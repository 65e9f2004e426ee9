import { ownString } from "../text/ownString";
import { CellValue, displayValue } from "../cells/cellValue";
import { ISSUE_CODES, IssueCode, Severity } from "./issueCodes";

/** One finding, pointing at a cell of the user's sheet (CONTRACT section 2). */
export interface Issue {
  sheet: string;
  /** The sheet's own 1-based row number. */
  row: number;
  /** The column letter, or null for a finding about a whole sheet or a missing column. */
  column: string | null;
  field: string | null;
  code: IssueCode;
  severity: Severity;
  message: string;
  value: string;
  suggestion?: string;
  /** Names a curator may choose from where no single suggestion is safe (unknown, ambiguous, compound names). */
  candidates?: string[];
  /** How sure the normaliser is of a suggested canonical name (0–1). */
  confidence?: number;
}

/** Builds an issue with the severity its code carries (or, where a code has two, the one given). */
export function makeIssue(
  at: { sheet: string; row: number; column: string | null; field: string | null },
  code: IssueCode,
  message: string,
  value: CellValue = "",
  suggestion?: string,
  candidates?: string[],
  confidence?: number,
  severity: Severity = ISSUE_CODES[code].severity,
): Issue {
  // A finding outlives its row: its strings are made its own, not views into the text a reader decoded (see ownString).
  const issue: Issue = { sheet: at.sheet, row: at.row, column: at.column, field: at.field, code, severity, message: ownString(message), value: ownString(displayValue(value)) };
  if (suggestion !== undefined && suggestion !== "") issue.suggestion = ownString(suggestion);
  if (candidates && candidates.length > 0) issue.candidates = candidates.map(ownString);
  if (confidence !== undefined) issue.confidence = confidence;
  return issue;
}
