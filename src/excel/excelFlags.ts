import { cellPosition, columnLetter } from "../domain/cells/columnLetter";
import { addressGroups, CellFlag, FLAG_COLORS, NOTE_PREFIX, planFlags } from "../domain/flags/flagPlan";
import { Issue } from "../domain/issues/issue";
import { Severity } from "../domain/issues/issueCodes";
import { FlagReport, FlagWriter } from "../services/flagService";
import { stopIfCancelled, WorkCancelled, WorkControl } from "../services/workbookSource";
import { existingSheets, readSheetRows } from "./sheetRows";
import { addAnnotation, AnnotationKind, AnnotationMap, cellKey, readAnnotations } from "./cellAnnotations";

/** The hidden sheet that records what flagged cells held before, so that Clear restores it exactly. */
export const FLAG_RECORD_SHEET = "Curation flags";
const RECORD_HEADER = ["sheet", "address", "previous fill", "had note", "previous note"];
/** Excel reports a cell without fill as white. */
const NO_FILL = "#FFFFFF";
/** Cells of fill colours read per request, and record rows or notes written per request: well under 5 MB. */
const READ_CELLS_PER_SYNC = 40_000;
const RECORD_ROWS_PER_SYNC = 10_000;
const NOTES_PER_SYNC = 2_000;
const AREA_GROUPS_PER_SYNC = 50;

interface PreviousState {
  flag: CellFlag;
  fill: string;
  note: string | null;
}

/**
 * Flags issues in the user's cells: a fill by severity and a note with the findings (notes
 * need ExcelApi 1.18; a threaded comment where only comments exist, 1.10, never over a
 * comment the user already has; fills only without either). Before writing, it records each
 * cell's fill and note in a very hidden sheet, so that `clear` puts back exactly what the
 * user had.
 * Values are never written. Reads and writes go in batches: colours by column blocks, fills
 * by RangeAreas per colour, notes in batches (the notes API takes one cell per call).
 */
export class ExcelFlagWriter implements FlagWriter {
  constructor(private readonly options: { annotations: AnnotationKind }) {}

  private get annotates(): boolean {
    return this.options.annotations !== "none";
  }

  async flag(issues: readonly Issue[], control: WorkControl = {}): Promise<FlagReport> {
    await this.clear();
    const flags = planFlags(issues);
    if (flags.length === 0) return { cells: 0, annotations: this.options.annotations };
    try {
      await Excel.run(async (context) => {
        const previous = await this.readPrevious(context, flags);
        stopIfCancelled(control.signal);
        await writeRecord(context, previous);
        await writeFills(context, flags.map((flag) => ({ flag, color: FLAG_COLORS[flag.severity] })), control);
        if (this.annotates) await this.writeNotes(context, previous, new Set(), control);
      });
    } catch (error) {
      // Cancelled between requests: the record is complete, so Clear takes off whatever was written.
      if (error instanceof WorkCancelled) await this.clear();
      throw error;
    }
    return { cells: flags.length, annotations: this.options.annotations };
  }

