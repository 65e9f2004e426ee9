import { cellPosition, columnLetter, columnNumber } from "./columnLetter";

/**
 * Cells inserted or deleted, and the cells Excel moved to make room or close the gap: along
 * `kind` ("rows": cells move down or up; "columns": right or left), from 1-based `at`,
 * `count` of them (negative when deleted). Whole rows or columns move every cell past them;
 * cells inserted inside a sheet move only the cells of their own columns (or rows): `within`.
 */
export interface SheetMove {
  kind: "rows" | "columns";
  at: number;
  count: number;
  /** The columns (for "rows") or rows (for "columns") that moved; every one when absent. */
  within?: [number, number];
}

/** Where a one-cell address is after the move; null when the cell was deleted. */
export function moveCell(address: string, move: SheetMove): string | null {
  const { row, column } = cellPosition(address);
  const [along, across] = move.kind === "rows" ? [row, column] : [column, row];
  if (move.within && (across < move.within[0] || across > move.within[1])) return address;
  if (along < move.at) return address;
  if (move.count < 0 && along < move.at - move.count) return null;
  const moved = along + move.count;
  return move.kind === "rows" ? `${columnLetter(column)}${moved}` : `${columnLetter(moved)}${row}`;
}

/** The rows (or columns) an address spans: "5:7", "A5:XFD7" and "B5" give rows 5–7, 5–7 and 5; "C:D" and "C1:D9" give columns 3–4. */
function span(address: string, kind: "rows" | "columns"): [number, number] | null {
  const cells = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [first, last = first] = cells.split(":");
  const part = kind === "rows" ? /(\d+)$/ : /^([A-Za-z]+)/;
  const a = part.exec(first)?.[1];
  const b = part.exec(last)?.[1];
  if (!a || !b) return null;
  const number = (text: string) => (kind === "rows" ? Number(text) : columnNumber(text));
  return [Math.min(number(a), number(b)), Math.max(number(a), number(b))];
}

/**
 * The move a worksheet change event describes: `changeType` RowInserted, RowDeleted,
 * ColumnInserted or ColumnDeleted with the address of the rows or columns, or CellInserted /
 * CellDeleted with the cells' address and the direction Excel shifted the others ("Down",
 * "Right" when inserting; "Up", "Left" when deleting). Null for edits, and for a cell shift
 * whose direction the event does not give.
 */
export function sheetMoveOf(changeType: string, address: string, direction?: string): SheetMove | null {
  const deleted = changeType.endsWith("Deleted");
  let kind: "rows" | "columns" | null = null;
  let partial = false;
  if (/^Row(Inserted|Deleted)$/.test(changeType)) kind = "rows";
  else if (/^Column(Inserted|Deleted)$/.test(changeType)) kind = "columns";
  else if (/^Cell(Inserted|Deleted)$/.test(changeType)) {
    partial = true;
    const way = (direction ?? "").toLowerCase();
    kind = way === "down" || way === "up" ? "rows" : way === "right" || way === "left" ? "columns" : null;
  }
  if (!kind) return null;
  const range = span(address, kind);
  if (!range) return null;
  const count = range[1] - range[0] + 1;
  const move: SheetMove = { kind, at: range[0], count: deleted ? -count : count };
  if (partial) {
    const across = span(address, kind === "rows" ? "columns" : "rows");
    if (!across) return null;
    move.within = across;
  }
  return move;
}

/** Whether a change event moved cells (rows, columns, or cells shifted inside a sheet): positions read before it are stale. */
export function changeMovesCells(changeType: string): boolean {
  return /^(Row|Column|Cell)(Inserted|Deleted)$/.test(changeType);
}
