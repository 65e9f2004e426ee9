import { Readable } from "node:stream";
import { CellValue } from "../../../domain/cells/cellValue";
import { OutlyingCell, RowBatch } from "../../../domain/sheetStream";
import { columnOf, parseRange } from "./cellReference";
import { cellValue, isDateFormat, RawCell } from "./cellValues";
import { isFarCell } from "./outlyingCellRule";
import { FastXmlParser } from "./fastXml";
import { attribute, parseXmlStream } from "./partXml";
import { ScannedPartReader } from "./scannedPart";
import { SheetDataScanner, SheetRowSink } from "./sheetDataScanner";
import { StringItemText } from "./sharedStrings";

/** What every sheet of a workbook is read with. */
export interface SheetContext {
  sharedStrings: readonly string[];
  /** The number format of each cell style (`s`), undefined for General. */
  cellFormats: readonly (string | undefined)[];
  date1904: boolean;
}

export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What one complete pass over a sheet part learnt beside its rows. */
export interface SheetPassFacts {
  hiddenRows: number[];
  outlyingCells: OutlyingCell[];
  mergedRanges: MergedRange[];
  /**
   * For a reader keeping the rows (`KeptPass`), counted so far: the text of the cells that are
   * not shared strings (which the workbook holds anyway), and the part's inflated bytes read.
   */
  keeping?: { characters: number; strings: number; bytes: number };
}

/** Rows a batch holds at most. */
export const BATCH_ROWS = 2_000;
/** Missing rows filled in with empty ones rather than starting a new batch. */
const GAP_FILL = 32;

/**
 * A worksheet part read as a stream: rows in batches of at most `BATCH_ROWS`, each row its
 * cells from column A to its last dense cell (ragged; a row without values is []), values as
 * the exceljs path gives them and their number formats, the cells of merged ranges known
 * from an earlier pass empty but for the top-left one. Far cells (see `isFarCell`) go into
 * `facts.outlyingCells`; hidden rows and merged ranges into `facts` too, complete once the
 * part has been read to its end.
 */
