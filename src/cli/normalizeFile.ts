import { closeSync, openSync, readSync } from "node:fs";
import { extname } from "node:path";
import { CellValue } from "../domain/cells/cellValue";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { planFixes, ProposedChange } from "../domain/fixes/fixPlan";
import { ClusterDecision, ClusterFixPlan, planClusterFixes } from "../domain/clusters/clusterFixes";
import { LOG_HEADER, LOG_SHEET } from "../domain/fixes/curationLog";
import { fileKind, readWorkbookFile } from "./io/readWorkbookFile";
import { OutputFileError, writeFilesAtomically } from "./io/atomicWrite";
import { outputTarget } from "./io/outputTarget";
import { CellEdit, WorkbookPackage } from "./io/xlsxEdit/workbookPackage";
import { PackageError } from "./io/xlsxEdit/zipPackage";

export interface NormalizeResult {
  /** Name fixes written. */
  fixed: number;
  skipped: number;
  /** With cluster decisions only: the cells they rewrote, and the decisions (or spellings) left out with the reason (to print as warnings). */
  clusters?: { merged: number; refused: ClusterFixPlan["refused"] };
  /** What the copy could not keep as the input had it, one sentence each (to print as warnings); empty as a rule. */
  notKept: string[];
}

export interface NormalizeOptions {
  today?: string;
  now?: Date;
  unifyForms?: boolean;
  /** Cluster decisions to carry out (`--clusters FILE`); with them, the name fixes are made only with `fixNames`. */
  clusters?: readonly ClusterDecision[];
  /** With `clusters`: the usual name fixes as well (on the cells no decision changes). */
  fixNames?: boolean;
}

/**
 * `curate normalize`: a copy of the workbook with every fixable name replaced by its
 * canonical form and a `Curation log` sheet listing each change. The package is edited in
 * place: the fixed cells' elements and the log's rows are new, every other part (charts,
 * comments, external links, macros, pivot caches, …) and every other byte of the edited
 * parts are the input's own. A formula cell is never written. The input file is never
 * written, nor reached through a link; the copy replaces any file there whole or not at all.
 * With cluster decisions, the cells holding a merged spelling get the value to keep, planned
 * from the file as it is now (a cell edited since `curate clusters` is left as it is), and
 * logged like the name fixes; a cell both would change takes the curator's decision.
 */
