import { cellPosition, columnLetter } from "../domain/cells/columnLetter";
import { addressGroups, CellFlag, FLAG_COLORS, NOTE_PREFIX, planFlags } from "../domain/flags/flagPlan";
import { Issue } from "../domain/issues/issue";
import { FlagReport, FlagWriter } from "../services/flagService";
import { stopIfCancelled, WorkCancelled, WorkControl } from "../services/workbookSource";
import { existingSheets } from "./sheetRows";
import { deleteFlagRecord, hasFlagRecord, PreviousState, readFlagRecord, writeFlagRecord } from "./flagRecord";
import { addAnnotation, AnnotationKind, AnnotationMap, cellKey, readAnnotations } from "./cellAnnotations";
import { availableAnnotations } from "./annotationSupport";
import { runExcel } from "./excelRun";
import { moveCell, SheetMove } from "../domain/cells/sheetMove";

/** Cells of fill colour and pattern read per request (about 80 bytes each in the answer), and notes written per request: well under 5 MB. */
const READ_CELLS_PER_SYNC = 25_000;
const NOTES_PER_SYNC = 2_000;
const AREA_GROUPS_PER_SYNC = 50;

const cellOf = (flag: { sheet: string; address: string }) => cellKey(flag.sheet, flag.address);
const shownOf = (flag: CellFlag) => `${flag.severity}\n${flag.note}`;

/**
 * Flags issues in the user's cells: a fill by severity and a note with the findings (notes
 * need ExcelApi 1.18 and an office.js that has them; a threaded comment where only comments
 * exist, 1.10, never over a comment the user already has; fills only without either). Before
 * writing, it records each cell's fill (none, or its colour) and note in the workbook's
 * custom XML (flagRecord.ts), so that `clear` puts back exactly what the user had. Nothing
 * it does clears Excel's undo history: no sheet is added, hidden or deleted.
 * Values are never written. Reads and writes go in batches: colours by column blocks, fills
 * by RangeAreas per colour, notes in batches (the notes API takes one cell per call).
 */
export class ExcelFlagWriter implements FlagWriter {
  constructor(private readonly options: { annotations: AnnotationKind }) {}

  /** The kind asked for, where the loaded office.js has it (a local copy may lack notes). */
  private get kind(): AnnotationKind {
    return availableAnnotations(this.options.annotations);
  }

  async flag(issues: readonly Issue[], control: WorkControl = {}): Promise<FlagReport> {
    const flags = planFlags(issues);
    const kind = this.kind;
    if (flags.length === 0) {
      await this.clear();
      return { cells: 0, annotations: kind };
    }
    try {
      await runExcel(async (context) => {
        // Flags already shown are taken off first, so that their colours are never recorded as the user's.
        const shown = await readFlagRecord(context);
        if (shown) await restore(context, kind, shown);
        const previous = await readPrevious(context, kind, flags);
        stopIfCancelled(control.signal);
        await writeFlagRecord(context, previous);
        await writeFills(context, flags.map((flag) => ({ flag, color: FLAG_COLORS[flag.severity] })), control);
        if (kind !== "none") await writeNotes(context, kind, previous, new Set(), control);
      });
    } catch (error) {
      // Cancelled between requests: the record is complete, so Clear takes off whatever was written.
      if (error instanceof WorkCancelled) await this.clear();
      throw error;
    }
    return { cells: flags.length, annotations: kind };
  }

  /**
   * After a re-check (an edit, a fix, an undo): flags only the cells whose findings changed,
   * against what the record says each cell shows. Cells no longer flagged get back what they
   * had; newly flagged cells are recorded first; the record is rewritten in place.
   */
  async update(issues: readonly Issue[]): Promise<FlagReport> {
    const kind = this.kind;
    const next = new Map(planFlags(issues).map((flag) => [cellOf(flag), flag]));
    return runExcel(async (context) => {
      const recorded = await readFlagRecord(context);
      if (!recorded) return { cells: 0, annotations: kind };
      const record = new Map(recorded.map((state) => [cellOf(state.flag), state]));
      const gone = [...record.values()].filter((state) => !next.has(cellOf(state.flag)));
      const added = [...next.values()].filter((flag) => !record.has(cellOf(flag)));
      const changed = [...next.values()].filter((flag) => record.has(cellOf(flag)) && shownOf(record.get(cellOf(flag))!.flag) !== shownOf(flag));
      if (gone.length + added.length + changed.length === 0) return { cells: next.size, annotations: kind };
      await restore(context, kind, gone);
      for (const state of gone) record.delete(cellOf(state.flag));
      for (const state of await readPrevious(context, kind, added)) record.set(cellOf(state.flag), state);
      const rewritten = [...changed, ...added].map((flag) => ({ ...record.get(cellOf(flag))!, flag }));
      for (const state of rewritten) record.set(cellOf(state.flag), state);
      await writeFills(context, rewritten.map(({ flag }) => ({ flag, color: FLAG_COLORS[flag.severity] })));
      if (kind !== "none") await writeNotes(context, kind, rewritten, new Set(changed.map(cellOf)));
      await writeFlagRecord(context, [...record.values()]);
      return { cells: next.size, annotations: kind };
    });
  }

