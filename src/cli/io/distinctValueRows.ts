import { CellValue, isBlank } from "../../domain/cells/cellValue";
import { SheetRoles } from "../../domain/checks/sheetRoles";
import { DistinctValueTally, keyedByCountry } from "../../domain/clusters/distinctValueTally";
import { ValueKind } from "../../domain/clusters/clusterTypes";
import { HEADER_SEARCH_ROWS, TableLayout } from "../../domain/headers/locateTable";
import { isDictionarySheet } from "../../domain/names/dictionary/workbookDictionary";
import { SheetKind } from "../../domain/schema/fieldSpec";
import { SheetGrid } from "../../domain/sheetGrid";
import { gatherSheet, SheetRowSource, WorkbookRowSource } from "../../domain/sheetStream";
import { asUsedRange } from "./xlsx/readXlsxGrid";
import { MergedRange } from "./xlsx/sheetPart";

/** A sheet source that may tell its merged ranges once read to its end (an .xlsx sheet's). */
type MaybeMerged = SheetRowSource & { mergedRanges?(): MergedRange[] };

/** What clustering reads of a workbook streamed: the distinct values of one kind, and the Curation dictionary sheet. */
export interface StreamedValues {
  tally: DistinctValueTally;
  /** The workbook's `Curation dictionary` sheet, gathered whole (the team's entries: small), as the grid reader shapes it. */
  dictionary?: SheetGrid;
}

/**
 * The distinct values of one kind in a workbook read as row streams, with the Curation
 * dictionary sheet, exactly as `distinctValues` and `clusterWorkbook` find them on the grid
 * `readWorkbookFile` gives, without holding the sheets' rows:
 *
 * 1. In workbook order, the first rows of each sheet (at most `HEADER_SEARCH_ROWS`, all that
 *    `locateTable` reads) tell the incident and weapon sheets and their header rows, as
 *    `findSheets` tells them; the dictionary sheet is gathered whole. Every sheet is read to its
 *    end once, as the grid reader reads it, so that a file it refuses (a malformed row far
 *    down a sheet) is refused here too: a sheet whose values are tallied in step 2, any
 *    other now, its rows let go as they come.
 * 2. The incident sheet's rows, then the weapon sheet's (whatever their order in the
 *    workbook: a holder takes the country of its incident), one pass each, into a
 *    `DistinctValueTally`. A sheet of a role is thus read twice at its top: its first rows
 *    (one batch) in step 1, then all of it.
 * 3. An .xlsx sheet's merged ranges are known only once it has been read to its end; the
 *    grid empties the cells they cover but for the top-left one. Where a range covers a cell
 *    that held a value among the first rows, or any cell of a column the tally reads below
 *    them, the whole reading is done again with the ranges known (their cells emptied as the
 *    grid empties them): a second pass only for such files.
 */
export async function readDistinctValues(source: WorkbookRowSource, kind: ValueKind): Promise<StreamedValues> {
  const merges = new Map<number, MergedRange[]>();
  for (;;) {
    const read = await readOnce(source.sheets as MaybeMerged[], kind, merges);
    if (!read.mergesMatter) return read.values;
    for (const [index, ranges] of read.merges) merges.set(index, ranges);
  }
}

interface Reading {
  values: StreamedValues;
  /** Whether a merged range found in this reading covers a cell it read: the reading is then done again, the ranges known. */
  mergesMatter: boolean;
  merges: Map<number, MergedRange[]>;
}

async function readOnce(sheets: readonly MaybeMerged[], kind: ValueKind, known: ReadonlyMap<number, MergedRange[]>): Promise<Reading> {
  const merges = new Map<number, MergedRange[]>();
  let mergesMatter = false;
  /** After a complete pass over a sheet with a role: its merged ranges, and whether they empty a cell that was read. */
  const noteMerges = (index: number, head: readonly CellValue[][], columnsRead: readonly number[]) => {
    const ranges = known.has(index) ? undefined : sheets[index].mergedRanges?.().filter(coversMoreThanOneCell);
    if (!ranges?.length) return;
    merges.set(index, ranges);
    if (ranges.some((range) => coversReadCell(range, head, columnsRead, sheets[index].startColumn ?? 1))) mergesMatter = true;
  };

  // 1. In workbook order: each sheet's role from its first rows, as `findSheets` tells them. Every
  //    sheet is read to its end once, as the grid reader reads it (and refuses what it refuses):
  //    a sheet whose values may be tallied in step 2, there; any other here, its rows let go.
  const roles = new SheetRoles(sheets);
  const found: Partial<Record<SheetKind, { index: number; layout: TableLayout; head: CellValue[][] }>> = {};
  const dictionaryIndex = sheets.findIndex((sheet) => isDictionarySheet(sheet.name));
  const mayBeTallied = (role: { kind: SheetKind; layout: TableLayout }) => DistinctValueTally.columnsOf(kind, role.kind, role.layout).length > 0 || (role.kind === "incidents" && keyedByCountry(kind));
  let dictionary: SheetGrid | undefined;
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    if (i === dictionaryIndex) {
      dictionary = await gatherDictionary(sheet);
      continue;
    }
    let decided: { kind: SheetKind; layout: TableLayout } | undefined;
    // Once both kinds are found, no later sheet has a role: nothing to decide.
    const head = await readHeadThen(sheet, known.get(i), found.incidents && found.weapons ? undefined : (rows) => {
      decided = roles.decide(i, { name: sheet.name, values: rows, ...(sheet.tables?.length ? { tables: sheet.tables } : {}) });
      if (decided) found[decided.kind] = { index: i, layout: decided.layout, head: rows };
      return !(decided && mayBeTallied(decided));
    });
    if (decided && !mayBeTallied(decided)) noteMerges(i, head, []);
  }

  // 2. The rows, the incident sheet's before the weapon sheet's.
  const weapons = found.weapons;
  const holders = weapons !== undefined && DistinctValueTally.columnsOf(kind, "weapons", weapons.layout).length > 0;
  const tally = new DistinctValueTally(kind, { incidentCountries: holders });
  for (const sheetKind of ["incidents", "weapons"] as const) {
    const role = found[sheetKind];
    if (!role || !mayBeTallied({ kind: sheetKind, layout: role.layout })) continue;
    const sheet = sheets[role.index];
    // An incident sheet without a column of the kind is tallied only for its countries, where the weapon sheet has holders; else read and let go.
    const tallied = DistinctValueTally.columnsOf(kind, sheetKind, role.layout).length > 0 || holders;
    if (tallied) tally.beginSheet({ kind: sheetKind, name: sheet.name, layout: role.layout, startColumn: sheet.startColumn });
    await eachRow(sheet, known.get(role.index), tallied ? (index, row) => tally.take(index, row) : () => undefined);
    noteMerges(role.index, role.head, tallied ? DistinctValueTally.columnsRead(kind, sheetKind, role.layout) : []);
  }
  return { values: { tally, ...(dictionary ? { dictionary } : {}) }, mergesMatter, merges };
}