export async function* readSheetRows(part: string, stream: Readable, context: SheetContext, facts: SheetPassFacts, knownMerges: readonly MergedRange[] = [], scanner: "scan rows" | "parser only" = "scan rows"): AsyncGenerator<RowBatch> {
  const { sharedStrings, cellFormats, date1904 } = context;
  const mergedCells = mergeIndex(knownMerges);
  const ready: RowBatch[] = [];
  let batch: { startRow: number; values: CellValue[][]; numberFormats: (string | null)[][] } | undefined;

  // The row being read.
  let rowNumber = 0;
  let lastRow = 0;
  let values: CellValue[] = [];
  let formats: (string | null)[] = [];
  let rowHasValue = false;
  let column = 0;
  let denseColumn = 0;
  let far = false;
  // What a row begun but not finished undoes (see SheetRowSink.undoRow).
  let hiddenMark = 0;
  let outlyingMark = 0;
  let charactersMark = 0;
  let stringsMark = 0;
  const ownText = facts.keeping;
  // The cell being read by the general parser's handlers.
  const cell: RawCell = { type: undefined, v: undefined, inline: undefined, formula: false };
  let cellAt = 0;
  let style = 0;
  let inCell = false;
  let inV = false;
  let vParts: string[] = [];
  let inInline = false;
  const inline = new StringItemText();
  let inSheetData = false;

  const flush = () => {
    if (batch) ready.push(batch);
    batch = undefined;
  };

  // The rows, from the scanner or from the handlers below: one code for both, so that they cannot differ.
  const sink: SheetRowSink = {
    beginRow(declared: number, hidden: boolean) {
      // A row without r follows the one before; rows out of order keep the file's order, moved down.
      rowNumber = Number.isInteger(declared) && declared > lastRow ? declared : lastRow + 1;
      if (hidden) facts.hiddenRows.push(rowNumber);
      values = [];
      formats = [];
      rowHasValue = false;
      column = 0;
      denseColumn = 0;
      far = false;
    },
    cell(at: number, style: number, type: string | undefined, value: CellValue, hadV: boolean, formula: boolean) {
      column = at > column ? at : column + 1;
      // Style 0 (or none) is the workbook's default, which exceljs gives no format whatever it says (LibreOffice's says "General").
      const styleFormat = style ? cellFormats[style] : undefined;
      if (far || isFarCell(column, denseColumn)) {
        // Far cells keep their value, not their slot; empty ones are nothing to keep.
        far = true;
        if (value !== "") facts.outlyingCells.push({ row: rowNumber, column, value });
        return;
      }
      let format: string | null;
      if (type === "d" && typeof value === "number") {
        // An ISO date cell is a date whatever its style says; without a date style it would read as a number.
        format = isDateFormat(styleFormat) ? styleFormat! : value % 1 === 0 ? "yyyy-mm-dd" : "yyyy-mm-dd hh:mm:ss";
      } else format = typeof value === "number" ? styleFormat ?? "General" : styleFormat ?? null;
      while (values.length < column - 1) {
        values.push("");
        formats.push(null);
      }
      values[column - 1] = value;
      formats[column - 1] = format;
      denseColumn = column;
      if (ownText && type !== "s" && typeof value === "string" && value !== "") {
        ownText.characters += value.length;
        ownText.strings++;
      }
      if (value !== "" || hadV || formula || type === "inlineStr") rowHasValue = true;
    },
    endRow() {
      const merged = mergedCells?.get(rowNumber);
      if (merged) blankMergedCells(values, formats, merged);
      const rowValues = rowHasValue ? values : [];
      const rowFormats = rowHasValue ? formats : [];
      if (batch) {
        const expected = batch.startRow + batch.values.length;
        const gap = rowNumber - expected;
        if (gap > GAP_FILL || batch.values.length + gap >= BATCH_ROWS) flush();
        else for (let i = 0; i < gap; i++) {
          batch.values.push([]);
          batch.numberFormats.push([]);
        }
      }
      if (!batch) batch = { startRow: rowNumber, values: [], numberFormats: [] };
      batch.values.push(rowValues);
      batch.numberFormats.push(rowFormats);
      if (batch.values.length >= BATCH_ROWS) flush();
      lastRow = rowNumber;
    },
    markRow() {
      hiddenMark = facts.hiddenRows.length;
      outlyingMark = facts.outlyingCells.length;
      if (ownText) {
        charactersMark = ownText.characters;
        stringsMark = ownText.strings;
      }
    },
    undoRow() {
      facts.hiddenRows.length = hiddenMark;
      facts.outlyingCells.length = outlyingMark;
      if (ownText) {
        ownText.characters = charactersMark;
        ownText.strings = stringsMark;
      }
    },
  };

  const handlers = {
    open(name: string, attributes: Record<string, string>, selfClosing: boolean) {
      if (inCell) {
        if (inInline) inline.open(name);
        else if (name === "v") {
          inV = true;
          vParts = [];
        } else if (name === "f") cell.formula = true;
        else if (name === "is") inInline = !selfClosing;
        return;
      }
      switch (name) {
        case "c": {
          const reference = attributes.r;
          cellAt = reference ? columnOf(reference) : 0;
          cell.type = attributes.t;
          cell.v = undefined;
          cell.inline = undefined;
          cell.formula = false;
          style = attributes.s ? Number(attributes.s) || 0 : 0;
          inCell = true;
          if (selfClosing) {
            inCell = false;
            finishCell();
          }
          return;
        }
        case "row": {
          const hidden = attributes.hidden;
          sink.beginRow(attributes.r ? Number(attributes.r) : 0, hidden === "1" || hidden === "true");
          // A self-closing <row/> is finished by its close event, which saxes sends too.
          return;
        }
        case "sheetData":
          inSheetData = !selfClosing;
          // The rows go to the scanner from here.
          if (inSheetData) reader.offerPause();
          return;
        case "mergeCell": {
          const range = parseRange(attribute(attributes, "ref") ?? "");
          if (range) facts.mergedRanges.push(range);
          return;
        }
        default:
          return;
      }
    },
    text(text: string) {
      if (inV) vParts.push(text);
      else if (inInline) inline.text(text);
    },
    close(name: string) {
      if (inCell) {
        if (name === "c") {
          inCell = false;
          finishCell();
        } else if (inInline) {
          if (name === "is") {
            inInline = false;
            cell.inline = inline.take();
          } else inline.close(name);
        } else if (name === "v" && inV) {
          inV = false;
          cell.v = vParts.length === 1 ? vParts[0] : vParts.join("");
        }
        return;
      }
      if (name === "row" && inSheetData) {
        sink.endRow();
        // A row the scanner left to the parser is read; the rows after it go back to the scanner.
        reader.offerPause();
      } else if (name === "sheetData") {
        inSheetData = false;
        flush();
      }
    },
  };
  const finishCell = () => sink.cell(cellAt, style, cell.type, cellValue(cell, sharedStrings, date1904), cell.v !== undefined, cell.formula);

  const parser = new FastXmlParser(part, handlers, SHEET_ATTRIBUTES);
  // "parser only" (the general reader alone, as the scanner's tests compare with it) never hands rows to the scanner.
  const reader = new ScannedPartReader(parser, scanner === "scan rows" ? new SheetDataScanner(sink, sharedStrings, date1904) : undefined, "</row>");
  const take = () => (ready.length ? ready.splice(0, ready.length) : undefined);
  try {
    for await (const chunk of stream) {
      if (ownText) ownText.bytes += (chunk as Buffer).length;
      reader.write(chunk as Buffer);
      const done = take();
      if (done) yield* done;
    }
    reader.end();
    const done = take();
    if (done) yield* done;
  } finally {
    stream.destroy();
  }
  if (batch) yield batch;
}