export async function normalizeFile(input: string, output: string, options: NormalizeOptions = {}): Promise<NormalizeResult | { error: string }> {
  if (fileKind(input) !== "xlsx") return { error: `${input}: normalize works on .xlsx workbooks (for a CSV, use export --canonical)` };
  const extension = extname(input).toLowerCase();
  if (extname(output).toLowerCase() !== extension) {
    // Excel refuses a macro workbook named .xlsx (and the reverse): the type is in the package, not only the name.
    return { error: extension === ".xlsm" ? `${output}: the copy of a macro-enabled workbook must be an .xlsm file, as its input is` : `${output}: the copy must be an .xlsx file, as its input is` };
  }
  let target;
  try {
    target = outputTarget(input, output, { overwritesInput: "normalize never writes over its input; choose another file" });
  } catch (error) {
    if (error instanceof OutputFileError) return { error: error.message };
    throw error;
  }
  const refused = notAZipWorkbook(input);
  if (refused) return { error: `${input}: ${refused}` };
  const grid = await readWorkbookFile(input);
  const clusterPlan: ClusterFixPlan = options.clusters ? planClusterFixes(grid, options.clusters) : { changes: [], refused: [] };
  const nameFixes = options.clusters === undefined || options.fixNames ? planFixes(checkWorkbook(grid, { today: options.today }), { unifyForms: options.unifyForms }) : [];
  const time = (options.now ?? new Date()).toISOString();
  const batch = `normalize ${time}`;
  const { changes, overruled } = withDecisionsFirst(clusterPlan.changes, nameFixes);
  const merges = new Set(clusterPlan.changes);

  let pkg: WorkbookPackage;
  try {
    pkg = await WorkbookPackage.open(input);
  } catch (error) {
    if (error instanceof PackageError) return { error: `${input}: cannot be edited in place (${error.message})` };
    throw error;
  }
  try {
    // The cells as the file holds them: the grid was read by another reader, and a fix is written only where both agree.
    let now;
    try {
      now = await pkg.cells(changes);
    } catch (error) {
      // What the editor cannot read in place (a part in another encoding, a row numbered 0) is the file's, not a bug.
      if (error instanceof PackageError) return { error: `${input}: cannot be edited in place (${error.message}); ${output} not written` };
      throw error;
    }
    const log: CellValue[][] = [];
    const edits: CellEdit[] = [];
    let merged = 0;
    for (const change of changes) {
      const cell = now.get(`${change.sheet}!${change.address}`)!;
      if ("missing" in cell) {
        log.push([time, batch, "skipped", change.sheet, change.address, String(change.old ?? ""), change.new, cell.missing]);
      } else if (cell.formula) {
        log.push([time, batch, "skipped", change.sheet, change.address, String(change.old ?? ""), change.new, "the cell holds a formula"]);
      } else if (String(cell.value) !== String(change.old)) {
        log.push([time, batch, "skipped", change.sheet, change.address, String(cell.value), change.new, "the cell differs from what was checked"]);
      } else {
        edits.push({ sheet: change.sheet, address: change.address, text: change.new });
        log.push([time, batch, "fix", change.sheet, change.address, change.old ?? "", change.new, change.reason]);
        if (merges.has(change)) merged++;
      }
    }
    for (const { change, decision } of overruled) {
      log.push([time, batch, "skipped", change.sheet, change.address, String(change.old ?? ""), change.new, `a cluster decision writes "${decision.new}" in this cell instead`]);
    }
    let notKept: string[] = [];
    try {
      await writeFilesAtomically([
        {
          ...target,
          data: async (descriptor) => {
            notKept = await pkg.write(descriptor, { cells: edits, log: { sheet: LOG_SHEET, header: LOG_HEADER, rows: log }, now: options.now ?? new Date() });
          },
        },
      ]);
    } catch (error) {
      if (error instanceof OutputFileError) return { error: error.message };
      if (error instanceof PackageError) return { error: `${input}: cannot be edited in place (${error.message}); ${output} not written` };
      throw error;
    }
    return { fixed: edits.length - merged, skipped: log.length - edits.length, notKept, ...(options.clusters ? { clusters: { merged, refused: clusterPlan.refused } } : {}) };
  } finally {
    pkg.close();
  }
}

/**
 * The cluster decisions' changes, then the name fixes of the cells no decision changes: one
 * edit per cell, the curator's choice first. The name fixes left out are returned to be logged.
 */
function withDecisionsFirst(decided: readonly ProposedChange[], nameFixes: readonly ProposedChange[]): { changes: ProposedChange[]; overruled: { change: ProposedChange; decision: ProposedChange }[] } {
  const byCell = new Map(decided.map((change) => [`${change.sheet}!${change.address}`, change]));
  const changes = [...decided];
  const overruled: { change: ProposedChange; decision: ProposedChange }[] = [];
  for (const change of nameFixes) {
    const decision = byCell.get(`${change.sheet}!${change.address}`);
    if (decision) overruled.push({ change, decision });
    else changes.push(change);
  }
  return { changes, overruled };
}

/** Why the file is not a workbook package to edit, for the two cases a reader's message would not make plain; or undefined. */
function notAZipWorkbook(path: string): string | undefined {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, "r");
    const start = Buffer.alloc(8);
    const read = readSync(descriptor, start, 0, 8, 0);
    // A workbook saved with a password is an encrypted package inside an OLE compound file.
    if (read === 8 && start.equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
      return "is encrypted (saved with a password) or an old .xls file: open it in Excel and save it without a password as .xlsx first";
    }
    return undefined;
  } catch {
    // Unreadable: the reader says why in its own words.
    return undefined;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
