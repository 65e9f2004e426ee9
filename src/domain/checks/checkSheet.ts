import type { z } from "zod";
import { CellValue } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { inferDayMonthOrder } from "../cells/dayMonthOrder";
import { CellFindings, readCellInto, ReadContext, Problem } from "../cells/readCell";
import { TableLayout } from "../headers/locateTable";
import { likelyColumns, LikelyColumn, missingColumnMessage } from "../headers/likelyColumns";
import { Issue, makeIssue } from "../issues/issue";
import { ISSUE_CODES } from "../issues/issueCodes";
import { SheetGrid } from "../sheetGrid";
import { isBlank } from "../cells/cellValue";
import { RowCheck } from "./rowCheck";
import { requiredProblem, schemaProblem } from "./schemaProblem";
import { FieldValidator } from "./fieldValidator";
import { CheckedRow, RowReport } from "./sheetCheck";

export interface SheetCheckOptions {
  today: string;
  date1904: boolean;
  schema: z.ZodObject;
  rowChecks: readonly RowCheck[];
  /** Fields required by the sheet's schema but not by this sheet's own form (a legacy sheet's sub-event type). */
  notRequired?: ReadonlySet<string>;
  /** The sheet is in ACLED's pre-2019 taxonomy: no value is placed into the current one. */
  legacyTaxonomy?: boolean;
}

/** A sheet once checked: its layout, its typed rows and a way to report more findings on them. */
export interface CheckedSheet {
  name: string;
  layout: TableLayout;
  rows: CheckedRow[];
  /** The field → column letter map of this sheet. */
  columnOf: ReadonlyMap<string, string>;
  report: RowReport;
  /** Columns (indices in the sheet's values) whose NA cells are R's placeholder, read as empty. */
  placeholderColumns?: ReadonlySet<number>;
  /** The sheet is in ACLED's pre-2019 taxonomy. */
  legacyTaxonomy?: boolean;
}

/**
 * Checks every data row of one sheet whose layout is known: reads each mapped cell into its
 * type, checks each value against its field's schema and the typed row against the row
 * checks, and records blank rows. Findings are pushed to `issues`; cross-row checks run on
 * the returned rows. Rows are typed so that the row schema accepts them whole.
 */
