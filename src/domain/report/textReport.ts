import { Summary } from "../checks/checkWorkbook";
import { formatSummaryLine, issueLocation } from "../issues/formatIssue";
import { Issue } from "../issues/issue";
import { CheckedSheetRows, countIssues } from "../issues/issueCounts";
import { Severity, SEVERITY_ORDER } from "../issues/issueCodes";
import { countOf, formatCount } from "../text/formatCount";
import { wrapText } from "../text/wrapText";
import { escapeForTerminal } from "./escapeForTerminal";
import { groupByCode, IssueGroup } from "./issueGroups";
import { keepSeverities } from "./severityFilter";

export interface TextReportOptions {
  /** List every finding of each code, not only the first ones. */
  all?: boolean;
  /** Keep only the findings of exactly these severities; the summary says how many were left out. */
  severities?: readonly Severity[];
  /** How many findings of each code are listed without `all`. */
  firstOfEach?: number;
  /** The terminal's width: long messages are wrapped to it, never cut. */
  width?: number;
}

const NOUNS: Record<Severity, [string, string]> = { error: ["error", "errors"], warning: ["warning", "warnings"], info: ["info", "info"] };
const countOfSeverity = (count: number, severity: Severity) => countOf(count, ...NOUNS[severity]);
/** The widest cell column before messages start on the line below their cell. */
const CELL_COLUMN_MAX = 30;
/** How many of a long group's most frequent values its heading names. */
const MOST_FREQUENT_VALUES = 5;

/**
 * The `curate check` text report: the totals; a summary by sheet and by code; then the
 * findings grouped by code (errors first, the largest group first), the first ten of each
 * unless `all`; and the totals again as the last line. Every value from the file (sheet
 * names, cells, messages that quote them) is escaped: no cell can forge a line of the report
 * or reach the terminal as a control sequence.
 */
export function formatTextReport(issues: readonly Issue[], summary: Summary, options: TextReportOptions = {}): string[] {
  const width = options.width ?? 100;
  const first = options.all ? Infinity : (options.firstOfEach ?? 10);
  const shown = options.severities ? keepSeverities(issues, options.severities) : [...issues];
  const groups = groupByCode(shown);
  const lines = [formatSummaryLine(summary)];
  if (options.severities) lines.push(...filterNote(issues, shown, options.severities, summary, width));
  lines.push("", ...sheetTable(shown, summary));
  if (groups.length === 0) {
    lines.push("", options.severities ? "No findings of that severity." : "No findings.");
    return lines;
  }
  lines.push("", ...codeTable(groups));
  let cellColumn = 0;
  for (const group of groups) for (const issue of group.issues.slice(0, first)) cellColumn = Math.max(cellColumn, location(issue).length);
  cellColumn = Math.min(CELL_COLUMN_MAX, cellColumn);
  for (const group of groups) lines.push("", ...groupLines(group, first, cellColumn, width));
  lines.push("", formatSummaryLine(summary));
  return lines;
}

function filterNote(issues: readonly Issue[], shown: readonly Issue[], severities: readonly Severity[], summary: Summary, width: number): string[] {
  const names = severities.map((severity) => NOUNS[severity][1]);
  const leftOut = (Object.keys(SEVERITY_ORDER) as Severity[])
    .filter((severity) => !severities.includes(severity))
    .map((severity) => ({ severity, count: issues.filter((issue) => issue.severity === severity).length }))
    .filter(({ count }) => count > 0);
  let note = `Filter on (--severity ${severities.join(",")}): ${names.join(" and ")} only, ${formatCount(shown.length)} of ${countOf(issues.length, "finding")}`;
  note += leftOut.length === 0 ? "; none left out." : `; left out: ${leftOut.map(({ severity, count }) => countOfSeverity(count, severity)).join(", ")}.`;
  if (summary.errors > 0 && !severities.includes("error")) note += " The exit status is 1 all the same: the check found errors.";
  return wrapText(note, width);
}

