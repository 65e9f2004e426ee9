import { CellValue } from "../../../domain/cells/cellValue";
import { cellValue, RawCell } from "./cellValues";
import { PartScanner, ScanStop } from "./scannedPart";
import { decodeExcelEscapes } from "./sharedStrings";

/** Where rows read by the scanner (or by the general parser's handlers) go. */
export interface SheetRowSink {
  /** A `<row>`: its `r` as a number (0 without one), and whether it is hidden. */
  beginRow(declared: number, hidden: boolean): void;
  /** A `<c>` read whole: the column of its `r` (0 without one), its style, `t`, value, whether it had a `<v>`, a formula. */
  cell(at: number, style: number, type: string | undefined, value: CellValue, hadV: boolean, formula: boolean): void;
  endRow(): void;
  /** What a row begun but not finished (cut by a chunk's end, or handed to the general parser) must undo. */
  markRow(): void;
  undoRow(): void;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;
const AMP = 0x26;

const NEED_MORE = -1;
const GENERAL = -2;

/**
 * A scanner of the rows inside `<sheetData>`, on the inflated bytes themselves: most of a
 * sheet is `<row>` `<c>` `<v>` (and `<f>`, `<is><t>`), which it reads without making a string
 * for a tag, an attribute or a number that fits in digits (a shared-string index, an
 * integer); only values that are text are decoded. It reads a strict subset of what the
 * general parser reads, with the same results: the first thing outside it (a comment, CDATA,
 * an entity or character reference, a prefixed name, rich text, an attribute on `<v>`, text
 * between cells, any other element, `</sheetData>`) stops it before the row that holds it,
 * and that row goes to the general parser (`FastXmlParser` and the sheet's handlers), which
 * checks and reads everything else as it always has. Rows are given to the sink whole; a
 * row cut by a chunk's end is undone and read again when more bytes have come.
 */
export class SheetDataScanner implements PartScanner {
  /** Where `scan` stopped, and why. */
  stoppedAt = 0;
  stop: ScanStop = ScanStop.More;

  // The wanted attributes of the tag last read: start and end of each value (-1 where absent).
  private rFrom = -1;
  private rTo = -1;
  private sFrom = -1;
  private sTo = -1;
  private tFrom = -1;
  private tTo = -1;
  private hiddenFrom = -1;
  private hiddenTo = -1;
  private refSeen = false;
  private selfClosing = false;
  private readonly cell: RawCell = { type: undefined, v: undefined, inline: undefined, formula: false };

  constructor(
    private readonly sink: SheetRowSink,
    private readonly sharedStrings: readonly string[],
    private readonly date1904: boolean,
  ) {}

  /** Reads rows from `from` to `end` of `bytes`, as long as they are what it reads; see `stoppedAt` and `stop`. */
  scan(bytes: Buffer, from: number, end: number): void {
    let p = from;
    for (;;) {
      while (p < end && isSpace(bytes[p])) p++;
      if (p >= end) return this.stopAt(p, ScanStop.More);
      if (bytes[p] !== LT) return this.stopAt(p, ScanStop.General);
      if (p + 4 >= end) return this.stopAt(p, ScanStop.More);
      if (bytes[p + 1] !== 0x72 /* r */ || bytes[p + 2] !== 0x6f /* o */ || bytes[p + 3] !== 0x77 /* w */ || !isNameEnd(bytes[p + 4])) return this.stopAt(p, ScanStop.General);
      this.sink.markRow();
      const next = this.row(bytes, p + 4, end);
      if (next < 0) {
        this.sink.undoRow();
        return this.stopAt(p, next === NEED_MORE ? ScanStop.More : ScanStop.General);
      }
      p = next;
    }
  }

  private stopAt(at: number, why: ScanStop): void {
    this.stoppedAt = at;
    this.stop = why;
  }

