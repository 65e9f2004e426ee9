import type { Issue } from "../domain/issues/issue";
import { ISSUE_CODES, SEVERITY_ORDER, type IssueCode, type Severity } from "../domain/issues/issueCodes";

/** One line of the list: a sheet's heading, a group's heading (a code at a severity, with its title and count), or an issue. */
export type ListRow =
  | { kind: "sheet"; sheet: string; count: number }
  | { kind: "code"; sheet: string; code: IssueCode; severity: Severity; title: string; count: number }
  | { kind: "issue"; issue: Issue };

/**
 * The shown issues as the list's lines: by sheet in the order each first appears, then
 * within a sheet by group, errors first, then warnings, then infos (groups of one severity
 * in the order each first appears), issues in their order within a group. A code found at
 * two severities makes a group under each. Linear in the number of issues.
 */
export function listRows(issues: readonly Issue[]): ListRow[] {
  const bySheet = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    let groups = bySheet.get(issue.sheet);
    if (!groups) bySheet.set(issue.sheet, (groups = new Map()));
    const key = `${issue.severity} ${issue.code}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(issue);
  }
  const rows: ListRow[] = [];
  for (const [sheet, groups] of bySheet) {
    const ordered = [...groups.values()].map((list, order) => ({ list, order })).sort((a, b) => SEVERITY_ORDER[a.list[0].severity] - SEVERITY_ORDER[b.list[0].severity] || a.order - b.order);
    rows.push({ kind: "sheet", sheet, count: ordered.reduce((sum, { list }) => sum + list.length, 0) });
    for (const { list } of ordered) {
      const { code, severity } = list[0];
      rows.push({ kind: "code", sheet, code, severity, title: ISSUE_CODES[code].title, count: list.length });
      for (const issue of list) rows.push({ kind: "issue", issue });
    }
  }
  return rows;
}

/** Up to this many rows every row of a virtualised list is in the page (find in page, screen readers' lists); above it only those in view. */
export const RENDER_ALL_UP_TO = 200;
