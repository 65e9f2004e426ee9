import { CellValue } from "../domain/cells/cellValue";
import { cellPosition, columnLetter } from "../domain/cells/columnLetter";
import { contiguousRuns, ProposedChange } from "../domain/fixes/fixPlan";
import { FixReport, FixWriter } from "../services/fixService";
import { LOG_HEADER, LOG_SHEET } from "../domain/fixes/curationLog";
import { appendRows } from "./appendRows";

/** The visible sheet where every change the add-in makes is logged: a curator may read and keep it. */
const RUNS_PER_SYNC = 2_000;

type Clock = () => Date;

/** A fix batch that Excel stopped part-way: `report` says what was really changed (and logged). */
export class FixInterrupted extends Error {
  constructor(readonly report: FixReport, override readonly cause: unknown, readonly planned: number) {
    super("The fix stopped part-way.");
  }
}

/**
 * Applies name fixes: a cell is written only if it still holds the value shown in the
 * preview and holds no formula; contiguous cells of a column are written in one go; every
 * change (and every cell left alone) is appended to the Curation log. Undo puts back the
 * old values of the last batch where the cells still hold the new ones.
 */
export class ExcelFixWriter implements FixWriter {
  constructor(private readonly now: Clock = () => new Date()) {}

  async apply(changes: readonly ProposedChange[]): Promise<FixReport> {
    const batch = `fix ${this.now().toISOString()}`;
    try {
      return await this.applyBatch(batch, changes);
    } catch (error) {
      // Excel stopped part-way: find out which cells hold the fix now, and log exactly those.
      const report = await this.reconcile(batch, changes);
      throw new FixInterrupted(report, error, changes.length);
    }
  }

  private async reconcile(batch: string, changes: readonly ProposedChange[]): Promise<FixReport> {
    return Excel.run(async (context) => {
      const current = await readCells(context, changes);
      const applied = changes.filter((change, index) => !current[index].formula && sameValue(current[index].value, change.new) && !sameValue(change.old, change.new));
      const logged = await loggedCells(context, batch);
      const time = this.now().toISOString();
      await appendLog(
        context,
        applied.filter((c) => !logged.has(`${c.sheet}!${c.address}`)).map((c) => [time, batch, "fix", c.sheet, c.address, cellText(c.old), c.new, `${c.reason} (batch interrupted)`]),
      );
      return { batch, applied, skipped: changes.filter((c) => !applied.includes(c)).map((change) => ({ change, why: "not written: the batch was interrupted" })) };
    });
  }

  private async applyBatch(batch: string, changes: readonly ProposedChange[]): Promise<FixReport> {
    return Excel.run(async (context) => {
      const current = await readCells(context, changes);
      const applied: ProposedChange[] = [];
      const skipped: FixReport["skipped"] = [];
      changes.forEach((change, index) => {
        const { value, formula } = current[index];
        if (formula) skipped.push({ change, why: "the cell holds a formula" });
        else if (change.new.startsWith("=")) skipped.push({ change, why: "the new value would be read by Excel as a formula" });
        else if (!sameValue(value, change.old)) skipped.push({ change, why: `the cell was changed since the preview (it now holds "${String(value)}")` });
        else applied.push(change);
      });
      await writeRuns(context, applied.map((change) => ({ ...change, value: change.new })));
      const time = this.now().toISOString();
      await appendLog(context, [
        ...applied.map((c) => [time, batch, "fix", c.sheet, c.address, cellText(c.old), c.new, c.reason]),
        ...skipped.map(({ change: c, why }) => [time, batch, "skipped", c.sheet, c.address, cellText(c.old), c.new, why]),
      ]);
      return { batch, applied, skipped };
    });
  }

  async undoLast(): Promise<FixReport | null> {
    return Excel.run(async (context) => {
      const log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
      await context.sync();
      if (log.isNullObject) return null;
      const used = log.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      const rows = used.isNullObject ? [] : (used.values as CellValue[][]).slice(1);
      const text = (cell: CellValue) => String(cell ?? "");
      const undone = new Set(rows.filter((r) => text(r[2]).startsWith("undo")).map((r) => text(r[1])));
      const lastRow = [...rows].reverse().find((r) => text(r[2]) === "fix" && !undone.has(text(r[1])));
      if (!lastRow) return null;
      const last = text(lastRow[1]);
      const changes: ProposedChange[] = rows
        .filter((r) => text(r[1]) === last && text(r[2]) === "fix")
        .map(([, , , sheet, address, old, fixed, reason]) => {
          // The undo goes the other way: the fixed value is what the cell should hold now.
          return { sheet: text(sheet), address: text(address), ...cellPosition(text(address)), field: "", old: fixed, new: text(old), reason: text(reason), restore: old };
        });
      const current = await readCells(context, changes);
      const applied: ProposedChange[] = [];
      const skipped: FixReport["skipped"] = [];
      changes.forEach((change, index) => {
        const { value, formula } = current[index];
        if (!formula && sameValue(value, change.old)) applied.push(change);
        else skipped.push({ change, why: `the cell was changed after the fix (it now holds "${String(formula ?? value)}")` });
      });
      await writeRuns(context, applied.map((change) => ({ ...change, value: (change as ProposedChange & { restore: CellValue }).restore })));
      const time = this.now().toISOString();
      await appendLog(context, [
        ...applied.map((c) => [time, last, "undo", c.sheet, c.address, c.old, c.new, "undo of the fix"]),
        ...skipped.map(({ change: c, why }) => [time, last, "undo skipped", c.sheet, c.address, c.old, c.new, why]),
      ]);
      return { batch: last, applied, skipped };
    });
  }
}

