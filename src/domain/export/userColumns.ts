import { CellValue, isBlank, isExcelError } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { TableLayout } from "../headers/locateTable";
import type { OutlyingCell } from "../sheetStream";
import { csvCell, neutralise } from "./csvWriter";
import { isoOfDateFormatted } from "./exportedDate";

/**
 * The user's own columns of a sheet: columns whose header names no field of the schema, and
 * second columns of a field (the check reads the first). An export keeps them after the
 * schema's columns, under their own headers, so that nothing the user wrote under a header
 * vanishes from the file.
 */
export interface UserColumn {
  /** The header in the CSV: the user's header, neutralised like any cell, made unique (see `uniqueHeaders`). */
  name: string;
  /** The header as the sheet writes it. */
  title: string;
  /** The sheet column's letter. */
  column: string;
  /** Where its cells are in each row's cells; absent for a far column, read from the far cells. */
  index?: number;
  /** The 1-based sheet column of a far column (its header among the far cells the reader kept apart). */
  farColumn?: number;
  /** A second column of this field. */
  duplicateOf?: string;
}

/**
 * The user's columns in sheet order: unknown and duplicate columns of the header row, then
 * the far columns (a header among the far cells, on the header row). `headerCells` is the
 * header row as read (a duplicate's header text; without it, the field's name stands in);
 * `taken` the headers already in the CSV, which the user's headers must not repeat.
 */
export function userColumnsOf(
  layout: Pick<TableLayout, "unknown" | "duplicates">,
  place: { startColumn: number; headerRow: number; headerCells?: readonly CellValue[]; outlyingCells?: readonly OutlyingCell[] },
  taken: readonly string[],
): UserColumn[] {
  const own: Omit<UserColumn, "name">[] = [
    ...layout.unknown.map(({ index, header }) => ({ title: header, column: columnLetter(place.startColumn + index), index })),
    ...layout.duplicates.map(({ index, spec }) => ({ title: headerText(place.headerCells?.[index]) ?? spec.field, column: columnLetter(place.startColumn + index), index, duplicateOf: spec.field })),
  ].sort((a, b) => a.index - b.index);
  const far = (place.outlyingCells ?? [])
    .filter((cell) => cell.row === place.headerRow && !isBlank(cell.value))
    .sort((a, b) => a.column - b.column)
    .map((cell) => ({ title: headerText(cell.value)!, column: columnLetter(cell.column), farColumn: cell.column }));
  const columns = [...own, ...far];
  const names = uniqueHeaders(taken, columns.map((column) => neutralise(column.title)));
  return columns.map((column, i) => ({ name: names[i], ...column }));
}

/**
 * Headers made unique against `taken` and each other, case-insensitively (a database or a
 * spreadsheet's lookup may not tell `Region` from `region`): a header already used gets
 * `_2`, or the first of `_3`, `_4`, … that is free; the first use keeps its text.
 */
export function uniqueHeaders(taken: readonly string[], wanted: readonly string[]): string[] {
  const used = new Set(taken.map((name) => name.toLowerCase()));
  return wanted.map((header) => {
    let name = header;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${header}_${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * A cell of a user's column as exported: as the sheet has it (text untrimmed, numbers
 * plainly written), a number formatted as a date as its ISO date (with its time where the
 * format shows one), never an Excel error.
 */
export function userCellText(value: CellValue, format: string | null | undefined, date1904: boolean): string {
  if (value === null || value === undefined || isExcelError(value)) return "";
  if (typeof value === "number") {
    const iso = isoOfDateFormatted(value, format, date1904);
    if (iso !== undefined) return iso;
  }
  return csvCell(value);
}

/** A header cell's text, trimmed, or undefined when blank. */
function headerText(cell: CellValue | undefined): string | undefined {
  if (isBlank(cell)) return undefined;
  return String(cell).trim();
}
