import { describeExcelError, describeOwnFault } from "../../src/excel/excelErrors";
import { FixInterrupted } from "../../src/excel/excelFixes";

/** Errors as the pane shows them: Excel's by their code, the add-in's own said to be its own, never Excel's. */
const excelError = (code: string, message = "x") => Object.assign(new Error(message), { code });

test.each([
  [excelError("ItemNotFound"), /^A sheet or range the add-in was reading is gone/],
  [excelError("SomethingNew", "The thing failed"), /^Excel could not complete the request: The thing failed$/],
  [new TypeError("Cannot read properties of undefined (reading 'layout')"), /^The add-in itself failed \(a fault in its code, not in Excel or the workbook\): Cannot read properties of undefined \(reading 'layout'\)\. Please report it/],
  ["a string thrown", /^The add-in itself failed .*: a string thrown\. /],
  [null, /^The add-in itself failed .*: null\. /],
])("%p is described as %p", (error, expected) => {
  expect(describeExcelError(error)).toMatch(expected);
});

test("an own fault never reads as Excel's, also as the cause of a fix stopped part-way", () => {
  expect(describeOwnFault(new RangeError("Invalid array length"))).not.toMatch(/^Excel/);
  const stopped = new FixInterrupted({ applied: [] } as never, new TypeError("boom"), 3);
  expect(describeExcelError(stopped)).toMatch(/^The fix stopped part-way: The add-in itself failed .*: boom\. .* 0 of 3 cells were changed/);
});
