import type { Issue } from "../../domain/issues/issue";

/** What tells one finding from another across re-checks and filters: its place, code, severity and message. */
export function findingKey(issue: Issue): string {
  return `${issue.sheet}\u0001${issue.column ?? ""}${issue.row}\u0001${issue.code}\u0001${issue.severity}\u0001${issue.message}`;
}
