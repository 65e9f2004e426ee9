import { Summary } from "../../../src/domain/checks/checkWorkbook";
import { Issue, makeIssue } from "../../../src/domain/issues/issue";
import { countIssues } from "../../../src/domain/issues/issueCounts";
import { IssueCode } from "../../../src/domain/issues/issueCodes";
import { formatTextReport } from "../../../src/domain/report/textReport";

function issue(sheet: string, row: number, column: string | null, field: string | null, code: IssueCode, message: string, value = "", suggestion?: string): Issue {
  return makeIssue({ sheet, row, column, field }, code, message, value, suggestion);
}

function summaryOf(issues: Issue[], rows = { incidents: 30, weapons: 5 }): Summary {
  const summary: Summary = {
    errors: issues.filter((i) => i.severity === "error").length,
    warnings: issues.filter((i) => i.severity === "warning").length,
    infos: issues.filter((i) => i.severity === "info").length,
    byCode: {},
    rows,
    sheets: { incidents: "Incidents", weapons: "Weapons 2024" },
    ...countIssues(issues, [
      { name: "Incidents", rows: rows.incidents },
      { name: "Weapons 2024", rows: rows.weapons },
    ]),
  };
  return summary;
}

const dates = Array.from({ length: 12 }, (_, i) => issue("Incidents", i + 2, "B", "event_date", "range", `Event date 2031-01-0${(i % 9) + 1} is in the future.`, "2031-01-01"));
const names = [
  issue("Incidents", 3, "F", "actor1", "non-canonical", '"ISIS militants" → Islamic State Sahel Province: ISIS in Burkina Faso → Islamic State Sahel Province (descriptor words around the name set aside).', "ISIS militants", "Islamic State Sahel Province"),
  issue("Weapons 2024", 4, "B", "weapon", "unknown-name", 'Unknown weapon: "BM-21" is not in the dictionary.', "BM-21"),
];
const ISSUES = [...dates, ...names, issue("", 0, null, null, "missing-sheet", "No incident sheet found.")];

describe("formatTextReport", () => {
  const lines = formatTextReport(ISSUES, summaryOf(ISSUES));

  test("the summary: totals, by sheet (checked sheets first, the workbook as such), by code under its severity", () => {
    expect(lines.slice(0, 17)).toEqual([
      "30 incident rows and 5 weapon rows checked: 13 errors, 2 warnings, 0 info.",
      "",
      "  Sheet         Rows  Errors  Warnings  Info",
      "  Incidents       30      12         1     0",
      "  Weapons 2024     5       0         1     0",
      "  (workbook)       -       1         0     0",
      "",
      "Findings by code:",
      "  13 errors",
      "    12  Out of range (range)",
      "     1  Missing sheet (missing-sheet)",
      "  2 warnings",
      "     1  Non-canonical name (non-canonical)",
      "     1  Unknown name (unknown-name)",
      "",
      "Out of range (range): 12 errors",
      '  Most frequent values: "2031-01-01" (12)',
    ]);
  });

  test("a group: its first ten findings, then … and N more; cells quoted as in Excel's name box; long messages wrapped under themselves", () => {
    const start = lines.indexOf("Out of range (range): 12 errors");
    // The cells' column is as wide as the widest cell listed ('Weapons 2024'!B4).
    expect(lines.slice(start + 2, start + 4)).toEqual(["  Incidents!B2       Event date 2031-01-01 is in the future.", "  Incidents!B3       Event date 2031-01-02 is in the future."]);
    expect(lines[start + 11]).toBe("  Incidents!B11      Event date 2031-01-01 is in the future.");
    expect(lines[start + 12]).toBe("  … and 2 more (--all lists every one)");
    expect(lines).toContain("  'Weapons 2024'!B4  Unknown weapon: \"BM-21\" is not in the dictionary.");
    expect(lines).toContain("  workbook           No incident sheet found.");
    const wrapped = lines.slice(lines.indexOf("Non-canonical name (non-canonical): 1 warning") + 1, lines.indexOf("Non-canonical name (non-canonical): 1 warning") + 4);
    // The suggestion is never split from its arrow: where it does not fit, it gets its own line.
    expect(wrapped).toEqual([
      '  Incidents!F3       "ISIS militants" → Islamic State Sahel Province: ISIS in Burkina Faso → Islamic',
      "                     State Sahel Province (descriptor words around the name set aside).",
      "                     → Islamic State Sahel Province",
    ]);
    expect(lines.every((line) => line.length <= 100)).toBe(true);
    expect(lines.at(-1)).toBe(lines[0]);
  });

  test("all: every finding, no … and N more", () => {
    const all = formatTextReport(ISSUES, summaryOf(ISSUES), { all: true });
    expect(all.filter((line) => line.startsWith("  Incidents!B"))).toHaveLength(12);
    expect(all.some((line) => line.includes("… and"))).toBe(false);
    expect(all.some((line) => line.includes("Most frequent"))).toBe(false);
  });

  test("severities: only those findings, in the tables too; the totals line stays the whole check's; what was left out is said", () => {
    const warnings = formatTextReport(ISSUES, summaryOf(ISSUES), { severities: ["warning"] });
    expect(warnings.slice(0, 3)).toEqual([
      "30 incident rows and 5 weapon rows checked: 13 errors, 2 warnings, 0 info.",
      "Filter on (--severity warning): warnings only, 2 of 15 findings; left out: 13 errors. The exit",
      "status is 1 all the same: the check found errors.",
    ]);
    expect(warnings).toContain("  Incidents       30       0         1     0");
    expect(warnings.some((line) => line.startsWith("Out of range"))).toBe(false);
    expect(warnings).toContain("Unknown name (unknown-name): 1 warning");
  });

  test("a width: messages wrap to it; a word longer than the line is kept whole", () => {
    const narrow = formatTextReport(names, summaryOf(names), { width: 60 });
    const findings = narrow.filter((line) => /^ {2}(Incidents|'Weapons 2024')!| {6}/.test(line));
    expect(findings.length).toBeGreaterThan(2);
    for (const line of findings) if (line.length > 60) expect(line.trim()).not.toContain(" ");
  });

  test("a cell too wide for the column: the message starts on the line below", () => {
    const far = [issue("A sheet with a very long name indeed", 12345, "AB", "notes", "blank-row", "Row 12345 is empty.")];
    const report = formatTextReport(far, summaryOf(far));
    const at = report.indexOf("  'A sheet with a very long name indeed'!AB12345");
    expect(report[at + 1].trim()).toBe("Row 12345 is empty.");
  });
});