  /**
   * After a re-check: flags only the cells whose findings changed. Cells no longer flagged get
   * back what they had; newly flagged cells are recorded first; the record is rewritten.
   */
  async update(before: readonly Issue[], after: readonly Issue[]): Promise<FlagReport> {
    const key = (flag: CellFlag) => `${flag.sheet}\u0000${flag.address}`;
    const old = new Map(planFlags(before).map((flag) => [key(flag), flag]));
    const next = new Map(planFlags(after).map((flag) => [key(flag), flag]));
    const removed = [...old.keys()].filter((k) => !next.has(k));
    const added = [...next.values()].filter((flag) => !old.has(key(flag)));
    const changed = [...next.values()].filter((flag) => old.has(key(flag)) && (old.get(key(flag))!.severity !== flag.severity || old.get(key(flag))!.note !== flag.note));
    if (removed.length + added.length + changed.length === 0) return { cells: next.size, annotations: this.options.annotations };
    await Excel.run(async (context) => {
      const record = new Map(((await readRecord(context)) ?? []).map((state) => [key(state.flag), state]));
      const gone = removed.map((k) => record.get(k)).filter((state): state is PreviousState => state !== undefined);
      await writeFills(context, gone.map((state) => ({ flag: state.flag, color: state.fill === NO_FILL ? null : state.fill })));
      if (this.annotates) await restoreNotes(context, this.options.annotations, gone);
      for (const k of removed) record.delete(k);
      const fresh = await this.readPrevious(context, added);
      for (const state of fresh) record.set(key(state.flag), state);
      const rewritten = [...changed, ...added].map((flag) => ({ ...record.get(key(flag))!, flag }));
      await writeFills(context, rewritten.map(({ flag }) => ({ flag, color: FLAG_COLORS[flag.severity] })));
      if (this.annotates) await this.writeNotes(context, rewritten, new Set(changed.map(key)));
      context.workbook.worksheets.getItem(FLAG_RECORD_SHEET).delete();
      await writeRecord(context, [...record.values()]);
    });
    return { cells: next.size, annotations: this.options.annotations };
  }

  async clear(): Promise<number> {
    return Excel.run(async (context) => {
      const previous = await readRecord(context);
      if (previous === null) return 0;
      const sheetsPresent = await existingSheets(context, [...new Set(previous.map((p) => p.flag.sheet))]);
      const restorable = previous.filter((p) => sheetsPresent.has(p.flag.sheet));
      await writeFills(context, restorable.map((p) => ({ flag: p.flag, color: p.fill === NO_FILL ? null : p.fill })));
      if (this.annotates) await restoreNotes(context, this.options.annotations, restorable);
      context.workbook.worksheets.getItem(FLAG_RECORD_SHEET).delete();
      await context.sync();
      return restorable.length;
    });
  }

