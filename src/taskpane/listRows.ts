import type { Issue } from "../domain/issues/issue";

/** One line of the list: a sheet's heading, a code's heading with its count, or an issue. */
export type ListRow = { kind: "sheet"; sheet: string } | { kind: "code"; sheet: string; code: string; count: number } | { kind: "issue"; issue: Issue };

/**
 * The shown issues as the list's lines, grouped by sheet and then code in the order each
 * first appears, issues in their order within a group. Linear in the number of issues.
 */
export function listRows(issues: readonly Issue[]): ListRow[] {
  const bySheet = new Map<string, Map<string, Issue[]>>();
  for (const issue of issues) {
    let byCode = bySheet.get(issue.sheet);
    if (!byCode) bySheet.set(issue.sheet, (byCode = new Map()));
    let list = byCode.get(issue.code);
    if (!list) byCode.set(issue.code, (list = []));
    list.push(issue);
  }
  const rows: ListRow[] = [];
  for (const [sheet, byCode] of bySheet) {
    rows.push({ kind: "sheet", sheet });
    for (const [code, list] of byCode) {
      rows.push({ kind: "code", sheet, code, count: list.length });
      for (const issue of list) rows.push({ kind: "issue", issue });
    }
  }
  return rows;
}