  /** A row from after `<row`; the position after it, or NEED_MORE / GENERAL. */
  private row(b: Buffer, from: number, end: number): number {
    let q = this.attributes(b, from, end);
    if (q < 0) return q;
    const declared = this.rFrom < 0 || this.rTo === this.rFrom ? 0 : numberOf(b, this.rFrom, this.rTo);
    const hidden = this.hiddenFrom >= 0 && isHiddenValue(b, this.hiddenFrom, this.hiddenTo);
    this.sink.beginRow(declared, hidden);
    if (this.selfClosing) {
      this.sink.endRow();
      return q;
    }
    for (;;) {
      while (q < end && isSpace(b[q])) q++;
      if (q + 2 >= end) return NEED_MORE;
      if (b[q] !== LT) return GENERAL;
      const c1 = b[q + 1];
      if (c1 === 0x63 /* c */ && isNameEnd(b[q + 2])) {
        q = this.cellAt(b, q + 2, end);
        if (q < 0) return q;
        continue;
      }
      if (c1 === SLASH) {
        if (q + 5 >= end) return NEED_MORE;
        if (b[q + 2] === 0x72 && b[q + 3] === 0x6f && b[q + 4] === 0x77 && b[q + 5] === GT) {
          this.sink.endRow();
          return q + 6;
        }
      }
      return GENERAL;
    }
  }

  /** A cell from after `<c`; the position after it, or NEED_MORE / GENERAL. */
  private cellAt(b: Buffer, from: number, end: number): number {
    let q = this.usualCellTag(b, from, end);
    let at: number;
    let style: number;
    let type: string | undefined;
    if (q >= 0) {
      at = this.usualColumn;
      style = this.usualStyle;
      type = this.usualType;
    } else {
      q = this.attributes(b, from, end);
      if (q < 0) return q;
      at = this.rFrom < 0 ? 0 : columnOfBytes(b, this.rFrom, this.rTo);
      style = this.sFrom < 0 || this.sTo === this.sFrom ? 0 : numberOf(b, this.sFrom, this.sTo) || 0;
      type = this.tFrom < 0 ? undefined : typeOf(b, this.tFrom, this.tTo);
    }
    let vFrom = -1;
    let vTo = -1;
    let formula = false;
    let inline: string | undefined;
    if (!this.selfClosing) {
      for (;;) {
        while (q < end && isSpace(b[q])) q++;
        if (q + 3 >= end) return NEED_MORE;
        if (b[q] !== LT) return GENERAL;
        const c1 = b[q + 1];
        const c2 = b[q + 2];
        if (c1 === 0x76 /* v */) {
          if (c2 === GT) {
            // <v>text</v>: the last <v> of a cell is its value, as in the general reader.
            const textEnd = plainTextEnd(b, q + 3, end);
            if (textEnd < 0) return textEnd;
            if (textEnd + 3 >= end) return NEED_MORE;
            if (b[textEnd + 1] !== SLASH || b[textEnd + 2] !== 0x76 || b[textEnd + 3] !== GT) return GENERAL;
            vFrom = q + 3;
            vTo = textEnd;
            q = textEnd + 4;
            continue;
          }
          if (c2 === SLASH) {
            if (b[q + 3] !== GT) return GENERAL;
            vFrom = vTo = q;
            q += 4;
            continue;
          }
          return GENERAL;
        }
        if (c1 === 0x66 /* f */ && isNameEnd(c2)) {
          // A formula: its text is not read (the cached <v> is the value), but checked as the general reader checks it.
          q = this.attributes(b, q + 2, end);
          if (q < 0) return q;
          formula = true;
          if (this.selfClosing) continue;
          const textEnd = plainTextEnd(b, q, end);
          if (textEnd < 0) return textEnd;
          if (textEnd + 3 >= end) return NEED_MORE;
          if (b[textEnd + 1] !== SLASH || b[textEnd + 2] !== 0x66 || b[textEnd + 3] !== GT) return GENERAL;
          q = textEnd + 4;
          continue;
        }
        if (c1 === 0x69 /* i */ && c2 === 0x73 /* s */ && b[q + 3] === GT) {
          const read = this.inlineString(b, q + 4, end);
          if (read < 0) return read;
          inline = this.inlineText;
          q = read;
          continue;
        }
        if (c1 === SLASH && c2 === 0x63 /* c */ && b[q + 3] === GT) {
          q += 4;
          break;
        }
        return GENERAL;
      }
    }
    const hadV = vFrom >= 0;
    let value: CellValue;
    if (type === "inlineStr" || (hadV && (formula || (type !== undefined && type !== "s" && type !== "n")))) {
      value = this.generalValue(b, type, vFrom, vTo, inline, formula);
    } else if (!hadV) value = "";
    else if (type === "s") {
      const index = digitsOf(b, vFrom, vTo);
      value = index >= 0 ? (this.sharedStrings[index] ?? "") : this.generalValue(b, type, vFrom, vTo, inline, formula);
    } else {
      const number = decimalOf(b, vFrom, vTo);
      value = number === number ? number : this.generalValue(b, type, vFrom, vTo, inline, formula);
    }
    this.sink.cell(at, style, type, value, hadV, formula);
    return q;
  }

