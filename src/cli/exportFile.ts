import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { mergeDataPackage, readPreviousPackage, ResourceFile } from "../domain/export/dataPackage";
import { ExportCounts, exportSheetCsv, ISSUE_COLUMNS, validIncidentIdsOf } from "../domain/export/exportSheet";
import { keptColumnsText, leftOutTexts } from "../domain/export/exportSummary";
import { fileErrorReason } from "./io/fileErrors";
import { fileKind, readWorkbookFile } from "./io/readWorkbookFile";
import { OutputFile, OutputFileError, writeFilesAtomically } from "./io/atomicWrite";
import { outputTarget, sameOutput } from "./io/outputTarget";
import { countOf, formatCount } from "../domain/text/formatCount";

export interface ExportFileOptions {
  sheet: "incidents" | "weapons";
  validOnly: boolean;
  bom: boolean;
  datapackage: boolean;
  canonicalNames: boolean;
  withIssues: boolean;
  /** Leave out the user's own columns (`--schema-only`); by default they are kept. */
  schemaOnly?: boolean;
  today?: string;
}

/** What `exportFile` wrote and left out, for the command's output line. */
export interface ExportFileResult extends ExportCounts {
  errors: number;
  datapackage?: string;
  /** The command's output line: rows written and left out, the user's columns kept, what else was left out and why. */
  line: string;
}

/**
 * `curate export`: checks the workbook, writes the chosen sheet as CSV and, on request, a
 * datapackage.json beside it. A datapackage.json already there is merged into, never
 * dropped (see `mergeDataPackage`): exporting both sheets into one folder describes both,
 * with their foreign key, and whatever else the package holds stays. One that cannot be
 * read as a package is an error, and nothing is written. Both files are checked against
 * the input before it is read, and replaced together or not at all.
 */
export async function exportFile(input: string, output: string, options: ExportFileOptions): Promise<ExportFileResult | { error: string }> {
  const packagePath = join(dirname(output), "datapackage.json");
  let targets;
  try {
    targets = [outputTarget(input, output), ...(options.datapackage ? [outputTarget(input, packagePath)] : [])];
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  if (options.datapackage && sameOutput(output, packagePath)) return { error: `${output}: is the datapackage.json that --datapackage writes; name the CSV otherwise` };
  // Read before the workbook: a package that cannot be merged into stops the export before any work.
  let previous: Record<string, unknown> | undefined;
  // A pipe or a device in its place has no earlier package to merge (and reading one would wait).
  if (options.datapackage && targets[1].replace && existsSync(packagePath)) {
    let text: string;
    try {
      text = readFileSync(packagePath, "utf8");
    } catch (error) {
      return { error: `${packagePath}: cannot read the datapackage.json to merge into (${fileErrorReason(error)}); nothing was written` };
    }
    const read = readPreviousPackage(text);
    if ("problem" in read) return { error: `${packagePath}: ${read.problem}, so the export cannot add to it; nothing was written: correct it or move it away, or export without --datapackage` };
    previous = read.descriptor;
  }
  const workbook = await readWorkbookFile(input);
  const result = checkWorkbook(workbook, { today: options.today, singleSheet: fileKind(input) === "csv" });
  const sheet = options.sheet === "incidents" ? result.incidents : result.weapons;
  if (!sheet) return { error: `${input}: no ${options.sheet} sheet found` };
  const validIncidentIds = options.sheet === "weapons" ? validIncidentIdsOf(result) : undefined;
  const sheetGrid = workbook.sheets.find((grid) => grid.name === sheet.name);
  const exported = exportSheetCsv(sheet, {
    validOnly: options.validOnly,
    canonicalNames: options.canonicalNames,
    withIssues: options.withIssues,
    issues: result.issues,
    validIncidentIds,
    bom: options.bom,
    schemaOnly: options.schemaOnly,
    sheetGrid,
    date1904: workbook.date1904,
  });
  const files: OutputFile[] = [{ ...targets[0], data: exported.text }];
  const errors = sheet.rows.filter((row) => row.hasError).length;
  if (options.datapackage) {
    const resource: ResourceFile = { kind: options.sheet, path: basename(output), userColumns: exported.userColumns, extraColumns: options.withIssues ? [...ISSUE_COLUMNS] : [], legacyTaxonomy: sheet.legacyTaxonomy };
    files.push({ ...targets[1], data: `${JSON.stringify(mergeDataPackage(previous, resource), null, 2)}\n` });
  }
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  const { text: _text, ...counts } = exported;
  const datapackage = options.datapackage ? packagePath : undefined;
  return { ...counts, errors, ...(datapackage ? { datapackage } : {}), line: exportLine(counts, options.sheet, output, datapackage) };
}

/**
 * `14 incidents rows written to out.csv, 9 left out (rows with errors, --valid-only); 1
 * column of your own kept (Analyst); also left out: 7 values in 2 columns without a header
 * (K, XFD); schema in datapackage.json.` The rows come first, worded as before this line
 * said more (scripts read it); then the user's columns kept, then what else was left out and
 * the option or reason that left it out.
 */
export function exportLine(counts: ExportCounts, sheet: "incidents" | "weapons", output: string, datapackage?: string): string {
  const rowsLeftOut = counts.leftOut ? `, ${formatCount(counts.leftOut)} left out (rows with errors${sheet === "weapons" ? " or of invalid incidents" : ""}, --valid-only)` : "";
  const kept = keptColumnsText(counts);
  const leftOut = leftOutTexts(counts, "--schema-only");
  const also = leftOut.length ? `; ${counts.leftOut ? "also " : ""}left out: ${leftOut.join(", ")}` : "";
  return `${countOf(counts.written, `${sheet} row`)} written to ${output}${rowsLeftOut}${kept ? `; ${kept}` : ""}${also}${datapackage ? `; schema in ${datapackage}` : ""}.`;
}
