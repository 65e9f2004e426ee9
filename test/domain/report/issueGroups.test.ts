import { makeIssue } from "../../../src/domain/issues/issue";
import { IssueCode } from "../../../src/domain/issues/issueCodes";
import { groupByCode } from "../../../src/domain/report/issueGroups";

const issues = (codes: IssueCode[]) => codes.map((code, index) => makeIssue({ sheet: "Incidents", row: index + 2, column: "A", field: null }, code, `${code} on row ${index + 2}`));

test("errors, then warnings, then infos; within a severity the largest group first, equal groups in the order of the code table", () => {
  const groups = groupByCode(issues(["blank-row", "non-canonical", "range", "enum", "range", "unknown-name", "required", "enum", "enum"]));
  expect(groups.map((group) => `${group.severity} ${group.code} ${group.issues.length}`)).toEqual([
    "error enum 3",
    "error range 2",
    "error required 1",
    "warning non-canonical 1",
    "warning unknown-name 1",
    "info blank-row 1",
  ]);
  expect(groups[0]).toMatchObject({ title: "Not an allowed value" });
  expect(groups[0].issues.map((issue) => issue.row)).toEqual([5, 9, 10]);
});

test("a code found at two severities: a group under each, by the finding's severity", () => {
  const [first, second] = issues(["duplicate-row", "duplicate-row"]);
  const groups = groupByCode([first, { ...second, severity: "info" }]);
  expect(groups.map((group) => `${group.severity} ${group.code} ${group.issues.length}`)).toEqual(["warning duplicate-row 1", "info duplicate-row 1"]);
});
