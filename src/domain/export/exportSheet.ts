import { CellValue, isExcelError } from "../cells/cellValue";
import { columnNumber } from "../cells/columnLetter";
import { inferDayMonthOrder } from "../cells/dayMonthOrder";
import { ReadContext } from "../cells/readCell";
import { CheckedSheet } from "../checks/checkSheet";
import type { WorkbookCheck } from "../checks/checkWorkbook";
import { HeaderlessColumn, HeaderlessValues } from "../checks/headerlessValues";
import { Issue } from "../issues/issue";
import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { FIELDS_OF } from "../headers/fieldIndex";
import { SheetGrid } from "../sheetGrid";
import { csvCell, CsvOptions, writeCsv } from "./csvWriter";
import { isoOfDateCell } from "./exportedDate";
import { UserColumn, userCellText, userColumnsOf } from "./userColumns";

export interface ExportOptions {
  /** Leave out rows with at least one error. */
  validOnly?: boolean;
  /** Write canonical names where the normaliser mapped a name cell. */
  canonicalNames?: boolean;
  /** Two extra columns: each row's issue codes and messages, for a reviewer. */
  withIssues?: boolean;
  /** The check's issues (needed for `withIssues`). */
  issues?: readonly Issue[];
  /**
   * With `validOnly` on a weapon sheet: the IDs of the valid incidents. Weapon rows of
   * other incidents are left out too, so that the weapon → incident foreign key holds
   * between two valid-only exports.
   */
  validIncidentIds?: ReadonlySet<string>;
  /** Leave out the user's own columns: only the schema's fields (and the issue columns). By default they are kept. */
  schemaOnly?: boolean;
  /**
   * The sheet as read: its header row (a second column's header text), number formats (a
   * user's column formatted as a date is written as ISO dates; a date field's serial in a
   * cell formatted otherwise is no date) and far cells (`outlyingCells`). Without it, user
   * columns are written as their cells hold them and a date field's numbers read as serials.
   */
  sheetGrid?: SheetGrid;
  /** The workbook counts dates from 1904 (`WorkbookGrid.date1904`). */
  date1904?: boolean;
}

export interface ExportedSheet {
  kind: SheetKind;
  fields: readonly FieldSpec[];
  /** Header (canonical field names, then the user's columns, then the issue columns) and one row of cell texts per exported row. */
  rows: string[][];
  written: number;
  leftOut: number;
  /** The user's own columns written after the schema's fields (none with `schemaOnly`). */
  userColumns: UserColumn[];
  /** Columns of values without a header: no CSV column can hold them, so they are left out. */
  headerless: HeaderlessColumn[];
  /** How many user columns `schemaOnly` left out. */
  userColumnsLeftOut: number;
}

/** What an export wrote and left out, beside its text. */
export type ExportCounts = Omit<ExportedSheet, "kind" | "fields" | "rows">;

/**
 * A checked sheet as rows of CSV cells (CONTRACT section 4): every field of the sheet kind
 * in schema order under its canonical name, typed values written canonically (ISO dates,
 * whole numbers without ".0", no thousands separators), Excel errors never written as data,
 * text neutralised against formula injection, canonical names where asked for; then the
 * user's own columns under their own headers (unless `schemaOnly`), then the issue columns.
 * A date cell is written as its ISO date whether or not its row is valid.
 */
export function exportSheet(sheet: CheckedSheet, options: ExportOptions = {}): ExportedSheet {
  const plan = planOf(sheet, options);
  const rows: string[][] = [plan.header];
  const counts = eachExportedRow(sheet, options, plan, (cells) => rows.push(cells));
  return { kind: sheet.layout.kind, fields: FIELDS_OF[sheet.layout.kind], rows, ...counts, ...planCounts(plan) };
}

/** The IDs of the valid incidents of a check: what a valid-only weapon export keeps (see `validIncidentIds`). */
export function validIncidentIdsOf(result: WorkbookCheck): ReadonlySet<string> | undefined {
  return result.incidents ? new Set(result.incidents.rows.filter((row) => !row.hasError).map((row) => row.values.incident_id as string)) : undefined;
}

/** Rows per piece of CSV text when writing a whole sheet: memory stays near the size of the output. */
const ROWS_PER_PIECE = 2_000;

/**
 * The sheet as CSV text, written piece by piece (`onPiece` is told after each, for progress),
 * so that no table of all cells is held beside the output.
 */