/**
 * Reads a sheet's first rows (as many as `locateTable` looks at; a row absent from the file
 * as []), hands them to `decide`, and reads on to the sheet's end, its rows let go, unless
 * `decide` returns false (the sheet is read again, whole, later). Returns the first rows.
 */
async function readHeadThen(sheet: SheetRowSource, merges: MergedRange[] | undefined, decide: ((head: CellValue[][]) => boolean) | undefined): Promise<CellValue[][]> {
  const head: CellValue[][] = [];
  let readOn: boolean | undefined = decide ? undefined : true;
  const settle = () => {
    for (let i = 0; i < head.length; i++) head[i] ??= [];
    readOn = decide!(head);
  };
  await eachRow(sheet, merges, (index, row) => {
    if (readOn !== undefined) return readOn;
    // A batch after a gap may begin below the first rows.
    if (index < HEADER_SEARCH_ROWS) head[index] = row;
    if (index + 1 < HEADER_SEARCH_ROWS) return true;
    settle();
    return readOn;
  });
  if (readOn === undefined) settle();
  return head;
}

/**
 * Hands every row of a sheet to `visit` by its index from 0 (a gap between batches is rows the
 * file does not have: not handed over), the cells of known merged ranges emptied as the grid
 * empties them; `visit` returning false stops the reading.
 */
async function eachRow(sheet: SheetRowSource, merges: MergedRange[] | undefined, visit: (index: number, row: CellValue[]) => boolean | void): Promise<void> {
  const blank = merges?.length ? mergedCellsBlanker(merges) : undefined;
  for await (const batch of sheet.rows()) {
    const first = batch.startRow - 1;
    for (let i = 0; i < batch.values.length; i++) {
      const row = blank ? blank(batch.startRow + i, batch.values[i]) : batch.values[i];
      if (visit(first + i, row) === false) return;
    }
  }
}

/**
 * Empties the cells of merged ranges on each row, rows given in increasing order, as
 * `asUsedRange` empties them in the grid: every cell of a range but its top-left one, as far
 * as the row reaches (a copy of the row where it changes).
 */
function mergedCellsBlanker(merges: readonly MergedRange[]): (rowNumber: number, row: CellValue[]) => CellValue[] {
  const byTop = [...merges].sort((a, b) => a.top - b.top);
  let next = 0;
  let active: MergedRange[] = [];
  return (rowNumber, row) => {
    while (next < byTop.length && byTop[next].top <= rowNumber) active.push(byTop[next++]);
    if (active.length === 0) return row;
    active = active.filter((range) => range.bottom >= rowNumber);
    let copy: CellValue[] | undefined;
    for (const { top, left, right } of active) {
      if (top > rowNumber) continue;
      for (let c = rowNumber === top ? left + 1 : left; c <= right && c <= row.length; c++) {
        copy ??= row.slice();
        copy[c - 1] = "";
      }
    }
    return copy ?? row;
  };
}

function coversMoreThanOneCell(range: MergedRange): boolean {
  return range.bottom > range.top || range.right > range.left;
}

/**
 * Whether emptying a merged range could change what was read: a cell it empties held a value
 * among the first rows (which tell the header row), or lies in a column read below them.
 */
function coversReadCell(range: MergedRange, head: readonly CellValue[][], columnsRead: readonly number[], startColumn: number): boolean {
  for (let row = range.top; row <= Math.min(range.bottom, head.length); row++) {
    const cells = head[row - 1] ?? [];
    for (let c = row === range.top ? range.left + 1 : range.left; c <= range.right && c - startColumn < cells.length; c++) {
      if (c >= startColumn && !isBlank(cells[c - startColumn])) return true;
    }
  }
  if (range.bottom <= head.length) return false;
  // Below the first rows: any cell of a read column but the range's top-left one.
  return columnsRead.some((index) => {
    const column = startColumn + index;
    if (column < range.left || column > range.right) return false;
    return column !== range.left || range.bottom > Math.max(range.top, head.length);
  });
}

/** The dictionary sheet gathered whole; an .xlsx sheet shaped as the grid reader shapes it (merged cells emptied, rows padded). */
async function gatherDictionary(sheet: MaybeMerged): Promise<SheetGrid> {
  const grid = await gatherSheet(sheet);
  return sheet.mergedRanges ? asUsedRange(grid, sheet.mergedRanges()) : grid;
}