export function checkSheet(grid: SheetGrid, layout: TableLayout, options: SheetCheckOptions, issues: Issue[]): CheckedSheet {
  const startRow = grid.startRow ?? 1;
  const startColumn = grid.startColumn ?? 1;
  const headerRow = startRow + layout.headerIndex;
  const columnOf = new Map<string, string>();
  for (const { index, spec } of layout.columns) columnOf.set(spec.field, columnLetter(startColumn + index));
  const indexOf = new Map<string, number>(layout.columns.map(({ index, spec }) => [spec.field, index]));

  reportLayout(grid.name, headerRow, startColumn, layout, issues, likelyColumns(grid, layout, options.date1904));

  const values = grid.values;
  let last = values.length - 1;
  while (last > layout.headerIndex && rowIsBlank(values[last])) last--;

  const dateColumn = layout.columns.find(({ spec }) => spec.kind === "date");
  const context: ReadContext = {
    date1904: options.date1904,
    dayMonthOrder: dateColumn ? inferDayMonthOrder(columnCells(values, dateColumn.index, layout.headerIndex + 1, last)).order : null,
    currentYear: Number(options.today.slice(0, 4)),
    yearColumnReads: 0,
  };
  const yearIndex = indexOf.get("year");
  const placeholders = naPlaceholderColumns(values, layout, layout.headerIndex + 1, last);

  const rows: CheckedRow[] = [];
  let current: CheckedRow = { row: 0, values: {}, hasError: false, cells: [] };
  const report: RowReport = (row, field, code, message, suggestion, candidates, confidence, severity) => {
    const columnIndex = indexOf.get(field);
    const value = columnIndex !== undefined ? row.cells[columnIndex] : "";
    const issue = makeIssue({ sheet: grid.name, row: row.row, column: columnOf.get(field) ?? null, field }, code, message, value, suggestion, candidates, confidence, severity);
    issues.push(issue);
    if (issue.severity === "error") row.hasError = true;
  };
  const reportCurrent = (field: string, code: Problem["code"], message: string, suggestion?: string) => report(current, field, code, message, suggestion);

  const formats = grid.numberFormats;
  const columns = layout.columns;
  // Every row's values start from the same shape (all mapped fields undefined): one hidden
  // class for all rows, instead of one per order in which fields happen to be filled.
  const blankValues: Record<string, unknown> = Object.fromEntries(columns.map(({ spec }) => [spec.field, undefined]));
  const validators = columns.map(({ spec }) => new FieldValidator(options.schema.shape[spec.field] as z.ZodType));
  const unreadable = new Set<string>();
  const findings: CellFindings = { problem: undefined, notice: undefined };
  let firstData = layout.headerIndex + 1;
  if (firstData <= last && isUnitsRow(values[firstData] ?? [], layout, formats?.[firstData], context)) {
    issues.push(makeIssue({ sheet: grid.name, row: startRow + firstData, column: null, field: null }, "units-row", `Row ${startRow + firstData} reads as a second header row (units or notes under the headers); it is not checked as data.`));
    firstData++;
  }
  reportHiddenRows(grid.name, grid.hiddenRows, startRow + firstData, startRow + last, issues);
  const headerTexts = layout.columns.map(({ index }) => ({ index, text: headerText(values[layout.headerIndex]?.[index]) }));
  for (let index = firstData; index <= last; index++) {
    const raw = values[index] ?? [];
    const rowNumber = startRow + index;
    if (rowIsBlank(raw)) {
      issues.push(makeIssue({ sheet: grid.name, row: rowNumber, column: null, field: null }, "blank-row", `Row ${rowNumber} is empty, inside the data.`));
      continue;
    }
    if (repeatsHeaders(raw, headerTexts)) {
      issues.push(
        makeIssue(
          { sheet: grid.name, row: rowNumber, column: null, field: null },
          "repeated-header",
          `Row ${rowNumber} repeats the headers of row ${headerRow}: a second table starts here (several tables on one sheet). It is not checked as data; the rows below it are checked under the first table's columns. Put each table on its own sheet, or delete the repeated header row.`,
        ),
      );
      continue;
    }
    current = { row: rowNumber, values: { ...blankValues }, hasError: false, cells: raw };
    unreadable.clear();
    const typed = current.values;
    if (yearIndex !== undefined) context.rowYear = yearOf(raw[yearIndex]);
    for (let c = 0; c < columns.length; c++) {
      const { index: columnIndex, spec } = columns[c];
      const cell = placeholders.size > 0 && placeholders.has(columnIndex) && isPlaceholder(raw[columnIndex]) ? "" : raw[columnIndex];
      const value = readCellInto(cell, spec, formats?.[index]?.[columnIndex], context, findings);
      if (findings.problem) {
        unreadable.add(spec.field);
        reportCurrent(spec.field, findings.problem.code, findings.problem.message, findings.problem.suggestion);
        continue;
      }
      if (value === undefined) {
        if (spec.required && !options.notRequired?.has(spec.field)) {
          const problem = requiredProblem(spec);
          reportCurrent(spec.field, problem.code, problem.message);
        }
        continue;
      }
      // Each present value is checked against its field's schema (the row schema's shape).
      const schemaIssue = validators[c].check(value);
      if (schemaIssue) {
        unreadable.add(spec.field);
        const problem = schemaProblem(schemaIssue, spec, value, typed, options.today, (field) => raw[indexOf.get(field) ?? -1], options.legacyTaxonomy);
        reportCurrent(spec.field, problem.code, problem.message, problem.suggestion);
        continue;
      }
      typed[spec.field] = value;
      if (findings.notice) reportCurrent(spec.field, findings.notice.code, findings.notice.message, findings.notice.suggestion);
    }
    for (const check of options.rowChecks) check(typed, reportCurrent, unreadable);
    rows.push(current);
  }
  if (dateColumn && context.yearColumnReads) {
    const count = context.yearColumnReads === 1 ? "1 date is" : `${context.yearColumnReads.toLocaleString("en")} dates are`;
    issues.push(
      makeIssue(
        { sheet: grid.name, row: headerRow, column: columnLetter(startColumn + dateColumn.index), field: dateColumn.spec.field },
        "two-digit-years",
        `${count} written with a two-digit year (as Excel writes ISO dates when it saves a file again, e.g. 16-Feb-21); each was read with the century of its row's year column.`,
      ),
    );
  }
  for (const [columnIndex, count] of placeholders) {
    const spec = layout.columns.find((c) => c.index === columnIndex)!.spec;
    const cells = count === 1 ? "1 cell holds" : `${count.toLocaleString("en")} cells hold`;
    issues.push(makeIssue({ sheet: grid.name, row: headerRow, column: columnLetter(startColumn + columnIndex), field: spec.field }, "na-placeholder", `${cells} NA, the placeholder R writes for an empty value; read as empty.`, "NA"));
  }
  if (rows.length === 0) {
    issues.push(makeIssue({ sheet: grid.name, row: headerRow, column: null, field: null }, "empty-sheet", `The sheet has headers on row ${headerRow} but no data rows.`));
  }
  return { name: grid.name, layout, rows, columnOf, report, placeholderColumns: new Set(placeholders.keys()), ...(options.legacyTaxonomy ? { legacyTaxonomy: true } : {}) };
}

