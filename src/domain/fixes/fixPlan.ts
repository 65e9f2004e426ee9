import { CellValue, displayValue } from "../cells/cellValue";
import { columnNumber } from "../cells/columnLetter";
import { WorkbookCheck } from "../checks/checkWorkbook";
import { CheckedSheet } from "../checks/checkSheet";

/** One proposed change of a cell: what it holds now and the canonical form to write. */
export interface ProposedChange {
  sheet: string;
  /** A1 address within the sheet. */
  address: string;
  row: number;
  column: number;
  field: string;
  /** The cell exactly as read: the fix is written only if the cell still holds it. */
  old: CellValue;
  new: string;
  reason: string;
  /** The normaliser's confidence, for name fixes. */
  confidence?: number;
}

export interface PlanOptions {
  /**
   * Also write one form for each actor a sheet writes in two recognised forms (the
   * `mixed-forms` findings): every actor cell holding the less used form gets the form the
   * sheet mostly writes. Optional: both forms are right.
   */
  unifyForms?: boolean;
}

const ACTOR_CELLS = ["actor1", "actor2"] as const;

/**
 * The one-click fixes of a check: every `non-canonical` finding with its canonical form,
 * against the cell's exact value as read (not the shortened value of the message), and
 * with `unifyForms` the cells of each actor's less used recognised form.
 */
export function planFixes(result: WorkbookCheck, options: PlanOptions = {}): ProposedChange[] {
  const changes: ProposedChange[] = [];
  const sheets = [result.incidents, result.weapons].filter((s): s is CheckedSheet => s !== undefined);
  const rowsBySheet = new Map(sheets.map((sheet) => [sheet.name, new Map(sheet.rows.map((row) => [row.row, row]))]));
  const indexBySheet = new Map(sheets.map((sheet) => [sheet.name, new Map(sheet.layout.columns.map(({ index, spec }) => [spec.field, index]))]));
  for (const issue of result.issues) {
    if (issue.code !== "non-canonical" || issue.suggestion === undefined || !issue.column || !issue.field) continue;
    const row = rowsBySheet.get(issue.sheet)?.get(issue.row);
    const index = indexBySheet.get(issue.sheet)?.get(issue.field);
    if (!row || index === undefined) continue;
    const old = row.cells[index];
    if (displayValue(old).trim() === issue.suggestion) continue;
    changes.push({ sheet: issue.sheet, address: `${issue.column}${issue.row}`, row: issue.row, column: columnNumber(issue.column), field: issue.field, old: old ?? "", new: issue.suggestion, reason: issue.message, ...(issue.confidence !== undefined ? { confidence: issue.confidence } : {}) });
  }
  if (options.unifyForms) {
    for (const issue of result.issues) {
      if (issue.code !== "mixed-forms" || issue.suggestion === undefined) continue;
      const sheet = sheets.find((s) => s.name === issue.sheet);
      if (!sheet) continue;
      for (const field of ACTOR_CELLS) {
        const index = indexBySheet.get(sheet.name)?.get(field);
        const column = sheet.columnOf.get(field);
        if (index === undefined || !column) continue;
        const otherIndex = indexBySheet.get(sheet.name)?.get(field === "actor1" ? "actor2" : "actor1");
        for (const row of sheet.rows) {
          const old = row.cells[index];
          if (typeof old !== "string" || old.trim() !== issue.value) continue;
          // Never so that actor 1 becomes actor 2 where the row names two actors.
          const other = otherIndex === undefined ? undefined : row.cells[otherIndex];
          if (typeof other === "string" && other.trim() === issue.suggestion) continue;
          changes.push({ sheet: sheet.name, address: `${column}${row.row}`, row: row.row, column: columnNumber(column), field, old, new: issue.suggestion, reason: issue.message, confidence: 1 });
        }
      }
    }
  }
  return changes;
}

/** Contiguous runs of changed cells in one column: one write each. */
export function contiguousRuns<T extends { sheet: string; row: number; column: number }>(cells: readonly T[]): T[][] {
  const sorted = [...cells].sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) || a.column - b.column || a.row - b.row);
  const runs: T[][] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && previous.sheet === cell.sheet && previous.column === cell.column && previous.row + 1 === cell.row) last.push(cell);
    else runs.push([cell]);
  }
  return runs;
}
