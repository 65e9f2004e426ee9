import ExcelJS from "exceljs";
import { CellValue } from "../domain/cells/cellValue";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { planFixes } from "../domain/fixes/fixPlan";
import { LOG_HEADER, LOG_SHEET } from "../domain/fixes/curationLog";
import { fileKind, loadXlsx, plainValue } from "./io/readWorkbookFile";
import { OutputFileError, writeFilesAtomically } from "./io/atomicWrite";
import { outputTarget } from "./io/outputTarget";

/**
 * `curate normalize`: a copy of the workbook with every fixable name replaced by its
 * canonical form, formulas and formats untouched (a formula cell is never written), and a
 * `Curation log` sheet listing each change. The input file is never written, nor reached
 * through a link; the copy replaces any file there whole or not at all.
 */
export async function normalizeFile(input: string, output: string, options: { today?: string; now?: Date; unifyForms?: boolean } = {}): Promise<{ fixed: number; skipped: number } | { error: string }> {
  if (fileKind(input) !== "xlsx") return { error: `${input}: normalize works on .xlsx workbooks (for a CSV, use export --canonical)` };
  if (!/\.xlsx$/i.test(output)) return { error: `${output}: the copy must be an .xlsx file` };
  let target;
  try {
    target = outputTarget(input, output, { overwritesInput: "normalize never writes over its input; choose another file" });
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  const { workbook, grid } = await loadXlsx(input);
  const result = checkWorkbook(grid, { today: options.today });
  const changes = planFixes(result, { unifyForms: options.unifyForms });
  const time = (options.now ?? new Date()).toISOString();
  const batch = `normalize ${time}`;
  const log: CellValue[][] = [];
  let fixed = 0;
  for (const change of changes) {
    const cell = workbook.getWorksheet(change.sheet)!.getCell(change.address);
    const current = plainValue(cell.value, Boolean(workbook.properties?.date1904));
    if (cell.formula || cell.type === ExcelJS.ValueType.Formula) {
      log.push([time, batch, "skipped", change.sheet, change.address, String(change.old ?? ""), change.new, "the cell holds a formula"]);
      continue;
    }
    if (String(current) !== String(change.old)) {
      log.push([time, batch, "skipped", change.sheet, change.address, String(current), change.new, "the cell differs from what was checked"]);
      continue;
    }
    cell.value = change.new;
    fixed++;
    log.push([time, batch, "fix", change.sheet, change.address, change.old ?? "", change.new, change.reason]);
  }
  const sheet = workbook.getWorksheet(LOG_SHEET) ?? workbook.addWorksheet(LOG_SHEET);
  if (sheet.rowCount === 0) sheet.addRow([...LOG_HEADER]);
  for (const row of log) sheet.addRow(row);
  try {
    // In memory first: exceljs writing the file itself would leave half a zip behind on a failure.
    await writeFilesAtomically([{ ...target, data: new Uint8Array(await workbook.xlsx.writeBuffer()) }]);
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  return { fixed, skipped: log.length - fixed };
}
