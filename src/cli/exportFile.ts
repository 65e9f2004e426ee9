import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { dataPackage, ResourceFile } from "../domain/export/dataPackage";
import { exportSheetCsv, validIncidentIdsOf } from "../domain/export/exportSheet";
import { fileKind, readWorkbookFile } from "./io/readWorkbookFile";
import { OutputFile, OutputFileError, writeFilesAtomically } from "./io/atomicWrite";
import { outputTarget, sameOutput } from "./io/outputTarget";

export interface ExportFileOptions {
  sheet: "incidents" | "weapons";
  validOnly: boolean;
  bom: boolean;
  datapackage: boolean;
  canonicalNames: boolean;
  withIssues: boolean;
  today?: string;
}

/**
 * `curate export`: checks the workbook, writes the chosen sheet as CSV and, on request, a
 * datapackage.json beside it. A datapackage.json already there keeps its other resource,
 * so exporting both sheets into one folder describes both, with their foreign key. Both
 * files are checked against the input before it is read, and replaced together or not at all.
 */
export async function exportFile(input: string, output: string, options: ExportFileOptions): Promise<{ written: number; leftOut: number; errors: number; datapackage?: string } | { error: string }> {
  const packagePath = join(dirname(output), "datapackage.json");
  let targets;
  try {
    targets = [outputTarget(input, output), ...(options.datapackage ? [outputTarget(input, packagePath)] : [])];
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  if (options.datapackage && sameOutput(output, packagePath)) return { error: `${output}: is the datapackage.json that --datapackage writes; name the CSV otherwise` };
  const workbook = await readWorkbookFile(input);
  const result = checkWorkbook(workbook, { today: options.today, singleSheet: fileKind(input) === "csv" });
  const sheet = options.sheet === "incidents" ? result.incidents : result.weapons;
  if (!sheet) return { error: `${input}: no ${options.sheet} sheet found` };
  const validIncidentIds = options.sheet === "weapons" ? validIncidentIdsOf(result) : undefined;
  const exported = exportSheetCsv(sheet, { validOnly: options.validOnly, canonicalNames: options.canonicalNames, withIssues: options.withIssues, issues: result.issues, validIncidentIds, bom: options.bom });
  const files: OutputFile[] = [{ ...targets[0], data: exported.text }];
  const errors = sheet.rows.filter((row) => row.hasError).length;
  if (options.datapackage) {
    const resources: ResourceFile[] = [{ kind: options.sheet, path: basename(output), extraColumns: options.withIssues ? ["issue_codes", "issue_messages"] : [], legacyTaxonomy: sheet.legacyTaxonomy }];
    // A pipe or a device in its place has no earlier package to merge (and reading one would wait).
    if (targets[1].replace && existsSync(packagePath)) {
      try {
        const previous = JSON.parse(readFileSync(packagePath, "utf8")) as { resources?: { name?: string; path?: string; schema?: { fields?: { name: string }[] } }[] };
        for (const resource of previous.resources ?? []) {
          if ((resource.name === "incidents" || resource.name === "weapons") && resource.name !== options.sheet && resource.path) {
            const extra = (resource.schema?.fields ?? []).map((f) => f.name).filter((n) => n === "issue_codes" || n === "issue_messages");
            resources.push({ kind: resource.name, path: resource.path, extraColumns: extra });
          }
        }
      } catch {
        // An unreadable datapackage.json is replaced.
      }
    }
    resources.sort((a, b) => (a.kind < b.kind ? -1 : 1));
    files.push({ ...targets[1], data: `${JSON.stringify(dataPackage(resources), null, 2)}\n` });
  }
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  return { written: exported.written, leftOut: exported.leftOut, errors, ...(options.datapackage ? { datapackage: packagePath } : {}) };
}
