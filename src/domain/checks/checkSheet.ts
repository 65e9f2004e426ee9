import type { z } from "zod";
import { CellValue } from "../cells/cellValue";
import { columnLetter } from "../cells/columnLetter";
import { inferDayMonthOrder } from "../cells/dayMonthOrder";
import { CellFindings, readCellInto, ReadContext } from "../cells/readCell";
import { TableLayout } from "../headers/locateTable";
import { likelyColumns, LikelyColumn, missingColumnMessage } from "../headers/likelyColumns";
import { Issue, makeIssue } from "../issues/issue";
import { SheetGrid } from "../sheetGrid";
import { isBlank } from "../cells/cellValue";
import { RowCheck } from "./rowCheck";
import { requiredProblem, schemaProblem } from "./schemaProblem";
import { FieldValidator } from "./fieldValidator";
import { CheckedRow, RowReport } from "./sheetCheck";
import { Report } from "./rowCheck";
import { formatCount } from "../text/formatCount";

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

/** What the first pass over a sheet's rows tells the check pass. */
export interface SheetSurveyResult {
  /** Index (into the sheet's values) of the last row that is not blank, or the header's. */
  last: number;
  dayMonthOrder: ReturnType<typeof inferDayMonthOrder>["order"];
  /** NA placeholder columns with their counts (`naPlaceholderColumns`). */
  placeholders: Map<number, number>;
  /** The row below the header and its formats, where it is a data row: it may be a units row. */
  firstBelow?: { row: CellValue[]; formats: (string | null | undefined)[] | undefined };
  /** The header rows and the first filled cells of the unknown columns, for `likelyColumns` (it samples the first 50). */
  likelyGrid: SheetGrid;
  /** Rows seen, counted from the header (the data rows' `values` indices end before `length`). */
  length: number;
}

/** How many filled cells of each unknown column the survey keeps: more than `likelyColumns` samples (50). */
const LIKELY_SAMPLE = 64;

/**
 * The first pass over a sheet, one row at a time, for what the check pass needs to know of
 * the whole sheet before its first data row: where the data ends (the last row that is not
 * blank), the day–month order its date column settles (over every date cell), the columns
 * whose NA cells are R's placeholder (over every cell), the first filled cells of the unknown
 * columns (for the likely columns of missing fields, which look at the first 50 only) and the
 * row below the header (a units row?). The header row itself was found on the first 30 rows
 * (`locateTable`). Rows are given by their index into the sheet's values, from 0.
 */
export class SheetSurvey {
  private last: number;
  private dayFirst = 0;
  private monthFirst = 0;
  private readonly naCounts = new Map<number, number>();
  private readonly dateIndex: number | undefined;
  private readonly samples = new Map<number, { cells: CellValue[]; formats: (string | null | undefined)[] }>();
  private firstBelow: SheetSurveyResult["firstBelow"];
  private readonly head: CellValue[][] = [];
  private length = 0;

  constructor(private readonly layout: TableLayout) {
    this.last = layout.headerIndex;
    this.dateIndex = layout.columns.find(({ spec }) => spec.kind === "date")?.index;
    // Only a sheet missing a field with unknown columns has likely columns to find.
    if (layout.missing.length > 0) for (const { index } of layout.unknown) this.samples.set(index, { cells: [], formats: [] });
  }

  take(index: number, row: CellValue[], formats: (string | null | undefined)[] | undefined): void {
    this.length = index + 1;
    const { headerIndex } = this.layout;
    if (index <= headerIndex) {
      this.head[index] = row;
      return;
    }
    if (index === headerIndex + 1) this.firstBelow = { row, formats };
    if (rowIsBlank(row)) return;
    this.last = index;
    if (this.dateIndex !== undefined) {
      const { dayFirst, monthFirst } = inferDayMonthOrder([row[this.dateIndex]]);
      this.dayFirst += dayFirst;
      this.monthFirst += monthFirst;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === NA) this.naCounts.set(c, (this.naCounts.get(c) ?? 0) + 1);
    for (const [column, sample] of this.samples) {
      if (sample.cells.length >= LIKELY_SAMPLE || isBlank(row[column])) continue;
      sample.cells.push(row[column]);
      sample.formats.push(formats?.[column]);
    }
  }

