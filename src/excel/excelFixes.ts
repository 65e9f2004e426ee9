import { CellValue } from "../domain/cells/cellValue";
import { cellPosition, columnLetter } from "../domain/cells/columnLetter";
import { contiguousRuns, ProposedChange } from "../domain/fixes/fixPlan";
import { CellsMoved, FixReport, FixWriter } from "../services/fixService";
import { stopIfCancelled, WorkControl } from "../services/workbookSource";
import { LOG_HEADER, LOG_SHEET } from "../domain/fixes/curationLog";
import { appendRows } from "./appendRows";
import { existingSheets, readSheetRows } from "./sheetRows";
import { runExcel } from "./excelRun";
import { isPayloadTooLarge } from "./payloadLimits";
import { toExcelLiteral } from "../domain/cells/excelLiteral";
import { moveCell, SheetMove } from "../domain/cells/sheetMove";

const RUNS_PER_SYNC = 2_000;
/** Pending rows looked up (or marked) per request, each its own small range. */
const PENDING_ROWS_PER_REQUEST = 5_000;

/**
 * The log's actions. A change is logged as pending before its cell is written and marked
 * done once the write went through, so that a batch cut short (Excel failing, the workbook
 * closed) leaves a record of every cell it may have touched; the next apply or undo settles
 * pending rows by reading their cells.
 */
export const LOG_ACTION = {
  fix: "fix",
  fixPending: "fix pending",
  fixNotWritten: "fix not written",
  undo: "undo",
  undoPending: "undo pending",
  undoNotWritten: "undo not written",
  skipped: "skipped",
  undoSkipped: "undo skipped",
  /** Rows or columns inserted or deleted after fixes: an undo finds each fixed cell where Excel moved it. */
  moved: "cells moved",
} as const;

type Clock = () => Date;

/**
 * A fix or undo that Excel stopped part-way. `report` says which cells were really changed
 * (and are logged as such); null when the workbook could not be reached to find out: its
 * cells are then logged as pending and settled by the next fix or undo.
 */
export class FixInterrupted extends Error {
  constructor(readonly report: FixReport | null, override readonly cause: unknown, readonly planned: number, readonly undo = false) {
    super(undo ? "The undo stopped part-way." : "The fix stopped part-way.");
  }
}

/**
 * Applies name fixes: a cell is written only if it still holds the value shown in the
 * preview and holds no formula; contiguous cells of a column are written in one go; every
 * change (and every cell left alone) is in the Curation log, written ahead of the cells.
 * Undo puts back the old values of the last batch where the cells still hold the new ones.
 */
export class ExcelFixWriter implements FixWriter {
  /** `runsPerRequest`: runs of cells written per request (smaller only in tests, to see a batch stop between requests). */
  constructor(private readonly now: Clock = () => new Date(), private readonly runsPerRequest = RUNS_PER_SYNC) {}

  async apply(changes: readonly ProposedChange[], control: WorkControl = {}): Promise<FixReport> {
    const batch = `fix ${this.now().toISOString()}`;
    try {
      return await runExcel(async (context) => {
        await settlePending(context);
        const shapes = await sheetShapes(context, changes);
        const current = await readCells(context, changes);
        // The pane heard of rows or columns inserted or deleted since the preview: its cells may have moved, nothing is written.
        const moved = control.stale?.();
        if (moved) throw new CellsMoved(moved);
        const applied: ProposedChange[] = [];
        const skipped: FixReport["skipped"] = [];
        changes.forEach((change, index) => {
          const { value, formula } = current[index];
          if (formula) skipped.push({ change, why: "the cell holds a formula" });
          else if (change.new.startsWith("=")) skipped.push({ change, why: "the new value would be read by Excel as a formula" });
          else if (!sameValue(value, change.old)) skipped.push({ change, why: `the cell was changed since the preview (it now holds "${String(value)}")` });
          else applied.push(change);
        });
        const time = this.now().toISOString();
        const left = await writeAhead(
          context,
          applied.map((c) => [time, batch, LOG_ACTION.fixPending, c.sheet, c.address, cellText(c.old), c.new, c.reason]),
          skipped.map(({ change: c, why }) => [time, batch, LOG_ACTION.skipped, c.sheet, c.address, cellText(c.old), c.new, why]),
          () => writeRuns(context, applied.map((change) => ({ ...change, value: change.new })), control, "Writing fixes", this.runsPerRequest, shapes, "fix"),
          LOG_ACTION.fix,
          LOG_ACTION.fixNotWritten,
        );
        return { batch, applied: applied.filter((_, index) => !left.has(index)), skipped: [...skipped, ...[...left].map(([index, why]) => ({ change: applied[index], why }))] };
      });
    } catch (error) {
      // Refused before anything was logged or written: nothing to settle.
      if (error instanceof CellsMoved) throw error;
      throw new FixInterrupted(await this.settled(batch, changes, LOG_ACTION.fix), error, changes.length);
    }
  }