  private usualColumn = 0;
  private usualStyle = 0;
  private usualType: string | undefined;

  /**
   * The attributes of a `<c>` as nearly every writer writes them, read in one pass: ` r="B2"`,
   * ` s="12"`, ` t="s"` (each at most once, in any order, one space before, letters then
   * digits, digits, one letter), to after `>` or `/>`. -1 for anything else (or cut short):
   * then `attributes` reads the tag.
   */
  private usualCellTag(b: Buffer, from: number, end: number): number {
    let q = from;
    let seen = 0;
    let column = 0;
    let style = 0;
    let type: string | undefined;
    for (;;) {
      if (q + 4 >= end) return -1;
      const c = b[q];
      if (c === GT || (c === SLASH && b[q + 1] === GT)) {
        this.selfClosing = c === SLASH;
        this.usualColumn = column;
        this.usualStyle = style;
        this.usualType = type;
        return c === GT ? q + 1 : q + 2;
      }
      if (c !== 0x20 || b[q + 2] !== EQ || b[q + 3] !== QUOTE) return -1;
      const name = b[q + 1];
      q += 4;
      if (name === 0x72 /* r */ && (seen & 1) === 0) {
        seen |= 1;
        let d = b[q];
        while ((d | 0x20) >= 0x61 && (d | 0x20) <= 0x7a) {
          column = column * 26 + ((d | 0x20) - 0x60);
          d = b[++q];
        }
        while (d >= 0x30 && d <= 0x39) d = b[++q];
        if (d !== QUOTE) return -1;
      } else if (name === 0x73 /* s */ && (seen & 2) === 0) {
        seen |= 2;
        let d = b[q];
        const first = q;
        while (d >= 0x30 && d <= 0x39) {
          style = style * 10 + (d - 0x30);
          d = b[++q];
        }
        if (d !== QUOTE || q - first > 9) return -1;
      } else if (name === 0x74 /* t */ && (seen & 4) === 0) {
        seen |= 4;
        if (b[q + 1] !== QUOTE) return -1;
        const letter = b[q++];
        type = letter === 0x73 ? "s" : letter === 0x6e ? "n" : letter === 0x62 ? "b" : letter === 0x65 ? "e" : letter === 0x64 ? "d" : undefined;
        if (type === undefined) return -1;
      } else return -1;
      if (q >= end) return -1;
      q++;
    }
  }

  /** The value as the general reader's `cellValue` makes it, from the cell's decoded text. */
  private generalValue(b: Buffer, type: string | undefined, vFrom: number, vTo: number, inline: string | undefined, formula: boolean): CellValue {
    const cell = this.cell;
    cell.type = type;
    cell.v = vFrom < 0 ? undefined : textOf(b, vFrom, vTo);
    cell.inline = inline;
    cell.formula = formula;
    return cellValue(cell, this.sharedStrings, this.date1904);
  }

  private inlineText: string | undefined;

  /** `<is>` holding one plain `<t>` (rich text goes to the general reader), from after `<is>`; the position after `</is>`. */
  private inlineString(b: Buffer, from: number, end: number): number {
    let q = from;
    while (q < end && isSpace(b[q])) q++;
    if (q + 2 >= end) return NEED_MORE;
    if (b[q] !== LT || b[q + 1] !== 0x74 /* t */ || !isNameEnd(b[q + 2])) return GENERAL;
    q = this.attributes(b, q + 2, end);
    if (q < 0) return q;
    let text = "";
    if (!this.selfClosing) {
      const textEnd = plainTextEnd(b, q, end);
      if (textEnd < 0) return textEnd;
      if (textEnd + 3 >= end) return NEED_MORE;
      if (b[textEnd + 1] !== SLASH || b[textEnd + 2] !== 0x74 || b[textEnd + 3] !== GT) return GENERAL;
      text = textOf(b, q, textEnd);
      q = textEnd + 4;
    }
    while (q < end && isSpace(b[q])) q++;
    if (q + 4 >= end) return NEED_MORE;
    if (b[q] !== LT || b[q + 1] !== SLASH || b[q + 2] !== 0x69 || b[q + 3] !== 0x73 || b[q + 4] !== GT) return GENERAL;
    this.inlineText = decodeExcelEscapes(text);
    return q + 5;
  }