  finish(name: string): SheetSurveyResult {
    const { headerIndex } = this.layout;
    // The same rule as inferDayMonthOrder's, on the counts summed over the rows.
    const order = this.dayFirst > 0 && this.monthFirst === 0 ? "dmy" : this.monthFirst > 0 && this.dayFirst === 0 ? "mdy" : null;
    const values: CellValue[][] = [];
    const numberFormats: (string | null | undefined)[][] = [];
    for (let r = 0; r <= headerIndex; r++) {
      values.push(this.head[r] ?? []);
      numberFormats.push([]);
    }
    for (const [column, { cells, formats }] of this.samples) {
      cells.forEach((cell, k) => {
        const r = headerIndex + 1 + k;
        while (values.length <= r) {
          values.push([]);
          numberFormats.push([]);
        }
        values[r][column] = cell;
        numberFormats[r][column] = formats[k];
      });
    }
    return {
      last: this.last,
      dayMonthOrder: order,
      placeholders: placeholderColumns(this.naCounts, this.layout),
      firstBelow: this.firstBelow && headerIndex + 1 <= this.last ? this.firstBelow : undefined,
      likelyGrid: { name, values, numberFormats },
      length: this.length,
    };
  }
}

/** Where a sheet's rows are: its name and where its values start on the sheet. */
export interface SheetPlace {
  name: string;
  startRow: number;
  startColumn: number;
  hiddenRows?: readonly number[];
}

/**
 * Checks the data rows of one sheet whose layout is known, one row at a time (`take`): reads
 * each mapped cell into its type, checks each value against its field's schema and the typed
 * row against the row checks, and records blank rows. Findings are pushed to `issues`; the
 * cross-row checks take the rows it returns. `begin` reports the layout, `finish` what is
 * counted over the sheet. Rows are typed so that the row schema accepts them whole.
 */
export class SheetChecker {
  readonly columnOf = new Map<string, string>();
  readonly indexOf: Map<string, number>;
  readonly headerRow: number;
  readonly firstData: number;
  /** Rows the check returned (data rows). */
  count = 0;
  private readonly context: ReadContext;
  private readonly yearIndex: number | undefined;
  private readonly dateColumn: TableLayout["columns"][number] | undefined;
  private readonly blankValues: Record<string, unknown>;
  private readonly validators: FieldValidator[];
  private readonly unreadable = new Set<string>();
  private readonly findings: CellFindings = { problem: undefined, notice: undefined };
  private readonly headerTexts: { index: number; text: string }[];
  private current: CheckedRow = { row: 0, values: {}, hasError: false, cells: [] };
  private readonly reportCurrent: Report;
  readonly report: RowReport;

