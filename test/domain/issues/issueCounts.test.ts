import { makeIssue } from "../../../src/domain/issues/issue";
import { countIssues } from "../../../src/domain/issues/issueCounts";
import { IssueCode } from "../../../src/domain/issues/issueCodes";

const at = (sheet: string, code: IssueCode) => makeIssue({ sheet, row: 2, column: "A", field: null }, code, "a message");

describe("countIssues", () => {
  test("by severity and code, and by sheet: the checked sheets (with no findings too), then the others; the workbook as \"\"", () => {
    const issues = [at("Incidents", "enum"), at("Incidents", "enum"), at("Incidents", "non-canonical"), at("Curation dictionary", "unknown-name"), at("", "missing-sheet"), at("Incidents", "blank-row")];
    expect(countIssues(issues, [{ name: "Incidents", rows: 40 }, { name: "Weapons", rows: 7 }])).toEqual({
      bySeverityAndCode: { error: { enum: 2, "missing-sheet": 1 }, warning: { "non-canonical": 1, "unknown-name": 1 }, info: { "blank-row": 1 } },
      bySheet: {
        Incidents: { rows: 40, errors: 2, warnings: 1, infos: 1 },
        Weapons: { rows: 7, errors: 0, warnings: 0, infos: 0 },
        "Curation dictionary": { rows: null, errors: 0, warnings: 1, infos: 0 },
        "": { rows: null, errors: 1, warnings: 0, infos: 0 },
      },
    });
  });

  test("no findings, no sheets: every severity present and empty", () => {
    expect(countIssues([], [])).toEqual({ bySeverityAndCode: { error: {}, warning: {}, info: {} }, bySheet: {} });
  });
});