export function exportSheetCsv(sheet: CheckedSheet, options: ExportOptions & CsvOptions = {}, onPiece?: (rowsWritten: number) => void): { text: string } & ExportCounts {
  const plan = planOf(sheet, options);
  const pieces: string[] = [writeCsv([plan.header], { bom: options.bom })];
  let buffer: string[][] = [];
  let written = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    pieces.push(writeCsv(buffer));
    written += buffer.length;
    buffer = [];
    onPiece?.(written);
  };
  const counts = eachExportedRow(sheet, options, plan, (cells) => {
    buffer.push(cells);
    if (buffer.length >= ROWS_PER_PIECE) flush();
  });
  flush();
  return { text: pieces.join(""), ...counts, ...planCounts(plan) };
}

/** The issue columns `withIssues` adds, last. */
export const ISSUE_COLUMNS = ["issue_codes", "issue_messages"] as const;

/** What an export writes, worked out once from the sheet's layout: header, user columns, headerless values, where cells are. */
interface ExportPlan {
  header: string[];
  userColumns: UserColumn[];
  userColumnsLeftOut: number;
  headerless: HeaderlessColumn[];
  /** The sheet row of the grid's first row, to find a cell's number format. */
  startRow: number;
  /** Far cells of the user columns, by sheet row then sheet column. */
  farCells: Map<number, Map<number, CellValue>>;
  /** The sheet column of each row's first cell. */
  startColumn: number;
}

function planOf(sheet: CheckedSheet, options: ExportOptions): ExportPlan {
  const grid = options.sheetGrid;
  const startRow = grid?.startRow ?? 1;
  const startColumn = grid?.startColumn ?? startColumnOf(sheet);
  const headerRow = grid ? startRow + sheet.layout.headerIndex : 0;
  const fieldNames = FIELDS_OF[sheet.layout.kind].map((spec) => spec.field);
  const taken = [...fieldNames, ...(options.withIssues ? ISSUE_COLUMNS : [])];
  const all = userColumnsOf(sheet.layout, { startColumn, headerRow, headerCells: grid?.values[sheet.layout.headerIndex], outlyingCells: grid?.outlyingCells }, taken);
  const userColumns = options.schemaOnly ? [] : all;
  // The values no header holds: the same collector as the check's finding, over the rows the check read.
  const collector = new HeaderlessValues(sheet.name, sheet.layout, headerRow, startColumn);
  for (const row of sheet.rows) collector.add(row.cells, row.row);
  if (grid?.outlyingCells) collector.addOutlying(grid.outlyingCells);
  // A column's cells may be in the rows or among the far cells (the reader decides row by row): both are read.
  const farCells = new Map<number, Map<number, CellValue>>();
  const userSheetColumns = new Set(userColumns.map((column) => sheetColumnOf(column, startColumn)));
  for (const cell of userSheetColumns.size ? grid?.outlyingCells ?? [] : []) {
    if (cell.row <= headerRow || !userSheetColumns.has(cell.column)) continue;
    let byColumn = farCells.get(cell.row);
    if (!byColumn) farCells.set(cell.row, (byColumn = new Map()));
    byColumn.set(cell.column, cell.value);
  }
  const header = [...fieldNames, ...userColumns.map((column) => column.name), ...(options.withIssues ? ISSUE_COLUMNS : [])];
  return { header, userColumns, userColumnsLeftOut: all.length - userColumns.length, headerless: collector.columns(), startRow, startColumn, farCells };
}

/** The sheet column (1-based) of a user column: by its index in the rows, or the far header's own. */
function sheetColumnOf(column: UserColumn, startColumn: number): number {
  return column.index !== undefined ? startColumn + column.index : column.farColumn!;
}

function planCounts(plan: ExportPlan): Pick<ExportedSheet, "userColumns" | "headerless" | "userColumnsLeftOut"> {
  return { userColumns: plan.userColumns, headerless: plan.headerless, userColumnsLeftOut: plan.userColumnsLeftOut };
}

/** The sheet column of the rows' first cell, told by where a mapped field's column is. */
function startColumnOf(sheet: CheckedSheet): number {
  const first = sheet.layout.columns[0];
  const letter = first && sheet.columnOf.get(first.spec.field);
  return letter ? columnNumber(letter) - first.index : 1;
}

