import { isExcelError } from "../cells/cellValue";
import { CheckedSheet } from "../checks/checkSheet";
import type { WorkbookCheck } from "../checks/checkWorkbook";
import { Issue } from "../issues/issue";
import { FieldSpec, SheetKind } from "../schema/fieldSpec";
import { FIELDS_OF } from "../headers/fieldIndex";
import { csvCell, CsvOptions, writeCsv } from "./csvWriter";

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
}

export interface ExportedSheet {
  kind: SheetKind;
  fields: readonly FieldSpec[];
  /** Header (canonical field names) and one row of cell texts per exported row. */
  rows: string[][];
  written: number;
  leftOut: number;
}

/**
 * A checked sheet as rows of CSV cells (CONTRACT section 4): every field of the sheet kind
 * in schema order under its canonical name, typed values written canonically (ISO dates,
 * whole numbers without ".0", no thousands separators), Excel errors never written as data,
 * text neutralised against formula injection, canonical names where asked for.
 */
export function exportSheet(sheet: CheckedSheet, options: ExportOptions = {}): ExportedSheet {
  const header = headerOf(sheet, options);
  const rows: string[][] = [header];
  const counts = eachExportedRow(sheet, options, (cells) => rows.push(cells));
  return { kind: sheet.layout.kind, fields: FIELDS_OF[sheet.layout.kind], rows, ...counts };
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
export function exportSheetCsv(sheet: CheckedSheet, options: ExportOptions & CsvOptions = {}, onPiece?: (rowsWritten: number) => void): { text: string; written: number; leftOut: number } {
  const pieces: string[] = [writeCsv([headerOf(sheet, options)], { bom: options.bom })];
  let buffer: string[][] = [];
  let written = 0;
  const flush = () => {
    if (buffer.length === 0) return;
    pieces.push(writeCsv(buffer));
    written += buffer.length;
    buffer = [];
    onPiece?.(written);
  };
  const counts = eachExportedRow(sheet, options, (cells) => {
    buffer.push(cells);
    if (buffer.length >= ROWS_PER_PIECE) flush();
  });
  flush();
  return { text: pieces.join(""), ...counts };
}

function headerOf(sheet: CheckedSheet, options: ExportOptions): string[] {
  const header = FIELDS_OF[sheet.layout.kind].map((spec) => spec.field);
  if (options.withIssues) header.push("issue_codes", "issue_messages");
  return header;
}

function eachExportedRow(sheet: CheckedSheet, options: ExportOptions, emit: (cells: string[]) => void): { written: number; leftOut: number } {
  const fields = FIELDS_OF[sheet.layout.kind];
  const indexOf = new Map(sheet.layout.columns.map(({ index, spec }) => [spec.field, index]));
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
      return csvCell(typeof raw === "string" ? raw.trim() : raw);
    });
    if (options.withIssues) {
      const issues = issuesByRow.get(row.row) ?? [];
      cells.push(csvCell(issues.map((i) => i.code).join("; ")), csvCell(issues.map((i) => `${i.column ?? ""}${i.row}: ${i.message}`).join(" | ")));
    }
    emit(cells);
    written++;
  }
  return { written, leftOut };
}
