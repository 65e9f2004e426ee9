import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { dataPackage, ResourceFile } from "../domain/export/dataPackage";
import { exportSheetCsv, validIncidentIdsOf } from "../domain/export/exportSheet";
import { fileKind, readWorkbookFile } from "./io/readWorkbookFile";

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
 * so exporting both sheets into one folder describes both, with their foreign key.
 */
export async function exportFile(input: string, output: string, options: ExportFileOptions): Promise<{ written: number; leftOut: number; errors: number; datapackage?: string } | { error: string }> {
  if (resolve(input) === resolve(output)) return { error: `${output}: the output would overwrite the input` };
  const workbook = await readWorkbookFile(input);
  const result = checkWorkbook(workbook, { today: options.today, singleSheet: fileKind(input) === "csv" });
  const sheet = options.sheet === "incidents" ? result.incidents : result.weapons;
  if (!sheet) return { error: `${input}: no ${options.sheet} sheet found` };
  const validIncidentIds = options.sheet === "weapons" ? validIncidentIdsOf(result) : undefined;
  const exported = exportSheetCsv(sheet, { validOnly: options.validOnly, canonicalNames: options.canonicalNames, withIssues: options.withIssues, issues: result.issues, validIncidentIds, bom: options.bom });
  try {
    writeFileSync(output, exported.text, "utf8");
  } catch (error) {
    return { error: `${output}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  const errors = sheet.rows.filter((row) => row.hasError).length;
  if (!options.datapackage) return { written: exported.written, leftOut: exported.leftOut, errors };
  const packagePath = join(dirname(output), "datapackage.json");
  const resources: ResourceFile[] = [{ kind: options.sheet, path: basename(output), extraColumns: options.withIssues ? ["issue_codes", "issue_messages"] : [], legacyTaxonomy: sheet.legacyTaxonomy }];
  if (existsSync(packagePath)) {
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
  writeFileSync(packagePath, `${JSON.stringify(dataPackage(resources), null, 2)}\n`, "utf8");
  return { written: exported.written, leftOut: exported.leftOut, errors, datapackage: packagePath };
}
