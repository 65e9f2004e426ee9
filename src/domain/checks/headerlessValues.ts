import { CellValue, displayValue, isBlank } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { TableLayout } from "../headers/locateTable";
import { Issue, makeIssue } from "../issues/issue";
import { SheetGrid } from "../sheetGrid";
import type { OutlyingCell } from "../sheetStream";
import { formatCount } from "../text/formatCount";

/** Where a column without a header lies. */
export type HeaderlessPlace = "gap" | "right" | "far";

/** The values of one column that has no header, below the header row. */
export interface HeaderlessColumn {
  /** 1-based sheet column. */
  column: number;
  /** How many cells of the column hold a value. */
  count: number;
  /** The first of them. */
  first: { row: number; value: CellValue };
  /** In a gap between headers, to the right of the last header, or among the far cells the reader kept apart. */
  place: HeaderlessPlace;
}

/**
 * Collects the values that stand in columns without a header: no field takes them and an
 * export has no header to put them under, so without a finding they would vanish unseen.
 * Fed row by row (`add`, for a check that streams its rows) or from a whole grid
 * (`checkHeaderlessValues`); `finish` pushes one finding per column, not one per cell (a
 * pasted block beside the table would otherwise bury every other finding).
 */
export class HeaderlessValues {
  /** Per row index up to the last header: whether the header row names that column. */
  private readonly headed: boolean[] = [];
  private readonly lastHeader: number;
  private readonly found = new Map<number, HeaderlessColumn>();
  /** Sheet columns headed by a far cell of the header row. */
  private readonly farHeaders = new Set<number>();

  /**
   * `headerRow` is the sheet row of the layout's header row (rows up to it are not data);
   * `startColumn` the sheet column of each row's first cell.
   */
  constructor(
    readonly sheet: string,
    layout: Pick<TableLayout, "columns" | "unknown" | "duplicates">,
    readonly headerRow: number,
    readonly startColumn = 1,
  ) {
    let last = -1;
    for (const { index } of [...layout.columns, ...layout.unknown, ...layout.duplicates]) {
      this.headed[index] = true;
      if (index > last) last = index;
    }
    this.lastHeader = last;
  }

  /** One row's values (`rowValues[0]` in column `startColumn`), at sheet row `sheetRow`; rows up to the header row are skipped. */
  add(rowValues: readonly CellValue[], sheetRow: number): void {
    if (sheetRow <= this.headerRow) return;
    for (let i = 0; i < rowValues.length; i++) {
      if (i <= this.lastHeader && this.headed[i]) continue;
      const value = rowValues[i];
      if (isBlank(value)) continue;
      this.record(this.startColumn + i, sheetRow, value, i > this.lastHeader ? "right" : "gap");
    }
  }

  /**
   * The far cells the reader kept apart (`SheetGrid.outlyingCells`). A far cell on the header
   * row is a header: its column is the user's own and an export keeps it, so the values of
   * that column are no finding, whether the reader kept them far or in the rows (it decides
   * row by row, by each row's own previous cell). A far cell under a header of the header
   * row is no finding either.
   */
  addOutlying(cells: readonly OutlyingCell[]): void {
    for (const cell of cells) if (cell.row === this.headerRow && !isBlank(cell.value)) this.farHeaders.add(cell.column);
    for (const cell of cells) {
      if (cell.row <= this.headerRow || isBlank(cell.value)) continue;
      const index = cell.column - this.startColumn;
      if (this.farHeaders.has(cell.column) || (index <= this.lastHeader && this.headed[index])) continue;
      this.record(cell.column, cell.row, cell.value, "far");
    }
  }

  /** The columns found so far, left to right. */
  columns(): HeaderlessColumn[] {
    return [...this.found.values()].filter((column) => !this.farHeaders.has(column.column)).sort((a, b) => a.column - b.column);
  }

  /** Pushes one finding per column found and returns the columns. */
  finish(issues: Issue[]): HeaderlessColumn[] {
    const columns = this.columns();
    for (const column of columns) {
      issues.push(makeIssue({ sheet: this.sheet, row: column.first.row, column: columnLetter(column.column), field: null }, "headerless-value", headerlessMessage(column, this.lastHeader < 0 ? undefined : columnLetter(this.startColumn + this.lastHeader)), column.first.value));
    }
    return columns;
  }

  private record(column: number, row: number, value: CellValue, place: HeaderlessPlace): void {
    const known = this.found.get(column);
    if (known) {
      known.count++;
      // Far cells come after the rows: keep the first in sheet order.
      if (row < known.first.row) known.first = { row, value };
      return;
    }
    this.found.set(column, { column, count: 1, first: { row, value }, place });
  }
}

/** The finding's sentence: where the column is, how many values, the first one, and what becomes of them. */
export function headerlessMessage(column: HeaderlessColumn, lastHeader?: string): string {
  const letter = columnLetter(column.column);
  const where =
    column.place === "gap" ? "a gap between the headers" : column.place === "far" ? "far to the right of the rest of the sheet" : lastHeader ? `to the right of the last header (column ${lastHeader})` : "where the sheet has no header";
  const first = `${letter}${column.first.row}: "${displayValue(column.first.value)}"`;
  const values =
    column.count === 1
      ? `1 cell holds a value (${first}); it belongs to no field and is left out of exports. Give the column a header to keep it.`
      : `${formatCount(column.count)} cells hold values (the first ${first}); they belong to no field and are left out of exports. Give the column a header to keep them.`;
  return `Column ${letter} has no header (${where}), but ${values}`;
}

/** The headerless values of one sheet as read whole: one finding per column pushed to `issues`. */
export function checkHeaderlessValues(grid: SheetGrid, layout: TableLayout, issues: Issue[]): HeaderlessColumn[] {
  const startRow = grid.startRow ?? 1;
  const collector = new HeaderlessValues(grid.name, layout, startRow + layout.headerIndex, grid.startColumn ?? 1);
  for (let index = layout.headerIndex + 1; index < grid.values.length; index++) collector.add(grid.values[index] ?? [], startRow + index);
  if (grid.outlyingCells) collector.addOutlying(grid.outlyingCells);
  return collector.finish(issues);
}