  async select(sheet: string, address: string): Promise<void> {
    await Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /** Each flagged cell's fill (read by column blocks) and note (one look-up per flagged cell). */
  private async readPrevious(context: Excel.RequestContext, flags: CellFlag[]): Promise<PreviousState[]> {
    const fills = new Map<string, string>();
    const blocks: { sheet: string; column: number; top: number; result: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let queued = 0;
    const byColumn = new Map<string, CellFlag[]>();
    for (const flag of flags) {
      const key = `${flag.sheet}\u0000${flag.column}`;
      byColumn.set(key, [...(byColumn.get(key) ?? []), flag]);
    }
    for (const columnFlags of byColumn.values()) {
      const { sheet, column } = columnFlags[0];
      const rows = columnFlags.map((f) => f.row);
      const top = Math.min(...rows);
      const bottom = Math.max(...rows);
      for (let start = top; start <= bottom; start += READ_CELLS_PER_SYNC) {
        const end = Math.min(bottom, start + READ_CELLS_PER_SYNC - 1);
        const range = context.workbook.worksheets.getItem(sheet).getRange(`${columnLetter(column)}${start}:${columnLetter(column)}${end}`);
        blocks.push({ sheet, column, top: start, result: range.getCellProperties({ format: { fill: { color: true } } }) });
        queued += end - start + 1;
        if (queued >= READ_CELLS_PER_SYNC) {
          await context.sync();
          queued = 0;
        }
      }
    }
    await context.sync();
    const notes = await readAnnotations(context, this.options.annotations, flags);
    for (const block of blocks) {
      block.result.value.forEach((row, offset) => fills.set(`${block.sheet}\u0000${block.column}\u0000${block.top + offset}`, row[0].format?.fill?.color ?? NO_FILL));
    }
    return flags.map((flag) => {
      const note = notes.get(cellKey(flag.sheet, flag.address));
      return { flag, fill: fills.get(`${flag.sheet}\u0000${flag.column}\u0000${flag.row}`) ?? NO_FILL, note: note ? note.content : null };
    });
  }

  /**
   * Our note on each cell, above the user's own where there is one (a comment thread of the
   * user's is never written into); `present` holds cells that already carry ours.
   */
  private async writeNotes(context: Excel.RequestContext, previous: PreviousState[], present: ReadonlySet<string> = new Set(), control: WorkControl = {}): Promise<void> {
    const kind = this.options.annotations;
    const existing: AnnotationMap = await readAnnotations(
      context,
      kind,
      previous.filter(({ flag, note }) => note !== null || present.has(cellKey(flag.sheet, flag.address))).map(({ flag }) => flag),
    );
    for (let start = 0; start < previous.length; start += NOTES_PER_SYNC) {
      for (const { flag, note } of previous.slice(start, start + NOTES_PER_SYNC)) {
        if (kind === "comments" && note !== null) continue;
        const content = note === null ? flag.note : `${flag.note}\n—\n${note}`;
        const current = existing.get(cellKey(flag.sheet, flag.address));
        if (current) current.content = content;
        else addAnnotation(context, kind, flag.sheet, flag.address, content);
      }
      await context.sync();
      control.onProgress?.({ step: kind === "comments" ? "Writing comments" : "Writing notes", done: Math.min(previous.length, start + NOTES_PER_SYNC), total: previous.length });
      stopIfCancelled(control.signal);
    }
  }
}

/** The record of what flagged cells held before, as written by `writeRecord`; null where there is no record sheet. */
async function readRecord(context: Excel.RequestContext): Promise<PreviousState[] | null> {
  const record = await readSheetRows(context, FLAG_RECORD_SHEET, "A:E");
  if (!record) return null;
  return record.rows.map(([sheet, address, fill, hadNote, note]) => {
    const { row, column } = cellPosition(String(address));
    return { flag: { sheet: String(sheet), address: String(address), row, column, severity: "info" as Severity, note: "" }, fill: String(fill), note: hadNote === "yes" ? String(note) : null };
  });
}

/** Puts back each cell's own note, or takes ours off; a note the user wrote since is left alone. */
async function restoreNotes(context: Excel.RequestContext, kind: AnnotationKind, states: readonly PreviousState[]): Promise<void> {
  const current = await readAnnotations(context, kind, states.map((state) => state.flag));
  for (let start = 0; start < states.length; start += NOTES_PER_SYNC) {
    for (const state of states.slice(start, start + NOTES_PER_SYNC)) {
      const note = current.get(cellKey(state.flag.sheet, state.flag.address));
      const ours = note !== undefined && note.content.startsWith(NOTE_PREFIX);
      if (state.note !== null && !note) addAnnotation(context, kind, state.flag.sheet, state.flag.address, state.note);
      else if (state.note !== null && ours) note!.content = state.note;
      else if (state.note === null && ours) note!.delete();
    }
    await context.sync();
  }
}

async function writeRecord(context: Excel.RequestContext, previous: PreviousState[]): Promise<void> {
  const sheet = context.workbook.worksheets.add(FLAG_RECORD_SHEET);
  sheet.visibility = "VeryHidden";
  const rows = [RECORD_HEADER, ...previous.map((p) => [p.flag.sheet, p.flag.address, p.fill, p.note === null ? "no" : "yes", p.note ?? ""])];
  for (let start = 0; start < rows.length; start += RECORD_ROWS_PER_SYNC) {
    const chunk = rows.slice(start, start + RECORD_ROWS_PER_SYNC);
    sheet.getRange(`A${start + 1}:E${start + chunk.length}`).values = chunk;
    await context.sync();
  }
}

/** Fills written by colour, through RangeAreas of merged addresses; a null colour clears the fill. */
async function writeFills(context: Excel.RequestContext, cells: { flag: CellFlag; color: string | null }[], control: WorkControl = {}): Promise<void> {
  const byKey = new Map<string, CellFlag[]>();
  for (const { flag, color } of cells) {
    const key = `${flag.sheet}\u0000${color ?? ""}`;
    byKey.set(key, [...(byKey.get(key) ?? []), flag]);
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