/** Rows of one column read in one range when looking up the cells a batch targets, and cells per request. */
const BLOCK_ROWS = 20_000;
const CELLS_PER_REQUEST = 40_000;

/**
 * Each target cell's value and formula, read by column blocks (one range from the first to
 * the last target row of a column, at most BLOCK_ROWS rows): a few calls for a whole batch,
 * however scattered its cells.
 */
async function readCells(context: Excel.RequestContext, changes: readonly ProposedChange[]): Promise<{ value: CellValue; formula: string | null }[]> {
  const found: { value: CellValue; formula: string | null }[] = new Array(changes.length);
  const byColumn = new Map<string, { change: ProposedChange; index: number }[]>();
  changes.forEach((change, index) => {
    const key = `${change.sheet}\u0000${change.column}`;
    byColumn.set(key, [...(byColumn.get(key) ?? []), { change, index }]);
  });
  const blocks: { top: number; cells: { change: ProposedChange; index: number }[]; range: Excel.Range }[] = [];
  let queued = 0;
  for (const cells of byColumn.values()) {
    cells.sort((a, b) => a.change.row - b.change.row);
    let start = 0;
    while (start < cells.length) {
      const top = cells[start].change.row;
      let end = start;
      while (end + 1 < cells.length && cells[end + 1].change.row - top < BLOCK_ROWS) end++;
      const { sheet, column } = cells[start].change;
      const letter = columnLetter(column);
      const range = context.workbook.worksheets.getItem(sheet).getRange(`${letter}${top}:${letter}${cells[end].change.row}`);
      range.load("values,formulas");
      blocks.push({ top, cells: cells.slice(start, end + 1), range });
      queued += cells[end].change.row - top + 1;
      if (queued >= CELLS_PER_REQUEST) {
        // Values and formulas of 40,000 cells stay well under Excel on the web's 5 MB.
        await context.sync();
        queued = 0;
      }
      start = end + 1;
    }
  }
  await context.sync();
  for (const { top, cells, range } of blocks) {
    for (const { change, index } of cells) {
      const formula = range.formulas[change.row - top][0];
      const value = range.values[change.row - top][0] as CellValue;
      // A formula cell shows its formula in `formulas` and its result in `values`; a text cell shows the same text in both.
      found[index] = { value, formula: typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null };
    }
  }
  return found;
}

async function writeRuns(context: Excel.RequestContext, cells: readonly (ProposedChange & { value: CellValue })[]): Promise<void> {
  const runs = contiguousRuns(cells);
  for (let start = 0; start < runs.length; start += RUNS_PER_SYNC) {
    for (const run of runs.slice(start, start + RUNS_PER_SYNC)) {
      context.workbook.worksheets.getItem(run[0].sheet).getRange(runAddress(run)).values = run.map((cell) => [cell.value]) as (string | number | boolean)[][];
    }
    await context.sync();
  }
}

/** The cells a batch has already logged as fixed. */
async function loggedCells(context: Excel.RequestContext, batch: string): Promise<Set<string>> {
  const log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
  await context.sync();
  if (log.isNullObject) return new Set();
  const used = log.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  const rows = used.isNullObject ? [] : (used.values as CellValue[][]);
  return new Set(rows.filter((row) => row[1] === batch && row[2] === "fix").map((row) => `${String(row[3])}!${String(row[4])}`));
}

async function appendLog(context: Excel.RequestContext, rows: CellValue[][]): Promise<void> {
  if (rows.length > 0) await appendRows(context, LOG_SHEET, LOG_HEADER, rows);
}

function runAddress(run: readonly { row: number; column: number }[]): string {
  const column = columnLetter(run[0].column);
  return run.length === 1 ? `${column}${run[0].row}` : `${column}${run[0].row}:${column}${run[run.length - 1].row}`;
}

function sameValue(current: CellValue, expected: CellValue): boolean {
  if (current === expected) return true;
  return String(current ?? "") === String(expected ?? "");
}

function cellText(value: CellValue): CellValue {
  return value ?? "";
}
