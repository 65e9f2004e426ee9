import { makeIssue } from "../../../src/domain/issues/issue";
import { keepSeverities, parseSeverities } from "../../../src/domain/report/severityFilter";

describe("parseSeverities", () => {
  test.each([
    ["warning", ["warning"], "exactly that severity, not warning and worse"],
    ["error,warning", ["error", "warning"], "a comma list"],
    ["info, Error", ["error", "info"], "spaces and capitals are forgiven; severity order"],
    ["warning,warning", ["warning"], "once each"],
  ])("%p → %p (%s)", (text, severities) => {
    expect(parseSeverities(text)).toEqual({ severities });
  });

  test.each([["warn"], ["errors"], [""], ["error,"], ["all"]])("%p is refused in one sentence naming the values", (text) => {
    const result = parseSeverities(text);
    expect("error" in result && result.error).toMatch(/^--severity must be error, warning or info, or a comma list of them such as error,warning; not "/);
  });
});

test("keepSeverities keeps the findings of those severities, in their order", () => {
  const issues = (["enum", "non-canonical", "blank-row", "range"] as const).map((code, row) => makeIssue({ sheet: "Incidents", row, column: "A", field: null }, code, code));
  expect(keepSeverities(issues, ["error", "info"]).map((issue) => issue.code)).toEqual(["enum", "blank-row", "range"]);
});