  async undoLast(control: WorkControl = {}): Promise<FixReport | null> {
    let target: { batch: string; changes: ProposedChange[] } | null = null;
    try {
      return await runExcel(async (context) => {
        await settlePending(context);
        const log = await readSheetRows(context, LOG_SHEET, "A:H");
        if (!log) return null;
        const text = (cell: CellValue) => String(cell ?? "");
        const moves = log.rows.map((r, index) => ({ r, index })).filter(({ r }) => text(r[2]) === LOG_ACTION.moved);
        // Where a logged cell is now: rows or columns moved after its row are applied in order; null when deleted with them.
        const nowAt = (r: CellValue[], index: number): string | null => {
          let now: string | null = text(r[4]);
          for (const move of moves) if (move.index > index && now !== null && text(move.r[3]) === text(r[3])) now = moveCell(now, JSON.parse(text(move.r[6])) as SheetMove);
          return now;
        };
        const keyNow = (r: CellValue[], index: number) => `${text(r[1])}\u0000${text(r[3])}!${nowAt(r, index)}`;
        // A fix is undone cell by cell: a batch whose undo was cut short can be undone again for the rest.
        const undone = new Set(log.rows.flatMap((r, index) => (text(r[2]) === LOG_ACTION.undo ? [keyNow(r, index)] : [])));
        const openRows = log.rows.map((r, index) => ({ r, index })).filter(({ r, index }) => text(r[2]) === LOG_ACTION.fix && !undone.has(keyNow(r, index)));
        if (openRows.length === 0) return null;
        const last = text(openRows[openRows.length - 1].r[1]);
        const changes: (ProposedChange & { restore: CellValue })[] = [];
        const gone: FixReport["skipped"] = [];
        for (const { r, index } of openRows.filter(({ r }) => text(r[1]) === last)) {
          const [, , , sheet, address, old, fixed, reason] = r;
          const now = nowAt(r, index);
          // The undo goes the other way: the fixed value is what the cell should hold now.
          const change = { sheet: text(sheet), address: now ?? text(address), ...cellPosition(now ?? text(address)), field: "", old: text(fixed), new: text(old), reason: text(reason), restore: old };
          if (now === null) gone.push({ change, why: "its row or column was deleted after the fix" });
          else changes.push(change);
        }
        target = { batch: last, changes };
        const shapes = await sheetShapes(context, changes);
        const current = await readCells(context, changes);
        const moved = control.stale?.();
        if (moved) throw new CellsMoved(moved, true);
        const applied: (ProposedChange & { restore: CellValue })[] = [];
        const skipped: FixReport["skipped"] = [...gone];
        changes.forEach((change, index) => {
          const { value, formula } = current[index];
          if (!formula && sameValue(value, change.old)) applied.push(change);
          else skipped.push({ change, why: `the cell was changed after the fix (it now holds "${String(formula ?? value)}")` });
        });
        const time = this.now().toISOString();
        const left = await writeAhead(
          context,
          applied.map((c) => [time, last, LOG_ACTION.undoPending, c.sheet, c.address, c.old, c.new, "undo of the fix"]),
          skipped.map(({ change: c, why }) => [time, last, LOG_ACTION.undoSkipped, c.sheet, c.address, c.old, c.new, why]),
          () => writeRuns(context, applied.map((change) => ({ ...change, value: change.restore })), control, "Putting back", this.runsPerRequest, shapes, "undo"),
          LOG_ACTION.undo,
          LOG_ACTION.undoNotWritten,
        );
        return { batch: last, applied: applied.filter((_, index) => !left.has(index)), skipped: [...skipped, ...[...left].map(([index, why]) => ({ change: applied[index], why }))] };
      });
    } catch (error) {
      const undoing = target as { batch: string; changes: ProposedChange[] } | null;
      if (!undoing || error instanceof CellsMoved) throw error;
      throw new FixInterrupted(await this.settled(undoing.batch, undoing.changes, LOG_ACTION.undo), error, undoing.changes.length, true);
    }
  }