/** R's placeholder for a missing value, as `write.csv` leaves it. */
const NA = "NA";

function isPlaceholder(cell: CellValue | undefined): boolean {
  return cell === NA;
}

/**
 * The mapped columns whose `NA` cells are R's placeholder for an empty value, with how many
 * each holds. A sheet written by R has it in several columns at once; a lone `NA` in one
 * column may be a value (Namibia's ISO code), so the placeholder is recognised only where
 * NA stands in at least two columns of the sheet (mapped or not).
 */
function naPlaceholderColumns(values: CellValue[][], layout: TableLayout, from: number, to: number): Map<number, number> {
  const counts = new Map<number, number>();
  for (let r = from; r <= to; r++) {
    const row = values[r];
    if (!row) continue;
    for (let c = 0; c < row.length; c++) if (row[c] === NA) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const mapped = new Map<number, number>();
  if (counts.size < 2) return mapped;
  for (const { index } of layout.columns) {
    const count = counts.get(index);
    if (count) mapped.set(index, count);
  }
  return mapped;
}

/** The year in a year cell (a number, or four digits as text), or undefined. */
function yearOf(cell: CellValue | undefined): number | undefined {
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : undefined;
  if (typeof cell === "string" && /^\s*\d{4}\s*$/.test(cell)) return Number(cell);
  return undefined;
}

/**
 * The layout's findings. A missing field with an unknown column that looks like it gets one
 * finding that names the column (at its header cell when there is one such column); that
 * column's own unknown-column note is folded into it.
 */
function reportLayout(sheet: string, headerRow: number, startColumn: number, layout: TableLayout, issues: Issue[], likely: ReadonlyMap<string, LikelyColumn[]>): void {
  const named = new Set([...likely.values()].flatMap((columns) => columns.map(({ index }) => index)));
  for (const spec of layout.missing) {
    const columns = likely.get(spec.field);
    if (columns) {
      const only = columns.length === 1 ? columns[0] : undefined;
      const message = missingColumnMessage(spec, columns, (index) => columnLetter(startColumn + index));
      issues.push(makeIssue({ sheet, row: headerRow, column: only ? columnLetter(startColumn + only.index) : null, field: spec.field }, "missing-column", message, only?.header));
      continue;
    }
    issues.push(makeIssue({ sheet, row: headerRow, column: null, field: spec.field }, "missing-column", `No column for the required field ${spec.field} (${spec.label}); add a column headed "${spec.field}".`));
  }
  for (const { index, spec, firstIndex } of layout.duplicates) {
    const first = columnLetter(startColumn + firstIndex);
    issues.push(
      makeIssue({ sheet, row: headerRow, column: columnLetter(startColumn + index), field: spec.field }, "duplicate-column", `This column is a second ${spec.field} column (the first is column ${first}, which is the one checked); rename or remove one.`),
    );
  }
  for (const { index, header } of layout.unknown) {
    if (named.has(index)) continue;
    issues.push(makeIssue({ sheet, row: headerRow, column: columnLetter(startColumn + index), field: null }, "unknown-column", `The column "${header}" is not a known field; it is kept as it is.`, header));
  }
}

const TYPED_KINDS = new Set(["date", "integer", "number"]);
const ID_LIKE = /\d/;

/**
 * A second header row: only text, none of it readable as a value of its typed columns (at
 * least two of those filled), and no ID-like value (IDs carry digits). "yyyy-mm-dd", "deg",
 * "count" under date, latitude and fatalities headers; a data row with a bad date has an ID.
 */
function isUnitsRow(row: CellValue[], layout: TableLayout, formats: (string | null | undefined)[] | undefined, context: ReadContext): boolean {
  let typedFilled = 0;
  const findings: CellFindings = { problem: undefined, notice: undefined };
  for (const { index, spec } of layout.columns) {
    const cell = row[index];
    if (isBlank(cell)) continue;
    if (typeof cell !== "string") return false;
    if (spec.kind === "id" && ID_LIKE.test(cell)) return false;
    if (!TYPED_KINDS.has(spec.kind)) continue;
    typedFilled++;
    const value = readCellInto(cell, spec, formats?.[index], context, findings);
    if (value !== undefined || findings.problem?.code === "ambiguous-date") return false;
  }
  return typedFilled >= 2;
}

function rowIsBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

function* columnCells(values: CellValue[][], column: number, from: number, to: number): Iterable<CellValue> {
  for (let index = from; index <= to; index++) yield values[index]?.[column];
}

/**
 * One finding for the data rows that are hidden (by hand or by a filter): they are checked
 * and exported like the others, but a curator scrolling the sheet does not see them or
 * their flags, so the sheet says which they are.
 */
function reportHiddenRows(sheet: string, hiddenRows: readonly number[] | undefined, first: number, last: number, issues: Issue[]): void {
  const hidden = (hiddenRows ?? []).filter((row) => row >= first && row <= last).sort((a, b) => a - b);
  if (hidden.length === 0) return;
  const spans: string[] = [];
  for (let i = 0; i < hidden.length; ) {
    let j = i;
    while (j + 1 < hidden.length && hidden[j + 1] === hidden[j] + 1) j++;
    spans.push(i === j ? `${hidden[i]}` : `${hidden[i]}–${hidden[j]}`);
    i = j + 1;
  }
  const shown = spans.length > 8 ? `${spans.slice(0, 8).join(", ")} and ${spans.length - 8} more spans` : spans.join(", ");
  const count = hidden.length === 1 ? "1 row of the data is hidden" : `${hidden.length.toLocaleString("en")} rows of the data are hidden`;
  issues.push(makeIssue({ sheet, row: hidden[0], column: null, field: null }, "hidden-rows", `${count} (by hand or by a filter): ${hidden.length === 1 ? "row" : "rows"} ${shown}. They are checked and exported like the others; unhide them to see their flags.`));
}

function headerText(cell: CellValue | undefined): string {
  return typeof cell === "string" ? cell.trim().toLowerCase() : "";
}

/**
 * A data row that repeats the header row: most mapped columns (at least three, at least
 * half) hold their column's header text. That is where a second table pasted below the
 * first begins. The first mapped cell is looked at first, so ordinary rows cost one compare.
 */
function repeatsHeaders(row: CellValue[], headers: readonly { index: number; text: string }[]): boolean {
  if (headers.length === 0) return false;
  const first = headers[0];
  if (typeof row[first.index] !== "string" || headerText(row[first.index]) !== first.text) return false;
  let same = 0;
  for (const { index, text } of headers) if (text && headerText(row[index]) === text) same++;
  return same >= Math.max(3, Math.ceil(headers.length / 2));
}
