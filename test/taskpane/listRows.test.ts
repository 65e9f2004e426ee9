import type { Issue } from "../../src/domain/issues/issue";
import { listRows } from "../../src/taskpane/listRows";

const issue = (sheet: string, code: string, row: number): Issue =>
  ({ sheet, code, row, column: "A", field: "x", severity: "warning", message: `${sheet} ${code} ${row}`, value: "" }) as unknown as Issue;

describe("the issue list's lines", () => {
  test("group by sheet, then code, in the order each first appears, issues kept in their order", () => {
    const issues = [issue("Incidents", "enum", 2), issue("Weapons", "range", 3), issue("Incidents", "type", 4), issue("Incidents", "enum", 5)];
    const lines = listRows(issues).map((line) => (line.kind === "sheet" ? `# ${line.sheet}` : line.kind === "code" ? `## ${line.code} (${line.count})` : `${line.issue.row}`));
    expect(lines).toEqual(["# Incidents", "## enum (2)", "2", "5", "## type (1)", "4", "# Weapons", "## range (1)", "3"]);
  });

  test("every issue appears once, however many (50,000)", () => {
    const issues = Array.from({ length: 50_000 }, (_, i) => issue(i % 3 ? "Weapons" : "Incidents", ["enum", "type", "range", "non-canonical"][i % 4], i + 2));
    const lines = listRows(issues);
    const listed = lines.flatMap((line) => (line.kind === "issue" ? [line.issue] : []));
    expect(listed).toHaveLength(50_000);
    expect(new Set(listed).size).toBe(50_000);
    expect(lines.filter((line) => line.kind === "sheet")).toHaveLength(2);
    expect(lines.filter((line) => line.kind === "code")).toHaveLength(8);
  });

  test("no issues, no lines", () => {
    expect(listRows([])).toEqual([]);
  });
});
