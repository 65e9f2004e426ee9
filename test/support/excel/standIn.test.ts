/** @jest-environment ./test/support/excel/host/officeJsEnvironment.ts */
import { ExcelStandIn, parseAddress } from "./standIn";

/** The fake host behind the real office.js library must fail where Excel fails, or the adapter tests prove nothing. */
const standIn = () => new ExcelStandIn([{ name: "Incidents", values: [["a", "b"], ["c", 1]] }]);

test("reading a property before load and sync throws PropertyNotLoaded", async () => {
  const excel = standIn();
  await excel.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Incidents").getRange("A1:B2");
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    range.load("values");
    expect(() => range.values).toThrow(/call the load method .* "context\.sync\(\)"/);
    await context.sync();
    expect(range.values).toEqual([["a", "b"], ["c", 1]]);
    expect(() => range.numberFormat).toThrow(/numberFormat/);
  });
});

test("a missing sheet fails at sync with ItemNotFound, not before", async () => {
  const excel = standIn();
  await excel.Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem("Weapons").getRange("A1");
    range.load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

test.each(["A0", "1A", "XFE1", "A1048577", "A1:", "Sheet1!!A1", ""])("the address %p is refused with InvalidArgument", (address) => {
  expect(() => parseAddress(address)).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
});

test.each([
  ["A1", { rowIndex: 0, columnIndex: 0, rowCount: 1, columnCount: 1 }],
  ["$C$5", { rowIndex: 4, columnIndex: 2, rowCount: 1, columnCount: 1 }],
  ["B3:A1", { rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 2 }],
  ["'My sheet'!XFD1048576", { rowIndex: 1048575, columnIndex: 16383, rowCount: 1, columnCount: 1 }],
])("the address %p", (address, area) => {
  expect(parseAddress(address)).toEqual(area);
});

test("getRangeByIndexes past the sheet's edge fails at sync", async () => {
  const excel = standIn();
  await excel.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Incidents").getRangeByIndexes(1048570, 0, 10, 1).load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

test("a read whose answer passes 5 MB fails as on Excel on the web, and payloads are counted", async () => {
  const big = new ExcelStandIn([{ name: "S", values: Array.from({ length: 3000 }, () => ["x".repeat(2000)]) }]);
  await big.Excel.run(async (context) => {
    context.workbook.worksheets.getItem("S").getRange("A1:A3000").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
  expect(big.counts.maxPayloadBytes).toBeGreaterThan(5 * 1024 * 1024);
});

test("counts syncs and calls", async () => {
  const excel = standIn();
  await excel.Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Incidents"]);
  });
  expect(excel.counts).toMatchObject({ syncs: 1, calls: 1 });
});

test("the used range is the smallest rectangle of non-empty cells", async () => {
  const excel = new ExcelStandIn([{ name: "S", values: [[], ["", "", ""], ["", "x", ""], ["", "", "y"]] }, { name: "Empty", values: [] }]);
  await excel.Excel.run(async (context) => {
    const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
    used.load("address,rowIndex,columnIndex,rowCount,columnCount");
    const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
    empty.load("address");
    await context.sync();
    expect([used.address, used.rowCount, used.columnCount]).toEqual(["S!B3:C4", 2, 2]);
    expect(empty.isNullObject).toBe(true);
  });
});
