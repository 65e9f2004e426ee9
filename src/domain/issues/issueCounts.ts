import { Issue } from "./issue";
import { IssueCode, Severity } from "./issueCodes";

/** A sheet whose data rows were checked, and how many there were. */
export interface CheckedSheetRows {
  name: string;
  rows: number;
}

/** One sheet's share of the findings. */
export interface SheetCounts {
  /** Data rows checked on the sheet; null for a sheet not checked as data (a dictionary sheet, or `""`: the workbook as a whole). */
  rows: number | null;
  errors: number;
  warnings: number;
  infos: number;
}

/** The counts a report begins with: by severity and code, and by sheet. */
export interface IssueCounts {
  bySeverityAndCode: Record<Severity, Partial<Record<IssueCode, number>>>;
  /** Every checked sheet (with no findings too), then every other sheet a finding is on; `""` for findings about the whole workbook. */
  bySheet: Record<string, SheetCounts>;
}

/**
 * Counts findings by severity and code and by sheet. The CLI's report, its JSON summary and
 * the pane's summary all take their numbers from here.
 */
export function countIssues(issues: readonly Issue[], checkedSheets: readonly CheckedSheetRows[]): IssueCounts {
  const counts: IssueCounts = { bySeverityAndCode: { error: {}, warning: {}, info: {} }, bySheet: {} };
  for (const sheet of checkedSheets) counts.bySheet[sheet.name] ??= { rows: sheet.rows, errors: 0, warnings: 0, infos: 0 };
  for (const issue of issues) {
    const byCode = counts.bySeverityAndCode[issue.severity];
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
    const sheet = (counts.bySheet[issue.sheet] ??= { rows: null, errors: 0, warnings: 0, infos: 0 });
    if (issue.severity === "error") sheet.errors++;
    else if (issue.severity === "warning") sheet.warnings++;
    else sheet.infos++;
  }
  return counts;
}
