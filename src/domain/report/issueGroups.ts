import { Issue } from "../issues/issue";
import { ISSUE_CODES, IssueCode, Severity, SEVERITY_ORDER } from "../issues/issueCodes";

/** The findings of one code and severity, in the order of the check (sheet, row, column). */
export interface IssueGroup {
  code: IssueCode;
  severity: Severity;
  title: string;
  issues: Issue[];
}

const CODE_ORDER = new Map(Object.keys(ISSUE_CODES).map((code, index) => [code, index]));

/**
 * The findings grouped by code, in report order: errors, then warnings, then infos; within a
 * severity the largest group first, equal groups in the order of ISSUE_CODES. A code found at
 * two severities makes a group under each: the severity is the finding's, not the code's.
 */
export function groupByCode(issues: readonly Issue[]): IssueGroup[] {
  const groups = new Map<string, IssueGroup>();
  for (const issue of issues) {
    const key = `${issue.severity} ${issue.code}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { code: issue.code, severity: issue.severity, title: ISSUE_CODES[issue.code].title, issues: [] }));
    group.issues.push(issue);
  }
  return [...groups.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || b.issues.length - a.issues.length || CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)!,
  );
}