  /**
   * A tag's attributes, from after its name to after its `>` or `/>`: the values of `r`, `s`,
   * `t` and `hidden` located, the others skipped unread as the general reader skips them.
   * What the general reader would refuse or decode (a wanted attribute twice or holding "<",
   * "&" or a non-ASCII byte, an attribute without "=" or quotes) is left to it.
   */
  private attributes(b: Buffer, from: number, end: number): number {
    this.rFrom = this.sFrom = this.tFrom = this.hiddenFrom = -1;
    this.refSeen = false;
    let q = from;
    for (;;) {
      const before = q;
      while (q < end && isSpace(b[q])) q++;
      if (q >= end) return NEED_MORE;
      const c = b[q];
      if (c === GT) {
        this.selfClosing = false;
        return q + 1;
      }
      if (c === SLASH) {
        if (q + 1 >= end) return NEED_MORE;
        if (b[q + 1] !== GT) return GENERAL;
        this.selfClosing = true;
        return q + 2;
      }
      if (q === before) return GENERAL;
      const nameFrom = q;
      let nameTo: number;
      let quote: number;
      if (q + 2 < end && b[q + 1] === EQ && (b[q + 2] === QUOTE || b[q + 2] === APOS) && isNameByte(c)) {
        // The usual shape, r="…": a one-letter name, no spaces.
        nameTo = q + 1;
        quote = b[q + 2];
        q += 2;
      } else {
        while (q < end && isNameByte(b[q])) q++;
        if (q >= end) return NEED_MORE;
        nameTo = q;
        while (q < end && isSpace(b[q])) q++;
        if (q >= end) return NEED_MORE;
        if (b[q] !== EQ || nameTo === nameFrom) return GENERAL;
        q++;
        while (q < end && isSpace(b[q])) q++;
        if (q >= end) return NEED_MORE;
        quote = b[q];
        if (quote !== QUOTE && quote !== APOS) return GENERAL;
      }
      const valueFrom = q + 1;
      const wanted = wantedName(b, nameFrom, nameTo);
      // A loop, not Buffer.indexOf: a value is a few bytes, and each indexOf is a call into C++ (measured: half the scan).
      let close = valueFrom;
      if (wanted === NOT_WANTED) {
        while (close < end && b[close] !== quote) close++;
        if (close >= end) return NEED_MORE;
        q = close + 1;
        continue;
      }
      // A value read must be plain: no "<" (refused), "&" (decoded) or non-ASCII byte (decoded from UTF-8); the general reader's otherwise.
      for (;;) {
        if (close >= end) return NEED_MORE;
        const v = b[close];
        if (v === quote) break;
        if (v === LT || v === AMP || v >= 0x80) return GENERAL;
        close++;
      }
      q = close + 1;
      switch (wanted) {
        case R:
          if (this.rFrom >= 0) return GENERAL;
          this.rFrom = valueFrom;
          this.rTo = close;
          break;
        case S:
          if (this.sFrom >= 0) return GENERAL;
          this.sFrom = valueFrom;
          this.sTo = close;
          break;
        case T:
          if (this.tFrom >= 0) return GENERAL;
          this.tFrom = valueFrom;
          this.tTo = close;
          break;
        case HIDDEN:
          if (this.hiddenFrom >= 0) return GENERAL;
          this.hiddenFrom = valueFrom;
          this.hiddenTo = close;
          break;
        default:
          // `ref` (of shared formulas): not read here, but the general reader refuses it twice on a tag.
          if (this.refSeen) return GENERAL;
          this.refSeen = true;
      }
    }
  }
}

const NOT_WANTED = 0;
const R = 1;
const S = 2;
const T = 3;
const HIDDEN = 4;
const REF = 5;

/** Which of the attributes the sheet's readers read a name is (the general reader's `only`: r, t, s, hidden, ref). */
function wantedName(b: Buffer, from: number, to: number): number {
  const length = to - from;
  if (length === 1) {
    const c = b[from];
    return c === 0x72 ? R : c === 0x73 ? S : c === 0x74 ? T : NOT_WANTED;
  }
  if (length === 3 && b[from] === 0x72 && b[from + 1] === 0x65 && b[from + 2] === 0x66) return REF;
  if (length === 6 && b.toString("latin1", from, to) === "hidden") return HIDDEN;
  return NOT_WANTED;
}

/**
 * The end ("<") of character data holding no reference ("&" goes to the general reader, which
 * decodes or refuses it); NEED_MORE where the bytes end first.
 */
function plainTextEnd(b: Buffer, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const c = b[i];
    if (c === LT) return i;
    // An entity, or a raw CR (a line end XML reads as LF): the general reader's.
    if (c === AMP || c === 0x0d) return GENERAL;
  }
  return NEED_MORE;
}

