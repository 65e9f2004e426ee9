import { decodeReferences } from "./fastXml";
import { PartScanner, ScanStop } from "./scannedPart";
import { decodeExcelEscapes } from "./sharedStrings";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const QUOTE = 0x22;
const APOS = 0x27;

const NEED_MORE = -1;
const GENERAL = -2;

/** Thrown (and caught at once) where a reference would be refused: the general parser then reads the item and refuses it itself. */
const REFUSED = new Error("refused");
const refuse = (): never => {
  throw REFUSED;
};

/**
 * A scanner of the shared string table's plain items, `<si><t …>text</t></si>`, on the
 * inflated bytes: the text is decoded once, as the general reader would (references
 * included), with no event per tag. Anything else (rich text, a phonetic guide, a comment,
 * CDATA, a prefixed name, a reference the general parser refuses) stops it before the item,
 * which the general parser and `StringItemText` read instead.
 */
export class SharedStringScanner implements PartScanner {
  stoppedAt = 0;
  stop: ScanStop = ScanStop.More;
  private selfClosing = false;

  constructor(private readonly strings: string[]) {}

  scan(b: Buffer, from: number, end: number): void {
    let p = from;
    for (;;) {
      while (p < end && isSpace(b[p])) p++;
      if (p + 4 >= end) return this.stopAt(p, ScanStop.More);
      if (b[p] !== LT || b[p + 1] !== 0x73 /* s */ || b[p + 2] !== 0x69 /* i */ || b[p + 3] !== GT) return this.stopAt(p, ScanStop.General);
      const next = this.item(b, p + 4, end);
      if (next < 0) return this.stopAt(p, next === NEED_MORE ? ScanStop.More : ScanStop.General);
      p = next;
    }
  }

  private stopAt(at: number, why: ScanStop): void {
    this.stoppedAt = at;
    this.stop = why;
  }

  /** An item from after `<si>`: its text pushed, the position after `</si>`; or NEED_MORE / GENERAL (nothing pushed). */
  private item(b: Buffer, from: number, end: number): number {
    let q = from;
    while (q < end && isSpace(b[q])) q++;
    if (q + 2 >= end) return NEED_MORE;
    if (b[q] !== LT || b[q + 1] !== 0x74 /* t */ || !isNameEnd(b[q + 2])) return GENERAL;
    q = this.skipAttributes(b, q + 2, end);
    if (q < 0) return q;
    let text = "";
    if (!this.selfClosing) {
      let textEnd = q;
      let plain = true;
      for (;;) {
        if (textEnd >= end) return NEED_MORE;
        const c = b[textEnd];
        if (c === LT) break;
        // A raw CR is a line end XML reads as LF: the general reader normalises it.
        if (c === 0x0d) return GENERAL;
        if (c >= 0x80 || c === 0x26) plain = false;
        textEnd++;
      }
      if (textEnd + 3 >= end) return NEED_MORE;
      if (b[textEnd + 1] !== SLASH || b[textEnd + 2] !== 0x74 || b[textEnd + 3] !== GT) return GENERAL;
      text = plain ? b.toString("latin1", q, textEnd) : b.toString("utf8", q, textEnd);
      if (!plain && text.includes("&")) {
        try {
          text = decodeReferences(text, refuse);
        } catch {
          return GENERAL;
        }
      }
      q = textEnd + 4;
    }
    while (q < end && isSpace(b[q])) q++;
    if (q + 4 >= end) return NEED_MORE;
    if (b[q] !== LT || b[q + 1] !== SLASH || b[q + 2] !== 0x73 || b[q + 3] !== 0x69 || b[q + 4] !== GT) return GENERAL;
    this.strings.push(decodeExcelEscapes(text));
    return q + 5;
  }

  /** A tag's attributes skipped (the table's reader reads none), to after its `>` or `/>`; odd ones are the general parser's. */
  private skipAttributes(b: Buffer, from: number, end: number): number {
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
      while (q < end && isNameByte(b[q])) q++;
      if (q >= end) return NEED_MORE;
      if (q === nameFrom) return GENERAL;
      while (q < end && isSpace(b[q])) q++;
      if (q >= end) return NEED_MORE;
      if (b[q] !== EQ) return GENERAL;
      q++;
      while (q < end && isSpace(b[q])) q++;
      if (q >= end) return NEED_MORE;
      const quote = b[q];
      if (quote !== QUOTE && quote !== APOS) return GENERAL;
      q++;
      while (q < end && b[q] !== quote) q++;
      if (q >= end) return NEED_MORE;
      q++;
    }
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameEnd(c: number): boolean {
  return c === 0x20 || c === GT || c === SLASH || c === 0x0a || c === 0x0d || c === 0x09;
}

function isNameByte(c: number): boolean {
  return c > 0x20 && c !== EQ && c !== GT && c !== SLASH && c !== LT && c !== QUOTE && c !== APOS && c !== 0x26;
}