  /**
   * Rows or columns were inserted or deleted: every recorded cell moves as Excel moved it
   * (its fill and note went with it), and cells that were deleted leave the record.
   */
  async moved(sheet: string, move: SheetMove): Promise<void> {
    await runExcel(async (context) => {
      const recorded = await readFlagRecord(context);
      if (!recorded) return;
      const kept = recorded.flatMap((state) => {
        if (state.flag.sheet !== sheet) return [state];
        const address = moveCell(state.flag.address, move);
        return address === null ? [] : [{ ...state, flag: { ...state.flag, address, ...cellPosition(address) } }];
      });
      await writeFlagRecord(context, kept);
    });
  }

  async clear(): Promise<number> {
    return runExcel(async (context) => {
      const previous = await readFlagRecord(context);
      if (previous === null) return 0;
      const restored = await restore(context, this.kind, previous);
      await deleteFlagRecord(context);
      return restored;
    });
  }

  async hasFlags(): Promise<boolean> {
    return runExcel((context) => hasFlagRecord(context));
  }

  async select(sheet: string, address: string): Promise<void> {
    await runExcel(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }
}

/** Each flagged cell's fill (read by column blocks) and note (one look-up per flagged cell). */
async function readPrevious(context: Excel.RequestContext, kind: AnnotationKind, flags: CellFlag[]): Promise<PreviousState[]> {
  const fills = new Map<string, string | null>();
  const blocks: { sheet: string; column: number; top: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
  let queued = 0;
  const byColumn = new Map<string, CellFlag[]>();
  for (const flag of flags) {
    const key = `${flag.sheet}\u0000${flag.column}`;
    const list = byColumn.get(key);
    if (list) list.push(flag);
    else byColumn.set(key, [flag]);
  }
  for (const columnFlags of byColumn.values()) {
    const { sheet, column } = columnFlags[0];
    const rows = columnFlags.map((f) => f.row);
    const top = Math.min(...rows);
    const bottom = Math.max(...rows);
    for (let start = top; start <= bottom; start += READ_CELLS_PER_SYNC) {
      const end = Math.min(bottom, start + READ_CELLS_PER_SYNC - 1);
      const range = context.workbook.worksheets.getItem(sheet).getRange(`${columnLetter(column)}${start}:${columnLetter(column)}${end}`);
      // The pattern tells a white fill from none: Excel reports both as #FFFFFF.
      blocks.push({ sheet, column, top: start, result: range.getCellProperties({ format: { fill: { color: true, pattern: true } } }) });
      queued += end - start + 1;
      if (queued >= READ_CELLS_PER_SYNC) {
        await context.sync();
        queued = 0;
      }
    }
  }
  await context.sync();
  const notes = await readAnnotations(context, kind, flags);
  for (const block of blocks) {
    block.result.value.forEach((row, offset) => {
      const fill = row[0].format?.fill;
      fills.set(`${block.sheet}\u0000${block.column}\u0000${block.top + offset}`, !fill || fill.pattern === "None" || !fill.color ? null : fill.color);
    });
  }
  return flags.map((flag) => {
    const note = notes.get(cellOf(flag));
    return { flag, fill: fills.get(`${flag.sheet}\u0000${flag.column}\u0000${flag.row}`) ?? null, note: note ? note.content : null };
  });
}

/**
 * Our note on each cell, above the user's own where there is one (a comment thread of the
 * user's is never written into); `present` holds cells that already carry ours.
 */
async function writeNotes(context: Excel.RequestContext, kind: AnnotationKind, previous: PreviousState[], present: ReadonlySet<string> = new Set(), control: WorkControl = {}): Promise<void> {
  const existing: AnnotationMap = await readAnnotations(
    context,
    kind,
    previous.filter(({ flag, note }) => note !== null || present.has(cellOf(flag))).map(({ flag }) => flag),
  );
  // A cell holds a note or a threaded comment, not both: a cell the user commented keeps its comment and gets the fill only.
  const commented = kind === "notes" && availableAnnotations("comments") === "comments" ? await readAnnotations(context, "comments", previous.map(({ flag }) => flag)) : new Map();
  const writes = previous.filter(({ flag, note }) => !(kind === "comments" && note !== null) && !commented.has(cellOf(flag)));
  const write = ({ flag, note }: PreviousState) => {
    const content = note === null ? flag.note : `${flag.note}\n—\n${note}`;
    const current = existing.get(cellOf(flag));
    if (current) current.content = content;
    else addAnnotation(context, kind, flag.sheet, flag.address, content);
  };
  for (let start = 0; start < writes.length; start += NOTES_PER_SYNC) {
    const batch = writes.slice(start, start + NOTES_PER_SYNC);
    batch.forEach(write);
    try {
      await context.sync();
    } catch (error) {
      if (kind !== "comments" || !isRefusedCell(error)) throw error;
      await writeOneByOne(context, batch, write);
    }
    control.onProgress?.({ step: kind === "comments" ? "Writing comments" : "Writing notes", done: Math.min(writes.length, start + NOTES_PER_SYNC), total: writes.length });
    stopIfCancelled(control.signal);
  }
}

/** Excel refusing one cell's annotation (a note the comments API cannot see is already there). */
function isRefusedCell(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === "InvalidOperation" || code === "InvalidArgument";
}

/**
 * After Excel refused a batch of comments part-way (the comments before the refused one
 * were written): each cell of the batch that still lacks ours gets its own request, and a
 * cell Excel refuses keeps its fill only.
 */
async function writeOneByOne(context: Excel.RequestContext, batch: readonly PreviousState[], write: (state: PreviousState) => void): Promise<void> {
  const now = await readAnnotations(context, "comments", batch.map(({ flag }) => flag));
  for (const state of batch) {
    const comment = now.get(cellOf(state.flag));
    if (comment?.content.startsWith(NOTE_PREFIX)) continue;
    write(state);
    try {
      await context.sync();
    } catch (error) {
      if (!isRefusedCell(error)) throw error;
    }
  }
}

/** Puts back each cell's fill and note (or takes ours off); a note the user wrote since is left alone. Returns the cells restored. */
async function restore(context: Excel.RequestContext, kind: AnnotationKind, states: readonly PreviousState[]): Promise<number> {
  if (states.length === 0) return 0;
  const sheetsPresent = await existingSheets(context, [...new Set(states.map((p) => p.flag.sheet))]);
  const restorable = states.filter((p) => sheetsPresent.has(p.flag.sheet));
  await writeFills(context, restorable.map((p) => ({ flag: p.flag, color: p.fill })));
  if (kind !== "none") await restoreNotes(context, kind, restorable);
  return restorable.length;
}

async function restoreNotes(context: Excel.RequestContext, kind: AnnotationKind, states: readonly PreviousState[]): Promise<void> {
  const current = await readAnnotations(context, kind, states.map((state) => state.flag));
  for (let start = 0; start < states.length; start += NOTES_PER_SYNC) {
    for (const state of states.slice(start, start + NOTES_PER_SYNC)) {
      const note = current.get(cellOf(state.flag));
      const ours = note !== undefined && note.content.startsWith(NOTE_PREFIX);
      if (state.note !== null && !note) addAnnotation(context, kind, state.flag.sheet, state.flag.address, state.note);
      else if (state.note !== null && ours) note!.content = state.note;
      else if (state.note === null && ours) note!.delete();
    }
    await context.sync();
  }
}

/** Fills written by colour, through RangeAreas of merged addresses; a null colour clears the fill. */
async function writeFills(context: Excel.RequestContext, cells: { flag: CellFlag; color: string | null }[], control: WorkControl = {}): Promise<void> {
  const byKey = new Map<string, CellFlag[]>();
  for (const { flag, color } of cells) {
    const key = `${flag.sheet}\u0000${color ?? ""}`;
    const list = byKey.get(key);
    if (list) list.push(flag);
    else byKey.set(key, [flag]);
  }
  const work = [...byKey].map(([key, flags]) => ({ key, groups: addressGroups(flags) }));
  const groupsTotal = work.reduce((sum, { groups }) => sum + groups.length, 0);
  let queued = 0;
  let groupsDone = 0;
  for (const { key, groups } of work) {
    const [sheet, color] = key.split("\u0000");
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const addresses of groups) {
      const areas = worksheet.getRanges(addresses);
      if (color) areas.format.fill.color = color;
      else areas.format.fill.clear();
      groupsDone++;
      if (++queued >= AREA_GROUPS_PER_SYNC) {
        await context.sync();
        queued = 0;
        control.onProgress?.({ step: "Writing fills", done: Math.round((cells.length * groupsDone) / groupsTotal), total: cells.length });
        stopIfCancelled(control.signal);
      }
    }
  }
  await context.sync();
}
