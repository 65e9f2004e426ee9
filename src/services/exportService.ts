import type { WorkbookCheck } from "../domain/checks/checkWorkbook";
import { dataPackage } from "../domain/export/dataPackage";
import { ExportCounts, exportSheet, exportSheetCsv, ExportOptions, ISSUE_COLUMNS, validIncidentIdsOf } from "../domain/export/exportSheet";
import { keptColumnsText, leftOutTexts } from "../domain/export/exportSummary";
import type { SheetKind } from "../domain/schema/fieldSpec";
import type { WorkbookGrid } from "../domain/sheetGrid";
import { countOf, formatCount } from "../domain/text/formatCount";

/** Puts exported rows where the user can save them when a host blocks downloads: a new sheet. */
export interface SheetExporter {
  /** Writes the rows to a new sheet (named after `baseName`, made unique) and returns its name. */
  toNewSheet(baseName: string, rows: readonly (readonly string[])[]): Promise<string>;
}

/** The choices of the pane's export form. */
export interface PaneExportOptions {
  kind: SheetKind;
  validOnly: boolean;
  canonicalNames: boolean;
  withIssues: boolean;
  bom: boolean;
  /** Leave out the user's own columns; by default they are kept, after the schema's. */
  schemaOnly?: boolean;
  /** Also a datapackage.json describing the CSV. */
  datapackage?: boolean;
}

/** What an export wrote, worded for the pane: `14 incidents rows (9 with errors left out)`, then the columns kept and what else was left out. */
export interface PaneExportReport {
  counts: ExportCounts;
  rows: string;
  /** `1 column of your own kept (Analyst)`, `left out: 7 values in 2 columns without a header (K, XFD)`. */
  notes: string[];
}

/** A file to save. */
export interface SavedFile {
  name: string;
  text: string;
  mediaType: string;
}

/** The wording of the pane's own option, where the report names why columns were left out. */
const SCHEMA_ONLY_REASON = "only the schema's columns";

/**
 * The application service behind the pane's export: the same export as `curate export`
 * (the user's columns kept unless `schemaOnly`, dates ISO whether or not valid), as files to
 * save or rows for a new sheet. `workbook` is the workbook the check read (its number
 * formats, far cells and date system): without it, user columns formatted as dates are
 * written as their serials.
 */
export function exportFiles(result: WorkbookCheck, options: PaneExportOptions, workbook?: WorkbookGrid): { files: SavedFile[] } & PaneExportReport {
  const sheet = checkedSheet(result, options.kind);
  const csv = exportSheetCsv(sheet, { ...exportOptions(result, options, workbook), bom: options.bom });
  const { text, ...counts } = csv;
  const files: SavedFile[] = [{ name: `${options.kind}.csv`, text, mediaType: "text/csv;charset=utf-8" }];
  if (options.datapackage) {
    const descriptor = dataPackage([{ kind: options.kind, path: `${options.kind}.csv`, userColumns: counts.userColumns, extraColumns: options.withIssues ? [...ISSUE_COLUMNS] : [], legacyTaxonomy: sheet.legacyTaxonomy }]);
    files.push({ name: "datapackage.json", text: `${JSON.stringify(descriptor, null, 2)}\n`, mediaType: "application/json" });
  }
  return { files, ...report(options.kind, counts) };
}

/** The export put in a new sheet of the workbook (where a host blocks downloads); returns the sheet's name. */
export async function exportToNewSheet(result: WorkbookCheck, options: PaneExportOptions, sheets: SheetExporter, workbook?: WorkbookGrid): Promise<{ sheet: string } & PaneExportReport> {
  const exported = exportSheet(checkedSheet(result, options.kind), exportOptions(result, options, workbook));
  const name = await sheets.toNewSheet(`Export ${options.kind}`, exported.rows);
  const { kind: _kind, fields: _fields, rows: _rows, ...counts } = exported;
  return { sheet: name, ...report(options.kind, counts) };
}

function checkedSheet(result: WorkbookCheck, kind: SheetKind) {
  const sheet = result[kind];
  if (!sheet) throw new Error(`The workbook has no ${kind} sheet to export.`);
  return sheet;
}

function exportOptions(result: WorkbookCheck, options: PaneExportOptions, workbook?: WorkbookGrid): ExportOptions {
  const sheet = checkedSheet(result, options.kind);
  return {
    validOnly: options.validOnly,
    canonicalNames: options.canonicalNames,
    withIssues: options.withIssues,
    issues: result.issues,
    validIncidentIds: options.kind === "weapons" ? validIncidentIdsOf(result) : undefined,
    schemaOnly: options.schemaOnly,
    sheetGrid: workbook?.sheets.find((grid) => grid.name === sheet.name),
    date1904: workbook?.date1904,
  };
}

function report(kind: SheetKind, counts: ExportCounts): PaneExportReport {
  const rows = `${countOf(counts.written, `${kind} row`)}${counts.leftOut ? ` (${formatCount(counts.leftOut)} with errors left out)` : ""}`;
  const kept = keptColumnsText(counts);
  const leftOut = leftOutTexts(counts, SCHEMA_ONLY_REASON);
  return { counts, rows, notes: [...(kept ? [kept] : []), ...(leftOut.length ? [`left out: ${leftOut.join(", ")}`] : [])] };
}