function sheetTable(shown: readonly Issue[], summary: Summary): string[] {
  const checked: CheckedSheetRows[] = [];
  if (summary.sheets.incidents !== null) checked.push({ name: summary.sheets.incidents, rows: summary.rows.incidents });
  if (summary.sheets.weapons !== null) checked.push({ name: summary.sheets.weapons, rows: summary.rows.weapons });
  const { bySheet } = countIssues(shown, checked);
  // The checked sheets first, then the others in the order of their findings (workbook order).
  const names = [...new Set([...checked.map((sheet) => sheet.name), ...shown.map((issue) => issue.sheet)])];
  const rows = [["Sheet", "Rows", "Errors", "Warnings", "Info"]];
  for (const name of names) {
    const counts = bySheet[name];
    rows.push([name === "" ? "(workbook)" : escapeForTerminal(name), counts.rows === null ? "-" : formatCount(counts.rows), ...[counts.errors, counts.warnings, counts.infos].map(formatCount)]);
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]) : cell.padStart(widths[column]))).join("  ")}`.trimEnd());
}

function codeTable(groups: readonly IssueGroup[]): string[] {
  const countWidth = Math.max(...groups.map((group) => formatCount(group.issues.length).length));
  const lines = ["Findings by code:"];
  for (const severity of Object.keys(SEVERITY_ORDER) as Severity[]) {
    const ofSeverity = groups.filter((group) => group.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push(`  ${countOfSeverity(ofSeverity.reduce((sum, group) => sum + group.issues.length, 0), severity)}`);
    for (const group of ofSeverity) lines.push(`    ${formatCount(group.issues.length).padStart(countWidth)}  ${group.title} (${group.code})`);
  }
  return lines;
}

function groupLines(group: IssueGroup, first: number, cellColumn: number, width: number): string[] {
  const lines = [`${group.title} (${group.code}): ${countOfSeverity(group.issues.length, group.severity)}`];
  // What the findings not listed are about: worth the lines only when some are not listed.
  if (group.issues.length > first) {
    const fields = mostFrequent(group.issues, (issue) => issue.field);
    if (fields.length > 1) lines.push(...headingNote(`Fields: ${fields.map(([field, count]) => `${escapeForTerminal(field)} (${formatCount(count)})`).join(", ")}`, width));
    const values = mostFrequent(group.issues, (issue) => issue.value).filter(([, count]) => count > 1).slice(0, MOST_FREQUENT_VALUES);
    if (values.length > 0) lines.push(...headingNote(`Most frequent values: ${values.map(([value, count]) => `"${escapeForTerminal(value)}" (${formatCount(count)})`).join(", ")}`, width));
  }
  const indent = " ".repeat(2 + cellColumn + 2);
  for (const issue of group.issues.slice(0, first)) {
    const cell = location(issue);
    const wrapped = messageLines(issue, Math.max(30, width - indent.length));
    if (cell.length > cellColumn) lines.push(`  ${cell}`, ...wrapped.map((line) => indent + line));
    else lines.push(`  ${cell.padEnd(cellColumn)}  ${wrapped[0]}`, ...wrapped.slice(1).map((line) => indent + line));
  }
  const more = group.issues.length - Math.min(first, group.issues.length);
  if (more > 0) lines.push(`  … and ${formatCount(more)} more (--all lists every one)`);
  return lines;
}

/** Where a finding is, its sheet name escaped (a CSV's sheet is named for its file). */
function location(issue: Issue): string {
  return escapeForTerminal(issueLocation(issue));
}

/** A note under a group's heading, indented, its own continuation lines indented further. */
function headingNote(text: string, width: number): string[] {
  return wrapText(text, width - 4).map((line, index) => (index === 0 ? `  ${line}` : `    ${line}`));
}

/** The message, then `→ suggestion` on its last line where it fits, or on a line of its own. */
function messageLines(issue: Issue, width: number): string[] {
  const lines = wrapText(escapeForTerminal(issue.message), width);
  if (issue.suggestion === undefined) return lines;
  const suggestion = `→ ${escapeForTerminal(issue.suggestion)}`;
  if (lines[lines.length - 1].length + 1 + suggestion.length <= width) lines[lines.length - 1] += ` ${suggestion}`;
  else lines.push(...wrapText(suggestion, width));
  return lines;
}

/** The distinct keys of findings (their fields, their values) with their counts, the most frequent first; null keys left out. */
function mostFrequent(issues: readonly Issue[], key: (issue: Issue) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const value = key(issue);
    if (value !== null && value !== "") counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}