  constructor(
    private readonly place: SheetPlace,
    readonly layout: TableLayout,
    private readonly options: SheetCheckOptions,
    private readonly survey: SheetSurveyResult,
    private readonly issues: Issue[],
  ) {
    const { startRow, startColumn, name } = place;
    this.headerRow = startRow + layout.headerIndex;
    for (const { index, spec } of layout.columns) this.columnOf.set(spec.field, columnLetter(startColumn + index));
    this.indexOf = new Map<string, number>(layout.columns.map(({ index, spec }) => [spec.field, index]));
    this.dateColumn = layout.columns.find(({ spec }) => spec.kind === "date");
    this.context = { date1904: options.date1904, dayMonthOrder: this.dateColumn ? survey.dayMonthOrder : null, currentYear: Number(options.today.slice(0, 4)), yearColumnReads: 0 };
    this.yearIndex = this.indexOf.get("year");
    this.report = sheetReporter(name, this.indexOf, this.columnOf, issues);
    this.reportCurrent = (field, code, message, suggestion) => this.report(this.current, field, code, message, suggestion);
    // Every row's values start from the same shape (all mapped fields undefined): one hidden
    // class for all rows, instead of one per order in which fields happen to be filled.
    this.blankValues = Object.fromEntries(layout.columns.map(({ spec }) => [spec.field, undefined]));
    this.validators = layout.columns.map(({ spec }) => new FieldValidator(options.schema.shape[spec.field] as z.ZodType));
    this.headerTexts = layout.columns.map(({ index }) => ({ index, text: headerText(survey.likelyGrid.values[layout.headerIndex]?.[index]) }));
    let firstData = layout.headerIndex + 1;
    if (survey.firstBelow && isUnitsRow(survey.firstBelow.row, layout, survey.firstBelow.formats, this.context)) firstData++;
    this.firstData = firstData;
  }

  /** The layout's findings, the units row and the hidden rows: what comes before the first data row. */
  begin(): void {
    const { name, startRow, startColumn } = this.place;
    reportLayout(name, this.headerRow, startColumn, this.layout, this.issues, likelyColumns(this.survey.likelyGrid, this.layout, this.options.date1904));
    if (this.firstData > this.layout.headerIndex + 1) {
      const at = startRow + this.layout.headerIndex + 1;
      this.issues.push(makeIssue({ sheet: name, row: at, column: null, field: null }, "units-row", `Row ${at} reads as a second header row (units or notes under the headers); it is not checked as data.`));
    }
    reportHiddenRows(name, this.place.hiddenRows, startRow + this.firstData, startRow + this.survey.last, this.issues);
  }

  /** Whether the row at this index of the sheet's values is one the check reads (a data row, or a blank row among them). */
  wants(index: number): boolean {
    return index >= this.firstData && index <= this.survey.last;
  }