function eachExportedRow(sheet: CheckedSheet, options: ExportOptions, plan: ExportPlan, emit: (cells: string[]) => void): { written: number; leftOut: number } {
  const fields = FIELDS_OF[sheet.layout.kind];
  const indexOf = new Map(sheet.layout.columns.map(({ index, spec }) => [spec.field, index]));
  const formats = options.sheetGrid?.numberFormats;
  const date1904 = options.date1904 ?? false;
  const formatAt = (row: number, index: number) => formats?.[row - plan.startRow]?.[index];
  const dateContext = dateContextOf(sheet, indexOf, date1904);
  const yearIndex = indexOf.get("year");
  const issuesByRow = new Map<number, Issue[]>();
  if (options.withIssues) {
    for (const issue of options.issues ?? []) {
      if (issue.sheet !== sheet.name) continue;
      issuesByRow.set(issue.row, [...(issuesByRow.get(issue.row) ?? []), issue]);
    }
  }
  let written = 0;
  let leftOut = 0;
  for (const row of sheet.rows) {
    const orphan = options.validOnly && options.validIncidentIds !== undefined && !options.validIncidentIds.has(row.values.incident_id as string);
    if ((options.validOnly && row.hasError) || orphan) {
      leftOut++;
      continue;
    }
    const cells = fields.map((spec) => {
      const canonical = options.canonicalNames ? row.canonical?.[spec.field] : undefined;
      if (typeof canonical === "string") return csvCell(canonical);
      if (Array.isArray(canonical) && Array.isArray(row.values[spec.field])) {
        const written = row.values[spec.field] as string[];
        return csvCell(written.map((name, i) => (typeof canonical[i] === "string" ? canonical[i] : name)));
      }
      const typed = row.values[spec.field];
      if (typed !== undefined) return csvCell(typed);
      // A value that could not be read is kept as written for the reviewer, never an Excel error.
      const index = indexOf.get(spec.field);
      const raw = index === undefined ? undefined : row.cells[index];
      if (raw === undefined || raw === null || isExcelError(raw) || typeof raw === "boolean") return "";
      if (raw === "NA" && sheet.placeholderColumns?.has(index!)) return ""; // R's placeholder, read as empty
      if (spec.kind === "date") {
        // A date that failed a check is still written as the date it is (CONTRACT section 4).
        dateContext.rowYear = yearIndex === undefined ? undefined : yearOf(row.cells[yearIndex]);
        const iso = isoOfDateCell(raw, spec, formatAt(row.row, index!), dateContext);
        if (iso !== undefined) return iso;
      }
      return csvCell(typeof raw === "string" ? raw.trim() : raw);
    });
    for (const column of plan.userColumns) {
      const sheetColumn = sheetColumnOf(column, plan.startColumn);
      const dense = row.cells[sheetColumn - plan.startColumn];
      const inRow = dense !== undefined && dense !== "";
      const value = inRow ? dense : plan.farCells.get(row.row)?.get(sheetColumn) ?? dense;
      cells.push(userCellText(value, inRow ? formatAt(row.row, sheetColumn - plan.startColumn) : undefined, date1904));
    }
    if (options.withIssues) {
      const issues = issuesByRow.get(row.row) ?? [];
      cells.push(csvCell(issues.map((i) => i.code).join("; ")), csvCell(issues.map((i) => `${i.column ?? ""}${i.row}: ${i.message}`).join(" | ")));
    }
    emit(cells);
    written++;
  }
  return { written, leftOut };
}

/** How the check read the sheet's date column (its day/month order, the date system), for reading a date it did not keep. */
function dateContextOf(sheet: CheckedSheet, indexOf: ReadonlyMap<string, number>, date1904: boolean): ReadContext {
  const dateField = FIELDS_OF[sheet.layout.kind].find((spec) => spec.kind === "date" && indexOf.has(spec.field));
  const index = dateField ? indexOf.get(dateField.field)! : -1;
  const order = index < 0 ? null : inferDayMonthOrder(sheet.rows.map((row) => row.cells[index])).order;
  return { date1904, dayMonthOrder: order };
}

/** The year in a year cell (a number, or four digits as text), as the check reads it for a two-digit year. */
function yearOf(cell: CellValue | undefined): number | undefined {
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === "string" && /^\s*\d{4}\s*$/.test(cell)) return Number(cell);
  return undefined;
}