  async moved(sheet: string, move: SheetMove): Promise<void> {
    await runExcel(async (context) => {
      const log = context.workbook.worksheets.getItemOrNullObject(LOG_SHEET);
      await context.sync();
      // Without a log there is no fix whose cell could have moved.
      if (log.isNullObject) return;
      const what = `${Math.abs(move.count)} ${move.kind === "rows" ? "row" : "column"}${Math.abs(move.count) === 1 ? "" : "s"} ${move.count > 0 ? "inserted" : "deleted"} at ${move.kind === "rows" ? move.at : columnLetter(move.at)}`;
      await appendRows(context, LOG_SHEET, LOG_HEADER, [[this.now().toISOString(), "", LOG_ACTION.moved, sheet, "", "", JSON.stringify(move), what]]);
    });
  }

  /** After a cut-short batch: settles its pending log rows and says which of `changes` were written; null if Excel cannot be reached. */
  private async settled(batch: string, changes: readonly ProposedChange[], done: string): Promise<FixReport | null> {
    try {
      const outcome = await runExcel((context) => settlePending(context));
      const written = new Set(outcome.filter((row) => row.batch === batch && row.action === done).map((row) => `${row.sheet}!${row.address}`));
      const applied = changes.filter((c) => written.has(`${c.sheet}!${c.address}`));
      return { batch, applied, skipped: changes.filter((c) => !written.has(`${c.sheet}!${c.address}`)).map((change) => ({ change, why: "not written: the batch was interrupted" })) };
    } catch {
      return null;
    }
  }
}

/**
 * Logs `pending` rows (and `other` rows, which need no settling), runs `write`, then marks
 * the pending rows `done` (or `notDone`, those `write` left alone): one more request, a
 * column of the log. Returns the pending rows left alone (by index), with why.
 */
async function writeAhead(
  context: Excel.RequestContext,
  pending: CellValue[][],
  other: CellValue[][],
  write: () => Promise<Map<number, string>>,
  done: string,
  notDone: string,
): Promise<Map<number, string>> {
  if (pending.length + other.length === 0) return new Map();
  const { sheet, firstRow } = await appendRows(context, LOG_SHEET, LOG_HEADER, [...pending, ...other]);
  if (pending.length === 0) return new Map();
  const left = await write();
  sheet.getRange(`C${firstRow}:C${firstRow + pending.length - 1}`).values = pending.map((_, index) => [toExcelLiteral(left.has(index) ? notDone : done)]);
  await context.sync();
  return left;
}

/**
 * Settles the log's pending rows: each becomes done if its cell holds the value the row
 * meant to write (and no formula), not written otherwise. Returns the settled rows.
 */
async function settlePending(context: Excel.RequestContext): Promise<{ row: number; batch: string; sheet: string; address: string; action: string }[]> {
  const actions = await readSheetRows(context, LOG_SHEET, "C:C");
  if (!actions) return [];
  const pendingRows = actions.rows.flatMap((row, index) => (row[0] === LOG_ACTION.fixPending || row[0] === LOG_ACTION.undoPending ? [actions.firstRow + index] : []));
  if (pendingRows.length === 0) return [];
  const rows: Excel.Range[] = [];
  for (const row of pendingRows) {
    rows.push(actions.sheet.getRange(`A${row}:H${row}`).load("values"));
    if (rows.length % PENDING_ROWS_PER_REQUEST === 0) await context.sync();
  }
  await context.sync();
  const entries = rows.map((range, index) => {
    const [, batch, action, sheet, address, , target] = range.values[0] as CellValue[];
    return { row: pendingRows[index], batch: String(batch), pending: String(action), sheet: String(sheet), address: String(address), target };
  });
  // Cells on sheets deleted since cannot hold anything: not written.
  const present = await existingSheets(context, [...new Set(entries.map((entry) => entry.sheet))]);
  const readable = entries.filter((entry) => present.has(entry.sheet) && /^[A-Z]+\d+$/.test(entry.address));
  const current = await readCells(
    context,
    readable.map((entry) => ({ sheet: entry.sheet, address: entry.address, ...cellPosition(entry.address), field: "", old: "", new: String(entry.target ?? ""), reason: "" })),
  );
  const holds = new Map(readable.map((entry, index) => [entry, !current[index].formula && sameValue(current[index].value, entry.target)]));
  const settled = entries.map((entry) => {
    const written = holds.get(entry) ?? false;
    const fix = entry.pending === LOG_ACTION.fixPending;
    const action = fix ? (written ? LOG_ACTION.fix : LOG_ACTION.fixNotWritten) : written ? LOG_ACTION.undo : LOG_ACTION.undoNotWritten;
    return { row: entry.row, batch: entry.batch, sheet: entry.sheet, address: entry.address, action };
  });
  for (let start = 0; start < settled.length; start += PENDING_ROWS_PER_REQUEST) {
    for (const entry of settled.slice(start, start + PENDING_ROWS_PER_REQUEST)) actions.sheet.getRange(`C${entry.row}`).values = [[toExcelLiteral(entry.action)]];
    await context.sync();
  }
  return settled;
}

