/**
 * The workbook a fake Excel host holds: cells, number formats, fills, notes, comments,
 * formulas, visibility and protection, in plain data that tests read and change directly.
 */
import { HostError } from "./hostError";
import { cellsAddress, parseAddress, Rect } from "./addresses";

export type CellData = string | number | boolean;

/** A cell's fill as Excel reports it: "#FFFFFF" when the cell has none. */
export const NO_FILL = "#FFFFFF";

let nextSheetId = 1;

export class SheetModel {
  readonly id = `{00000000-0001-0000-${String(nextSheetId++).padStart(4, "0")}-000000000000}`;
  values: CellData[][];
  numberFormats: string[][];
  /** Fill colours by "row,column" (0-based); absent means no fill. */
  fills = new Map<string, string>();
  /** Notes by A1 address. */
  notes = new Map<string, string>();
  /** Formulas by "row,column"; the cell's value is the formula's last result. */
  formulas = new Map<string, string>();
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tables: string[] = [];
  /** Rows hidden by hand or by a filter (0-based). */
  hiddenRows = new Set<number>();
  constructor(public name: string, values: CellData[][], numberFormats: string[][] = []) {
    this.values = values.map((row) => [...row]);
    this.numberFormats = numberFormats.map((row) => [...row]);
  }

  write(row: number, column: number, value: CellData): void {
    // Writing a value over a formula replaces it, as in Excel.
    this.formulas.delete(`${row},${column}`);
    while (this.values.length <= row) this.values.push([]);
    const cells = this.values[row];
    while (cells.length < column) cells.push("");
    cells[column] = value;
  }

  setFormat(row: number, column: number, format: string): void {
    while (this.numberFormats.length <= row) this.numberFormats.push([]);
    const cells = this.numberFormats[row];
    while (cells.length < column) cells.push("General");
    cells[column] = format;
  }

  fill(row: number, column: number): string {
    return this.fills.get(`${row},${column}`) ?? NO_FILL;
  }

  setFill(row: number, column: number, color: string | null): void {
    if (color === null) this.fills.delete(`${row},${column}`);
    else this.fills.set(`${row},${column}`, normaliseColor(color));
  }

  cell(row: number, column: number): CellData {
    return this.values[row]?.[column] ?? "";
  }

  format(row: number, column: number): string {
    return this.numberFormats[row]?.[column] ?? "General";
  }

  /** The smallest rectangle holding every non-empty cell, or null for an empty sheet. */
  usedArea(): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    this.values.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === "" || cell === null || cell === undefined) return;
        top = Math.min(top, r);
        bottom = Math.max(bottom, r);
        left = Math.min(left, c);
        right = Math.max(right, c);
      }),
    );
    if (bottom < 0) return null;
    return { rowIndex: top, columnIndex: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
  }

  /** Rows inserted above 0-based `row`: cells, formats, fills, formulas and notes move down, as in Excel. */
  insertRows(row: number, count: number): void {
    if (row < this.values.length) this.values.splice(row, 0, ...Array.from({ length: count }, () => [] as CellData[]));
    if (row < this.numberFormats.length) this.numberFormats.splice(row, 0, ...Array.from({ length: count }, () => [] as string[]));
    this.moveKeys((r, c) => (r >= row ? [r + count, c] : [r, c]));
  }

  /** Rows deleted from 0-based `row`: cells below move up; what the deleted rows held is gone. */
  deleteRows(row: number, count: number): void {
    this.values.splice(row, count);
    this.numberFormats.splice(row, count);
    this.moveKeys((r, c) => (r < row ? [r, c] : r < row + count ? null : [r - count, c]));
  }

  private moveKeys(move: (row: number, column: number) => [number, number] | null): void {
    this.fills = shiftKeys(this.fills, move);
    this.formulas = shiftKeys(this.formulas, move);
    const notes = new Map<string, string>();
    for (const [address, note] of this.notes) {
      const { rowIndex, columnIndex } = parseAddress(address);
      const to = move(rowIndex, columnIndex);
      if (to) notes.set(cellsAddress({ rowIndex: to[0], columnIndex: to[1], rowCount: 1, columnCount: 1 }), note);
    }
    this.notes = notes;
  }
}

function shiftKeys<T>(map: Map<string, T>, move: (row: number, column: number) => [number, number] | null): Map<string, T> {
  const moved = new Map<string, T>();
  for (const [key, value] of map) {
    const [r, c] = key.split(",").map(Number);
    const to = move(r, c);
    if (to) moved.set(`${to[0]},${to[1]}`, value);
  }
  return moved;
}

/** Excel reports colours as upper-case #RRGGBB; it accepts names for a few. */
function normaliseColor(color: string): string {
  const named: Record<string, string> = { red: "#FF0000", yellow: "#FFFF00", white: "#FFFFFF", black: "#000000" };
  const value = named[color.toLowerCase()] ?? color;
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new HostError("InvalidArgument", `The color '${color}' is not valid.`);
  return value.toUpperCase();
}