  /** Checks one row (`wants(index)`): its typed form, or undefined for a blank row or a repeated header row. */
  take(index: number, raw: CellValue[], formats: (string | null | undefined)[] | undefined): CheckedRow | undefined {
    const { name, startRow } = this.place;
    const rowNumber = startRow + index;
    if (rowIsBlank(raw)) {
      this.issues.push(makeIssue({ sheet: name, row: rowNumber, column: null, field: null }, "blank-row", `Row ${rowNumber} is empty, inside the data.`));
      return undefined;
    }
    if (repeatsHeaders(raw, this.headerTexts)) {
      this.issues.push(
        makeIssue(
          { sheet: name, row: rowNumber, column: null, field: null },
          "repeated-header",
          `Row ${rowNumber} repeats the headers of row ${this.headerRow}: a second table starts here (several tables on one sheet). It is not checked as data; the rows below it are checked under the first table's columns. Put each table on its own sheet, or delete the repeated header row.`,
        ),
      );
      return undefined;
    }
    const { options, context, findings, unreadable, validators, reportCurrent, indexOf } = this;
    const placeholders = this.survey.placeholders;
    const columns = this.layout.columns;
    const current: CheckedRow = { row: rowNumber, values: { ...this.blankValues }, hasError: false, cells: raw };
    this.current = current;
    unreadable.clear();
    const typed = current.values;
    if (this.yearIndex !== undefined) context.rowYear = yearOf(raw[this.yearIndex]);
    for (let c = 0; c < columns.length; c++) {
      const { index: columnIndex, spec } = columns[c];
      const cell = placeholders.size > 0 && placeholders.has(columnIndex) && isPlaceholder(raw[columnIndex]) ? "" : raw[columnIndex];
      const value = readCellInto(cell, spec, formats?.[columnIndex], context, findings);
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
    this.count++;
    return current;
  }

  /** What is counted over the sheet: two-digit years, NA placeholders, no data rows. */
  finish(): void {
    const { name, startColumn } = this.place;
    const { issues, headerRow, dateColumn, context, layout } = this;
    if (dateColumn && context.yearColumnReads) {
      const count = context.yearColumnReads === 1 ? "1 date is" : `${formatCount(context.yearColumnReads)} dates are`;
      issues.push(
        makeIssue(
          { sheet: name, row: headerRow, column: columnLetter(startColumn + dateColumn.index), field: dateColumn.spec.field },
          "two-digit-years",
          `${count} written with a two-digit year (as Excel writes ISO dates when it saves a file again, e.g. 16-Feb-21); each was read with the century of its row's year column.`,
        ),
      );
    }
    for (const [columnIndex, count] of this.survey.placeholders) {
      const spec = layout.columns.find((c) => c.index === columnIndex)!.spec;
      const cells = count === 1 ? "1 cell holds" : `${formatCount(count)} cells hold`;
      issues.push(makeIssue({ sheet: name, row: headerRow, column: columnLetter(startColumn + columnIndex), field: spec.field }, "na-placeholder", `${cells} NA, the placeholder R writes for an empty value; read as empty.`, "NA"));
    }
    if (this.count === 0) {
      issues.push(makeIssue({ sheet: name, row: headerRow, column: null, field: null }, "empty-sheet", `The sheet has headers on row ${headerRow} but no data rows.`));
    }
  }

  /** The checked sheet, with the rows a caller kept (none for a streamed check). */
  result(rows: CheckedRow[]): CheckedSheet {
    const { name } = this.place;
    return { name, layout: this.layout, rows, columnOf: this.columnOf, report: this.report, placeholderColumns: new Set(this.survey.placeholders.keys()), ...(this.options.legacyTaxonomy ? { legacyTaxonomy: true } : {}) };
  }
}

/**
 * Reports findings about fields of rows of one sheet into `issues`: at the row's number and
 * the field's column, quoting the row's cell, and marking the row as having an error.
 */
export function sheetReporter(sheet: string, indexOf: ReadonlyMap<string, number>, columnOf: ReadonlyMap<string, string>, issues: Issue[]): RowReport {
  return (row, field, code, message, suggestion, candidates, confidence, severity) => {
    const columnIndex = indexOf.get(field);
    const value = columnIndex !== undefined ? row.cells[columnIndex] : "";
    const issue = makeIssue({ sheet, row: row.row, column: columnOf.get(field) ?? null, field }, code, message, value, suggestion, candidates, confidence, severity);
    issues.push(issue);
    if (issue.severity === "error") row.hasError = true;
  };
}

/** R's placeholder for a missing value, as `write.csv` leaves it. */
const NA = "NA";

function isPlaceholder(cell: CellValue | undefined): boolean {
  return cell === NA;
}

/**
 * The mapped columns whose `NA` cells are R's placeholder for an empty value, with how many
 * each holds, from the counts of `NA` cells by column over the data rows. A sheet written by
 * R has it in several columns at once; a lone `NA` in one column may be a value (Namibia's
 * ISO code), so the placeholder is recognised only where NA stands in at least two columns
 * of the sheet (mapped or not).
 */
function placeholderColumns(counts: ReadonlyMap<number, number>, layout: TableLayout): Map<number, number> {
  const mapped = new Map<number, number>();
  if (counts.size < 2) return mapped;
  for (const { index } of layout.columns) {
    const count = counts.get(index);
    if (count) mapped.set(index, count);
  }
  return mapped;
}

/** The year in a year cell (a number, or four digits as text), or undefined. */
export function yearOf(cell: CellValue | undefined): number | undefined {
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

export function rowIsBlank(row: CellValue[] | undefined): boolean {
  if (!row) return true;
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
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
  const count = hidden.length === 1 ? "1 row of the data is hidden" : `${formatCount(hidden.length)} rows of the data are hidden`;
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