/**
 * The cells of merged ranges on one row emptied, but for each range's top-left one (Excel's
 * `range.values` gives the others as empty, whatever the file still holds in them).
 */
function blankMergedCells(values: CellValue[], formats: (string | null | undefined)[], ranges: readonly MergedOnRow[]): void {
  for (const [left, right, top] of ranges) {
    for (let c = top ? left + 1 : left; c <= right && c <= values.length; c++) {
      values[c - 1] = "";
      formats[c - 1] = null;
    }
  }
}

/**
 * Rows kept from a pass that read the sheet before its merged ranges were known (see
 * `KeptPass`), as a pass knowing them reads them: a row holding merged cells is copied, and
 * its copy has them emptied as `readSheetRows` empties them; other rows are the kept ones.
 */
export function* withMergedCellsBlanked(batches: readonly RowBatch[], merges: readonly MergedRange[]): Generator<RowBatch> {
  const index = mergeIndex(merges);
  for (const batch of batches) {
    if (!index) {
      yield batch;
      continue;
    }
    let values: CellValue[][] | undefined;
    let numberFormats: (string | null | undefined)[][] | undefined;
    for (let i = 0; i < batch.values.length; i++) {
      const ranges = index.get(batch.startRow + i);
      if (!ranges || batch.values[i].length === 0) continue;
      values ??= batch.values.slice();
      numberFormats ??= batch.numberFormats?.slice() ?? [];
      values[i] = values[i].slice();
      numberFormats[i] = (numberFormats[i] ?? []).slice();
      blankMergedCells(values[i], numberFormats[i], ranges);
    }
    yield values ? { startRow: batch.startRow, values, numberFormats } : batch;
  }
}

const MAX_INDEXED_MERGE_ROWS = 100_000;

/** One merged range on a row: [left, right, whether the row is the range's top]. */
type MergedOnRow = [number, number, boolean];

/** Merged ranges by row; undefined for none. */
function mergeIndex(merges: readonly MergedRange[]): Map<number, MergedOnRow[]> | undefined {
  if (merges.length === 0) return undefined;
  const index = new Map<number, MergedOnRow[]>();
  let indexed = 0;
  for (const { top, left, bottom, right } of merges) {
    // Bounded, so that a range over whole columns (A:A merged, a writer's slip) costs no million entries.
    for (let row = top; row <= bottom && indexed < MAX_INDEXED_MERGE_ROWS; row++, indexed++) {
      let ranges = index.get(row);
      if (!ranges) index.set(row, (ranges = []));
      ranges.push([left, right, row === top]);
    }
  }
  return index;
}

/** The `<dimension ref>` of a sheet part, read from its first bytes only (it comes before the rows), or undefined. */
export async function peekDimension(part: string, stream: Readable): Promise<string | undefined> {
  let dimension: string | undefined;
  let done = false;
  const handlers = {
    open(name: string, attributes: Record<string, string>) {
      if (name === "dimension") dimension = attribute(attributes, "ref");
      if (name === "dimension" || name === "sheetData") done = true;
    },
  };
  for await (const _ of parseXmlStream<true>(part, stream, handlers, () => (done ? [true] : undefined), ["ref"])) break;
  return dimension;
}

/** The attributes the sheet reader reads (of <c>, <row>, <mergeCell>): the parser skips the others. */
const SHEET_ATTRIBUTES = ["r", "t", "s", "hidden", "ref"] as const;
