import { columnLetter, columnNumber } from "../domain/cells/columnLetter";
import { addressGroups, CellFlag, FLAG_COLORS, NOTE_PREFIX, planFlags } from "../domain/flags/flagPlan";
import { Issue } from "../domain/issues/issue";
import { Severity } from "../domain/issues/issueCodes";
import { FlagReport, FlagWriter } from "../services/flagService";

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
 * need ExcelApi 1.18; fills only without it). Before writing, it records each cell's fill
 * and note in a very hidden sheet, so that `clear` puts back exactly what the user had.
 * Values are never written. Reads and writes go in batches: colours by column blocks, fills
 * by RangeAreas per colour, notes in batches (the notes API takes one cell per call).
 */
export class ExcelFlagWriter implements FlagWriter {
  constructor(private readonly options: { notes: boolean }) {}

  async flag(issues: readonly Issue[]): Promise<FlagReport> {
    await this.clear();
    const flags = planFlags(issues);
    if (flags.length === 0) return { cells: 0, notes: this.options.notes };
    await Excel.run(async (context) => {
      const previous = await this.readPrevious(context, flags);
      await writeRecord(context, previous);
      await writeFills(context, flags.map((flag) => ({ flag, color: FLAG_COLORS[flag.severity] })));
      if (this.options.notes) await this.writeNotes(context, previous);
    });
    return { cells: flags.length, notes: this.options.notes };
  }

  async clear(): Promise<number> {
    return Excel.run(async (context) => {
      const record = context.workbook.worksheets.getItemOrNullObject(FLAG_RECORD_SHEET);
      await context.sync();
      if (record.isNullObject) return 0;
      const used = record.getUsedRangeOrNullObject(true);
      used.load("values");
      await context.sync();
      const rows = used.isNullObject ? [] : (used.values as string[][]).slice(1);
      const previous = rows.map(([sheet, address, fill, hadNote, note]) => ({ sheet, address, fill: String(fill), hadNote: hadNote === "yes", note: String(note) }));
      const sheetsPresent = await existingSheets(context, [...new Set(previous.map((p) => p.sheet))]);
      const restorable = previous.filter((p) => sheetsPresent.has(p.sheet));
      await writeFills(
        context,
        restorable.map((p) => {
          const { row, column } = splitAddress(p.address);
          return { flag: { sheet: p.sheet, address: p.address, row, column, severity: "info" as Severity, note: "" }, color: p.fill === NO_FILL ? null : p.fill };
        }),
      );
      if (this.options.notes) {
        for (let start = 0; start < restorable.length; start += NOTES_PER_SYNC) {
          const chunk = restorable.slice(start, start + NOTES_PER_SYNC).map((p) => {
            const note = context.workbook.worksheets.getItem(p.sheet).notes.getItemOrNullObject(p.address);
            note.load("content");
            return { p, note };
          });
          await context.sync();
          for (const { p, note } of chunk) {
            const ours = !note.isNullObject && note.content.startsWith(NOTE_PREFIX);
            if (p.hadNote && note.isNullObject) context.workbook.worksheets.getItem(p.sheet).notes.add(p.address, p.note);
            else if (p.hadNote && ours) note.content = p.note;
            // Our note is taken off; a note the user wrote since is left alone.
            else if (!p.hadNote && ours) note.delete();
          }
          await context.sync();
        }
      }
      record.delete();
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
    const notes = new Map<string, Excel.Note>();
    if (this.options.notes) {
      for (let start = 0; start < flags.length; start += NOTES_PER_SYNC) {
        for (const flag of flags.slice(start, start + NOTES_PER_SYNC)) {
          const note = context.workbook.worksheets.getItem(flag.sheet).notes.getItemOrNullObject(flag.address);
          note.load("content");
          notes.set(`${flag.sheet}\u0000${flag.address}`, note);
        }
        await context.sync();
      }
    }
    for (const block of blocks) {
      block.result.value.forEach((row, offset) => fills.set(`${block.sheet}\u0000${block.column}\u0000${block.top + offset}`, row[0].format?.fill?.color ?? NO_FILL));
    }
    return flags.map((flag) => {
      const note = notes.get(`${flag.sheet}\u0000${flag.address}`);
      return { flag, fill: fills.get(`${flag.sheet}\u0000${flag.column}\u0000${flag.row}`) ?? NO_FILL, note: note && !note.isNullObject ? note.content : null };
    });
  }

  private async writeNotes(context: Excel.RequestContext, previous: PreviousState[]): Promise<void> {
    for (let start = 0; start < previous.length; start += NOTES_PER_SYNC) {
      for (const { flag, note } of previous.slice(start, start + NOTES_PER_SYNC)) {
        const notes = context.workbook.worksheets.getItem(flag.sheet).notes;
        if (note === null) notes.add(flag.address, flag.note);
        else notes.getItemOrNullObject(flag.address).content = `${flag.note}\n—\n${note}`;
      }
      await context.sync();
    }
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
async function writeFills(context: Excel.RequestContext, cells: { flag: CellFlag; color: string | null }[]): Promise<void> {
  const byKey = new Map<string, CellFlag[]>();
  for (const { flag, color } of cells) {
    const key = `${flag.sheet}\u0000${color ?? ""}`;
    byKey.set(key, [...(byKey.get(key) ?? []), flag]);
  }
  let queued = 0;
  for (const [key, flags] of byKey) {
    const [sheet, color] = key.split("\u0000");
    const worksheet = context.workbook.worksheets.getItem(sheet);
    for (const addresses of addressGroups(flags)) {
      const areas = worksheet.getRanges(addresses);
      if (color) areas.format.fill.color = color;
      else areas.format.fill.clear();
      if (++queued >= AREA_GROUPS_PER_SYNC) {
        await context.sync();
        queued = 0;
      }
    }
  }
  await context.sync();
}

async function existingSheets(context: Excel.RequestContext, names: string[]): Promise<Set<string>> {
  const sheets = names.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
  await context.sync();
  return new Set(sheets.filter(({ sheet }) => !sheet.isNullObject).map(({ name }) => name));
}

function splitAddress(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(match[2]), column: columnNumber(match[1]) };
}