/** Rows of one column read in one range when looking up the cells a batch targets, and cells per request. */
const BLOCK_ROWS = 20_000;
const CELLS_PER_REQUEST = 40_000;

/**
 * Each target cell's value and formula, read by column blocks (one range from the first to
 * the last target row of a column, at most BLOCK_ROWS rows), CELLS_PER_REQUEST cells a
 * request: a few calls for a whole batch, however scattered its cells. A request whose
 * answer Excel finds too big (long text cells) is read again in halves.
 */
async function readCells(context: Excel.RequestContext, changes: readonly ProposedChange[]): Promise<{ value: CellValue; formula: string | null }[]> {
  const found: { value: CellValue; formula: string | null }[] = new Array(changes.length);
  const byColumn = new Map<string, { change: ProposedChange; index: number }[]>();
  changes.forEach((change, index) => {
    const key = `${change.sheet}\u0000${change.column}`;
    const list = byColumn.get(key);
    if (list) list.push({ change, index });
    else byColumn.set(key, [{ change, index }]);
  });
  type Block = { top: number; bottom: number; cells: { change: ProposedChange; index: number }[] };
  const blocks: Block[] = [];
  for (const cells of byColumn.values()) {
    cells.sort((a, b) => a.change.row - b.change.row);
    let start = 0;
    while (start < cells.length) {
      const top = cells[start].change.row;
      let end = start;
      while (end + 1 < cells.length && cells[end + 1].change.row - top < BLOCK_ROWS) end++;
      blocks.push({ top, bottom: cells[end].change.row, cells: cells.slice(start, end + 1) });
      start = end + 1;
    }
  }
  let budget = CELLS_PER_REQUEST;
  while (blocks.length > 0) {
    const group: Block[] = [];
    let cells = 0;
    while (blocks.length > 0 && (group.length === 0 || cells + blocks[0].bottom - blocks[0].top + 1 <= budget)) {
      const block = blocks.shift()!;
      group.push(block);
      cells += block.bottom - block.top + 1;
    }
    const ranges = group.map((block) => {
      const { sheet, column } = block.cells[0].change;
      const letter = columnLetter(column);
      return context.workbook.worksheets.getItem(sheet).getRange(`${letter}${block.top}:${letter}${block.bottom}`).load("values,formulas");
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || (group.length === 1 && group[0].cells.length === 1)) throw error;
      // Too big for one answer: put the group back, a lone block split in two, and ask for half as much.
      if (group.length === 1) {
        const [block] = group;
        const half = Math.ceil(block.cells.length / 2);
        const [first, second] = [block.cells.slice(0, half), block.cells.slice(half)];
        blocks.unshift({ top: first[0].change.row, bottom: first[first.length - 1].change.row, cells: first }, { top: second[0].change.row, bottom: second[second.length - 1].change.row, cells: second });
      } else blocks.unshift(...group);
      budget = Math.max(1, Math.floor(cells / 2));
      continue;
    }
    group.forEach(({ top, cells: targets }, b) => {
      for (const { change, index } of targets) {
        const formula = ranges[b].formulas[change.row - top][0];
        const value = ranges[b].values[change.row - top][0] as CellValue;
        // A formula cell shows its formula in `formulas` and its result in `values`; a text cell shows the same text in both.
        found[index] = { value, formula: typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null };
      }
    });
  }
  return found;
}

/** What identifies a sheet's layout between requests: its used range's address, which inserting or deleting rows or columns among its data changes. */
type Shapes = Map<string, string>;

