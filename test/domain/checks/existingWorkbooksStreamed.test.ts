import type { CheckOptions, WorkbookCheck } from "../../../src/domain/checks/checkWorkbook";
import type { WorkbookGrid } from "../../../src/domain/sheetGrid";

/**
 * Every workbook the existing check tests check, checked again streamed: the tests of the
 * files below run here as they are, with `checkWorkbook` wrapped to keep a copy of each
 * workbook it is given; the last test streams each copy through `checkWorkbookRows` and
 * expects what `checkWorkbook` gave.
 */
const mockCalls: { grid: WorkbookGrid; options: CheckOptions | undefined; result: WorkbookCheck }[] = [];
jest.mock("../../../src/domain/checks/checkWorkbook", () => {
  const actual = jest.requireActual("../../../src/domain/checks/checkWorkbook");
  return {
    ...actual,
    checkWorkbook: (grid: WorkbookGrid, options?: CheckOptions) => {
      const copy = structuredClone(grid); // a test may change its grid after checking it
      const result = actual.checkWorkbook(grid, options) as WorkbookCheck;
      mockCalls.push({ grid: copy, options, result: structuredClone({ issues: result.issues, summary: result.summary }) as WorkbookCheck });
      return result;
    },
  };
});

const FILES = [
  "./duplicateRows.test",
  "./issueCodes.test",
  "./legacyTaxonomy.test",
  "./misplacedTaxonomyValue.test",
  "./monadicInteraction.test",
  "./monadicLayout.test",
  "./readingHelp.test",
  "./sameActorOneType.test",
  "./coordinatesInCountry.test",
  "./names/incidentNames.test",
  "../names/workbookDictionary.test",
  "../headers/likelyColumns.test",
];
for (const file of FILES) {
  describe(file, () => {
    require(file);
  });
}

test("each of their workbooks, streamed in batches of 1 and 5 rows, gives the same issues and summary", async () => {
  const { checkWorkbookRows } = jest.requireActual("../../../src/domain/checks/checkWorkbookRows") as typeof import("../../../src/domain/checks/checkWorkbookRows");
  const { workbookRowSource } = await import("../../support/gridRowSource");
  expect(mockCalls.length).toBeGreaterThan(100);
  for (const { grid, options, result } of mockCalls) {
    if (grid.sheets.some((sheet) => (sheet.startRow ?? 1) !== 1)) continue; // a row source starts at row 1
    for (const batchSize of [1, 5]) {
      expect(await checkWorkbookRows(workbookRowSource(grid, batchSize), options ?? {})).toEqual({ issues: result.issues, summary: result.summary });
    }
  }
}, 300_000);