/** Text as the general reader gets it: ASCII read as is, anything else decoded from UTF-8. */
function textOf(b: Buffer, from: number, to: number): string {
  for (let i = from; i < to; i++) if (b[i] >= 0x80) return b.toString("utf8", from, to);
  return b.toString("latin1", from, to);
}

/** A value of only digits (1 to 15 of them, exact as a double) as its number; -1 for anything else. */
function digitsOf(b: Buffer, from: number, to: number): number {
  const length = to - from;
  if (length < 1 || length > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = b[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * A number as parseFloat reads it, where it is a plain decimal: an optional "-", at most 15
 * digits (so exact as a double), an optional point. Exact by Clinger's fast path: the digits
 * and 10^k (k ≤ 22) are exact doubles, and one division rounds the exact quotient correctly,
 * as parseFloat rounds the decimal ("-0" is -0 too). NaN for anything else (then parseFloat
 * itself reads it).
 */
function decimalOf(b: Buffer, from: number, to: number): number {
  let i = from;
  const negative = b[i] === 0x2d;
  if (negative) i++;
  let m = 0;
  let digits = 0;
  let scale = 0;
  let point = false;
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 0x30 && c <= 0x39) {
      m = m * 10 + (c - 0x30);
      digits++;
      if (point) scale++;
    } else if (c === 0x2e && !point) point = true;
    else return NaN;
  }
  if (digits === 0 || digits > 15) return NaN;
  const value = scale === 0 ? m : m / POWERS_OF_TEN[scale];
  return negative ? -value : value;
}
const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Number(value) of an attribute's plain value: digits read directly, anything else by Number itself. */
function numberOf(b: Buffer, from: number, to: number): number {
  const n = digitsOf(b, from, to);
  return n >= 0 ? n : Number(b.toString("latin1", from, to));
}

/** `columnOf` on the bytes of an `r`. */
function columnOfBytes(b: Buffer, from: number, to: number): number {
  let column = 0;
  for (let i = from; i < to; i++) {
    const code = b[i] | 0x20;
    if (code < 0x61 || code > 0x7a) break;
    column = column * 26 + (code - 0x60);
  }
  return column;
}

function isHiddenValue(b: Buffer, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return b[from] === 0x31;
  return length === 4 && b.toString("latin1", from, to) === "true";
}

/** A `t` as the general reader has it, the usual ones without making a string. */
function typeOf(b: Buffer, from: number, to: number): string {
  const length = to - from;
  if (length === 1) {
    switch (b[from]) {
      case 0x73:
        return "s";
      case 0x6e:
        return "n";
      case 0x62:
        return "b";
      case 0x65:
        return "e";
      case 0x64:
        return "d";
    }
  }
  return b.toString("latin1", from, to);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** What may end an element's name: white space, "/" or ">" (as in the general reader). */
function isNameEnd(c: number): boolean {
  return c === 0x20 || c === 0x3e || c === 0x2f || c === 0x0a || c === 0x0d || c === 0x09;
}

/** A byte of an attribute name as the scanner reads names (anything odd is the general reader's). */
function isNameByte(c: number): boolean {
  return c > 0x20 && c !== EQ && c !== GT && c !== SLASH && c !== LT && c !== QUOTE && c !== APOS && c !== AMP;
}
