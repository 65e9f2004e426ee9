import { getHeapStatistics } from "node:v8";
import { RowBatch } from "../../domain/sheetStream";

/** What a kept row costs besides its cells: its values and formats arrays (headers, backing stores). */
const ROW_BYTES = 96;
/** What a kept cell costs besides its text: a slot in the values array and one in the formats array. */
const CELL_BYTES = 16;
/** What a string the kept rows alone hold costs besides its characters (the string's header). */
const STRING_BYTES = 24;

/**
 * How much memory the rows of a pass may take to be kept for the next: a quarter of the
 * heap Node may grow to, and at most 512 MiB, so that a check keeping a sheet's rows still
 * has three quarters of the heap for everything else and a big file's peak stays near what
 * streaming alone takes.
 */
export function defaultKeepBudget(): number {
  return Math.min(2 ** 29, Math.floor(getHeapStatistics().heap_size_limit / 4));
}

/**
 * The rows of one complete pass over a sheet, kept so that the next pass is served from
 * memory instead of reading and parsing the file again (a check reads each sheet twice: a
 * first pass for what is sheet-wide, then the check), as long as they fit in a budget of
 * bytes. The rows are let go, and the next pass reads the file as every pass did before, as
 * soon as what is kept, projected to the whole file from how far the pass has read, passes
 * the budget: a file too big to keep is let go after its first batch, not at the budget, so
 * memory stays bounded whatever the file's size and a big file's peak is streaming's. The
 * estimate counts the arrays and the text only the rows hold (an .xlsx's shared strings are
 * held anyway).
 */
export class KeptPass {
  private batches: RowBatch[] | undefined = [];
  private bytes = 0;

  constructor(private readonly budget: number) {
    if (budget <= 0) this.batches = undefined;
  }

  /**
   * Keeps a batch of the pass. `own`: the characters of the strings only these rows hold, and
   * how many such strings; `read`: the share of the file (or part) read so far, from 0 to 1.
   */
  keep(batch: RowBatch, own: { characters: number; strings: number }, read: number): void {
    if (!this.batches) return;
    let cells = 0;
    for (const row of batch.values) cells += row.length;
    // Characters are counted as two bytes: a string with any character past Latin-1 is stored so.
    this.bytes += batch.values.length * ROW_BYTES + cells * CELL_BYTES + own.characters * 2 + own.strings * STRING_BYTES;
    const projected = read > 0 && read < 1 ? this.bytes / read : this.bytes;
    if (projected > this.budget) this.batches = undefined;
    else this.batches.push(batch);
  }

  /** Whether batches are still kept: false once let go (or with no budget), so a reader can skip measuring them. */
  get keeping(): boolean {
    return this.batches !== undefined;
  }

  /** The pass's batches, once it is complete and they fit; undefined otherwise. Hands them over once. */
  take(): RowBatch[] | undefined {
    const batches = this.batches;
    this.batches = undefined;
    return batches;
  }
}

/** The characters and strings of a batch's string cells: for a reader whose every string is its rows' own (a CSV's). */
export function ownText(batch: RowBatch): { characters: number; strings: number } {
  let characters = 0;
  let strings = 0;
  for (const row of batch.values) {
    for (const value of row) {
      if (typeof value === "string" && value.length > 0) {
        characters += value.length;
        strings++;
      }
    }
  }
  return { characters, strings };
}
