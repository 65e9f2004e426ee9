import type { Issue } from "../../src/domain/issues/issue";
import type { IssueCode, Severity } from "../../src/domain/issues/issueCodes";
import { listRows } from "../../src/taskpane/listRows";
import { nextFinding } from "../../src/taskpane/findings/rovingFocus";
import { describeChange } from "../../src/taskpane/findings/recheckNote";
import { fieldChoices } from "../../src/taskpane/findings/fieldChoices";

const SEVERITY: Record<string, Severity> = { enum: "error", type: "error", range: "error", "non-canonical": "warning", inconsistent: "warning", "blank-row": "info" };
const issue = (sheet: string, code: IssueCode, row: number, severity: Severity = SEVERITY[code]): Issue =>
  ({ sheet, code, row, column: "A", field: "x", severity, message: `${sheet} ${code} ${row}`, value: "" }) as Issue;

const lines = (issues: Issue[]) => listRows(issues).map((line) => (line.kind === "sheet" ? `# ${line.sheet} (${line.count})` : line.kind === "code" ? `## ${line.severity} ${line.title} (${line.count})` : `${line.issue.row}`));

describe("the issue list's lines", () => {
  test("by sheet in the order each first appears, then errors first, warnings, infos; groups titled, issues kept in their order", () => {
    const issues = [issue("Incidents", "blank-row", 2), issue("Incidents", "non-canonical", 3), issue("Weapons", "range", 3), issue("Incidents", "enum", 4), issue("Incidents", "type", 5), issue("Incidents", "enum", 6)];
    expect(lines(issues)).toEqual([
      "# Incidents (5)",
      "## error Not an allowed value (2)",
      "4",
      "6",
      "## error Wrong type (1)",
      "5",
      "## warning Non-canonical name (1)",
      "3",
      "## info Blank row (1)",
      "2",
      "# Weapons (1)",
      "## error Out of range (1)",
      "3",
    ]);
  });

  test("a code found at two severities makes a group under each", () => {
    expect(lines([issue("S", "inconsistent", 2, "warning"), issue("S", "inconsistent", 3, "error")])).toEqual(["# S (2)", "## error Inconsistent row (1)", "3", "## warning Inconsistent row (1)", "2"]);
  });

  test("every issue appears once, however many (50,000)", () => {
    const codes: IssueCode[] = ["enum", "type", "range", "non-canonical"];
    const issues = Array.from({ length: 50_000 }, (_, i) => issue(i % 3 ? "Weapons" : "Incidents", codes[i % 4], i + 2));
    const rows = listRows(issues);
    const listed = rows.flatMap((line) => (line.kind === "issue" ? [line.issue] : []));
    expect(listed).toHaveLength(50_000);
    expect(new Set(listed).size).toBe(50_000);
    expect(rows.filter((line) => line.kind === "sheet")).toHaveLength(2);
    expect(rows.filter((line) => line.kind === "code")).toHaveLength(8);
  });

  test("no issues, no lines", () => {
    expect(listRows([])).toEqual([]);
  });
});

describe("moving through the list by keyboard", () => {
  const rows = listRows([issue("Incidents", "enum", 2), issue("Incidents", "non-canonical", 3), issue("Weapons", "range", 4)]);
  // 0 sheet, 1 group, 2 issue, 3 group, 4 issue, 5 sheet, 6 group, 7 issue
  test("arrows pass over headings, Home and End go to the first and last finding, other keys and the ends go nowhere", () => {
    expect(nextFinding(rows, 2, "ArrowDown")).toBe(4);
    expect(nextFinding(rows, 4, "ArrowDown")).toBe(7);
    expect(nextFinding(rows, 7, "ArrowUp")).toBe(4);
    expect(nextFinding(rows, 4, "Home")).toBe(2);
    expect(nextFinding(rows, 2, "End")).toBe(7);
    expect(nextFinding(rows, 7, "ArrowDown")).toBeNull();
    expect(nextFinding(rows, 2, "ArrowUp")).toBeNull();
    expect(nextFinding(rows, 2, "Home")).toBeNull();
    expect(nextFinding(rows, 2, "a")).toBeNull();
  });
});

describe("what a re-check changed, in words", () => {
  test("new and gone findings counted, repeats by their number", () => {
    const a = issue("S", "enum", 2);
    const b = issue("S", "type", 3);
    expect(describeChange([a, b], [b])).toBe("Updated: 1 finding gone");
    expect(describeChange([a], [a, b, issue("S", "range", 9)])).toBe("Updated: 2 new findings");
    expect(describeChange([a, a], [a, b])).toBe("Updated: 1 new finding, 1 finding gone");
    expect(describeChange([a, b], [{ ...b }, { ...a }])).toBe("Updated: no change");
  });
});

describe("the column menu's choices", () => {
  test("by sheet, under the sheet's own header or else the schema's label, with counts", () => {
    const at = (sheet: string, field: string) => ({ ...issue(sheet, "enum", 2), field }) as Issue;
    const groups = fieldChoices([at("Incidents", "event_date"), at("Weapons", "weapon"), at("Incidents", "country"), at("Incidents", "country")], new Map([["Incidents", new Map([["country", "Pays"]])]]));
    expect(groups.map((g) => [g.sheet, g.choices.map((c) => `${c.label} (${c.count})`)])).toEqual([
      ["Incidents", ["Event date (1)", "Pays (2)"]],
      ["Weapons", ["Weapon (1)"]],
    ]);
  });
});
