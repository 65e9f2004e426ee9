import { Issue } from "./issue";
import { Summary } from "../checks/checkWorkbook";
import { countOf } from "../text/formatCount";

/** Where an issue points, as a person types it in Excel's name box: `Incidents!C5`. */
export function issueLocation(issue: Issue): string {
  if (!issue.sheet) return "workbook";
  const sheet = /^[A-Za-z0-9_]+$/.test(issue.sheet) ? issue.sheet : `'${issue.sheet.replace(/'/g, "''")}'`;
  return issue.column ? `${sheet}!${issue.column}${issue.row}` : `${sheet}!${issue.row}:${issue.row}`;
}

/** One line per issue, for terminals and logs. */
export function formatIssueLine(issue: Issue): string {
  const suggestion = issue.suggestion !== undefined ? ` → ${issue.suggestion}` : "";
  return `${issueLocation(issue)}\t${issue.severity}\t${issue.code}\t${issue.message}${suggestion}`;
}

/** The first and the closing line of a text report: rows checked and findings by severity. */
export function formatSummaryLine(summary: Summary): string {
  return `${countOf(summary.rows.incidents, "incident row")} and ${countOf(summary.rows.weapons, "weapon row")} checked: ${countOf(summary.errors, "error")}, ${countOf(summary.warnings, "warning")}, ${countOf(summary.infos, "info", "info")}.`;
}
