import { Summary } from "../../../src/domain/checks/checkWorkbook";
import { Issue, makeIssue } from "../../../src/domain/issues/issue";
import { countIssues } from "../../../src/domain/issues/issueCounts";
import { formatTextReport } from "../../../src/domain/report/textReport";

/** A sheet named for a CSV file whose name holds an escape, and cells that try to forge lines. */
const SHEET = "export\u001b]0;pwned\u0007";
const FORGED = "Battles\nIncidents!B99  forged finding\t\u001b[2J\u009b31m\u202e";

function summaryOf(issues: Issue[]): Summary {
  return {
    errors: issues.length,
    warnings: 0,
    infos: 0,
    byCode: {},
    rows: { incidents: 3, weapons: 0 },
    sheets: { incidents: SHEET, weapons: null },
    ...countIssues(issues, [{ name: SHEET, rows: 3 }]),
  };
}

const issues = Array.from({ length: 12 }, (_, i) =>
  makeIssue({ sheet: SHEET, row: i + 2, column: "D", field: "event_type\u001b[1m" }, "enum", `"${FORGED}" is not an allowed event type.`, FORGED, `Battles\r${i}`),
);

describe("formatTextReport escapes what comes from the file", () => {
  const lines = formatTextReport(issues, summaryOf(issues), { width: 100 });
  const text = lines.join("\n");

  test("no line holds a control character, a bidi override or a line separator", () => {
    for (const line of lines) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/);
  });

  test("the values are shown, escaped visibly: in the sheet table, the locations, the messages, the suggestions, the frequent values and fields", () => {
    expect(text).toContain("export\\x1b]0;pwned\\x07");
    expect(text).toContain("'export\\x1b]0;pwned\\x07'!D2");
    expect(text).toContain('"Battles\\nIncidents!B99  forged finding\\t\\x1b[2J\\x9b31m\\u202e" (12)');
    expect(text).toContain("→ Battles\\r0");
    expect(text).toMatch(/Battles\\nIncidents!B99 +forged/);
  });

  test("a cell forges no finding: the only lines that name a cell are the findings' own", () => {
    expect(lines.filter((line) => /^ {2}\S*!B99/.test(line))).toEqual([]);
    expect(lines.filter((line) => /^ {2}'export/.test(line))).toHaveLength(10);
  });
});
