import { Issue } from "./issue";
import { Summary } from "../checks/checkWorkbook";

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

/** The closing line of a text report. */
export function formatSummaryLine(summary: Summary): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(summary.rows.incidents, "incident row")} and ${plural(summary.rows.weapons, "weapon row")} checked: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${summary.infos} info.`;
}