/** The used range of every sheet the changes are on, in one request (taken before the cells are read). */
async function sheetShapes(context: Excel.RequestContext, changes: readonly { sheet: string }[]): Promise<Shapes> {
  const used = [...new Set(changes.map((c) => c.sheet))].map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address") }));
  if (used.length === 0) return new Map();
  await context.sync();
  return new Map(used.map(({ name, range }) => [name, range.isNullObject ? "" : range.address]));
}

/**
 * Writes the cells by contiguous runs, RUNS_PER_SYNC runs a request; a cancel stops it
 * between requests. Excel runs a request whole, but a person can insert or delete rows (or
 * type into a cell) between two: each request therefore first reads, in itself, what its
 * cells hold and the shape of their sheets. A run whose cells no longer held the value
 * planned, or whose sheet's shape changed since `shapes` (its cells moved), is put back as
 * it was in the next request and left alone, and so is every later run of a moved sheet.
 * Returns the cells left alone, by index in `cells`, with why.
 */
async function writeRuns(
  context: Excel.RequestContext,
  cells: readonly (ProposedChange & { value: CellValue })[],
  control: WorkControl,
  step: string,
  perRequest: number,
  shapes: Shapes,
  what: "fix" | "undo",
): Promise<Map<number, string>> {
  const indexed = cells.map((cell, index) => ({ ...cell, index }));
  const runs = contiguousRuns(indexed);
  // One worksheet proxy per sheet, not one per run: two calls per run (range, values) instead of three.
  const sheets = new Map<string, Excel.Worksheet>();
  const sheetOf = (name: string) => sheets.get(name) ?? sheets.set(name, context.workbook.worksheets.getItem(name)).get(name)!;
  const left = new Map<number, string>();
  const movedWhy = `rows or columns were inserted or deleted while the ${what} ran, so the cell had moved (${what === "fix" ? "Fix names again fixes it where it is now" : "Undo last fix again finds it"})`;
  const leave = (run: readonly { index: number }[], why: string) => run.forEach((cell) => left.set(cell.index, why));
  const moved = new Set<string>();
  let done = 0;
  for (let start = 0; start < runs.length; start += perRequest) {
    stopIfCancelled(control.signal);
    const batch = runs.slice(start, start + perRequest);
    const stale = control.stale?.();
    if (stale) {
      runs.slice(start).forEach((run) => leave(run, `${stale}; not written`));
      break;
    }
    const writing = batch.filter((run) => !moved.has(run[0].sheet));
    batch.filter((run) => moved.has(run[0].sheet)).forEach((run) => leave(run, movedWhy));
    if (writing.length === 0) continue;
    // Read first, in the same request: what each sheet's shape and each run's cells are just before the write.
    const shapesNow = [...new Set(writing.map((run) => run[0].sheet))].map((name) => ({ name, range: sheetOf(name).getUsedRangeOrNullObject(true).load("address") }));
    const before = writing.map((run) => sheetOf(run[0].sheet).getRange(runAddress(run)).load("values,formulas"));
    for (const run of writing) {
      // As literals: a restored "0012" stays text and a "- unknown" never becomes a formula.
      sheetOf(run[0].sheet).getRange(runAddress(run)).values = run.map((cell) => [toExcelLiteral(cell.value)]);
    }
    await context.sync();
    for (const { name, range } of shapesNow) if ((range.isNullObject ? "" : range.address) !== shapes.get(name)) moved.add(name);
    const wrong = writing.flatMap((run, r) => {
      const held = run.map((_, i) => ({ value: before[r].values[i][0] as CellValue, formula: formulaOf(before[r].values[i][0] as CellValue, before[r].formulas[i][0]) }));
      const changed = held.some((h, i) => h.formula !== null || !sameValue(h.value, run[i].old));
      if (!moved.has(run[0].sheet) && !changed) return [];
      return [{ run, held, why: moved.has(run[0].sheet) ? movedWhy : `the cell was changed while the ${what} ran; it keeps what it held` }];
    });
    if (wrong.length > 0) {
      // Those cells were not the ones planned: they get back what they held, in the next request.
      for (const { run, held } of wrong) sheetOf(run[0].sheet).getRange(runAddress(run)).values = held.map((h) => [h.formula ?? toExcelLiteral(h.value)]);
      await context.sync();
      for (const { run, why } of wrong) leave(run, why);
    }
    done += writing.reduce((n, run) => n + run.length, 0);
    control.onProgress?.({ step, done, total: cells.length });
  }
  return left;
}

/** A cell's formula, where it has one (a text cell shows the same text in `formulas` and `values`). */
function formulaOf(value: CellValue, formula: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
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
