import { changeMovesCells, moveCell, sheetMoveOf } from "../../../src/domain/cells/sheetMove";

test.each([
  // [changeType, address, direction, move]
  ["RowInserted", "5:7", undefined, { kind: "rows", at: 5, count: 3 }],
  ["RowInserted", "A5:XFD7", undefined, { kind: "rows", at: 5, count: 3 }],
  ["RowDeleted", "12:12", undefined, { kind: "rows", at: 12, count: -1 }],
  ["ColumnInserted", "C:D", undefined, { kind: "columns", at: 3, count: 2 }],
  ["ColumnDeleted", "Sheet1!$B$1:$B$1048576", undefined, { kind: "columns", at: 2, count: -1 }],
  ["CellInserted", "C5:D6", "Down", { kind: "rows", at: 5, count: 2, within: [3, 4] }],
  ["CellDeleted", "C5", "Left", { kind: "columns", at: 3, count: -1, within: [5, 5] }],
  ["CellInserted", "C5", undefined, null],
  ["RangeEdited", "C5", undefined, null],
])("%s %s %s", (changeType, address, direction, move) => {
  expect(sheetMoveOf(changeType, address, direction)).toEqual(move);
});

test.each([
  ["D12", { kind: "rows", at: 5, count: 3 }, "D15"],
  ["D4", { kind: "rows", at: 5, count: 3 }, "D4"],
  ["D5", { kind: "rows", at: 5, count: 3 }, "D8"],
  ["D12", { kind: "rows", at: 12, count: -1 }, null],
  ["D13", { kind: "rows", at: 12, count: -1 }, "D12"],
  ["D11", { kind: "rows", at: 12, count: -1 }, "D11"],
  ["B2", { kind: "columns", at: 2, count: -1 }, null],
  ["Z2", { kind: "columns", at: 2, count: 2 }, "AB2"],
  ["E9", { kind: "rows", at: 5, count: 2, within: [3, 4] }, "E9"],
  ["D9", { kind: "rows", at: 5, count: 2, within: [3, 4] }, "D11"],
] as const)("%s after %j is %s", (address, move, expected) => {
  expect(moveCell(address, { ...move, within: "within" in move ? [...move.within] as [number, number] : undefined })).toBe(expected);
});

test("only inserted and deleted cells, rows and columns move cells", () => {
  expect(["RowInserted", "ColumnDeleted", "CellInserted"].map(changeMovesCells)).toEqual([true, true, true]);
  expect(["RangeEdited", "RowHidden", "Unknown"].map(changeMovesCells)).toEqual([false, false, false]);
});
