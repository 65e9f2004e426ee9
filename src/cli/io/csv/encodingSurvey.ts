import { isUtf8 } from "node:buffer";
import { scanUtf8 } from "./utf8Scan";

export type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** Bytes that are not a text file, with the reason as the end of one sentence. */
export interface RefusedText {
  refused: string;
}

/** How a text file's bytes are to be decoded, decided before any of them is. */
export interface EncodingDecision {
  encoding: TextEncodingName;
  bom: boolean;
  /** Bytes of the byte-order mark, which are no text. */
  skip: number;
  /**
   * A noncharacter absent from the file, put where a sequence cannot be decoded. The CSV
   * reader turns each into U+FFFD once it knows which cell holds it: U+FFFD itself could not
   * tell a damaged cell from one that held U+FFFD all along.
   */
  marker: string;
  /** Whether the survey found sequences that cannot be decoded (always true for Windows-1252, whose five undefined bytes its decoder finds). */
  damaged: boolean;
  /** Non-ASCII sequences of the bytes that are valid UTF-8, and those that are not (counted only when the file is not valid UTF-8 throughout). */
  utf8Sequences: number;
  invalidUtf8Sequences: number;
}

/** How many first bytes the first look reads (fewer when the file is shorter). */
export const FIRST_LOOK_BYTES = 65_536;

const BINARY = "not a text CSV file (it holds binary data)";

/** What a file's first bytes tell: a family of encodings to survey, or a refusal. */
export interface FirstLook {
  /** "utf-8" without a byte-order mark stands for UTF-8 or Windows-1252, which only the whole file tells apart. */
  family: "utf-8" | "utf-16le" | "utf-16be";
  bom: boolean;
  skip: number;
}

/**
 * The first look at a CSV file's first `FIRST_LOOK_BYTES` bytes. A byte-order mark decides
 * (UTF-8, UTF-16 LE or BE); so does a NUL pattern that only UTF-16 makes. Otherwise the file
 * is UTF-8 unless most of its non-ASCII sequences are not UTF-8 (see `EncodingSurvey`).
 */
export function firstLook(head: Uint8Array): FirstLook | RefusedText {
  const container = containerFormat(head);
  if (container) return { refused: container };
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return { family: "utf-8", bom: true, skip: 3 };
  if (startsWith(head, [0xff, 0xfe])) return { family: "utf-16le", bom: true, skip: 2 };
  if (startsWith(head, [0xfe, 0xff])) return { family: "utf-16be", bom: true, skip: 2 };
  const utf16 = head.includes(0) ? utf16ByNuls(head) : undefined;
  return utf16 ? { family: utf16, bom: false, skip: 0 } : { family: "utf-8", bom: false, skip: 0 };
}

/** What a file is when its first bytes name a format that is no CSV, so that the sentence can say what to do. */
function containerFormat(bytes: Uint8Array): string | undefined {
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return "a UTF-32 text file, which curate does not read; save it as CSV UTF-8";
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "not a text CSV file but a zip package (an .xlsx workbook named .csv? give it its .xlsx name)";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "not a text CSV file but an old Office file (an .xls workbook?); save it from Excel as .xlsx or CSV UTF-8";
  return undefined;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: text that is mostly ASCII (as a
 * CSV's separators, digits and dates are) has a NUL in the same half of most characters and
 * almost never in the other; binary data has NULs in both.
 */
function utf16ByNuls(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, FIRST_LOOK_BYTES) / 2);
  let highNul = 0; // "A\0": little-endian
  let lowNul = 0; // "\0A": big-endian
  for (let i = 0; i < pairs; i++) {
    const first = bytes[2 * i];
    const second = bytes[2 * i + 1];
    if (first === 0 && second === 0) return undefined;
    if (second === 0) highNul++;
    else if (first === 0) lowNul++;
  }
  const clearly = (main: number, other: number) => main >= 2 && main * 4 >= pairs && other * 20 <= main;
  if (clearly(highNul, lowNul)) return "utf-16le";
  if (clearly(lowNul, highNul)) return "utf-16be";
  return undefined;
}

/** The noncharacters U+FDD0–U+FDEF never occur in text meant for interchange: one of them is free to mark damage. */
function freeMarker(present: number): string {
  for (let i = 0; i < 32; i++) if ((present & (1 << i)) === 0) return String.fromCharCode(0xfdd0 + i);
  // A file holding all 32 is made to confuse: its own U+FFFD cells are then reported as damaged too.
  return "\ufffd";
}

/**
 * The pass over a whole file that decides its encoding before a byte is decoded, so that a
 * reader can decode and parse it in chunks afterwards. Feed it the bytes after the
 * byte-order mark (`FirstLook.skip`), in order, cut anywhere; `endPass()` says whether it
 * needs them all once more.
 *
 * UTF-8 (with or without a BOM) is checked by the native validator first: most files are
 * valid throughout and then need nothing else. Only a file with invalid sequences gets the
 * second pass that counts valid and invalid ones (a file mostly not UTF-8 is Windows-1252:
 * Excel's "CSV (Comma delimited)" on Windows writes that, while a UTF-8 file damaged in a few
 * places, as a truncated copy or one pasted value, must keep its other values intact) and
 * notes which noncharacters occur, to choose a marker. UTF-16 is surveyed in one pass.
 * U+0000 never occurs in a text file (a UTF-16 file would have been told by its pattern):
 * a file that holds one is refused, and the survey stops at it.
 */
export class EncodingSurvey {
  private stage: "validate" | "count" | "utf16" | "done";
  private nul = false;
  // Validation: a sequence cut by a chunk's end waits for the next chunk.
  private valid = true;
  private carry: Buffer = Buffer.alloc(0);
  // Counting (UTF-8) and UTF-16.
  private utf8Sequences = 0;
  private invalidUtf8Sequences = 0;
  private noncharacters = 0;
  private damage = 0;
  private oddByte: number | undefined;
  private highSurrogate = false;

  constructor(private readonly look: FirstLook) {
    this.stage = look.family === "utf-8" ? "validate" : "utf16";
  }

  /** Whether the outcome is known and the rest of the bytes need not be fed. */
  get settled(): boolean {
    return this.nul;
  }

  feed(chunk: Uint8Array): void {
    if (this.nul || chunk.length === 0) return;
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.stage === "validate") this.validate(bytes);
    else if (this.stage === "count") this.count(bytes);
    else if (this.stage === "utf16") this.surveyUtf16(bytes);
  }

  /** Ends a pass over the bytes; true when the survey needs them all again from the start. */
  endPass(): boolean {
    if (this.nul) {
      this.stage = "done";
      return false;
    }
    if (this.stage === "validate") {
      if (this.carry.length > 0) this.valid = false; // the file ends inside a sequence
      this.carry = Buffer.alloc(0);
      if (this.valid) {
        this.stage = "done";
        return false;
      }
      this.stage = "count";
      return true;
    }
    if (this.stage === "count") {
      if (this.carry.length > 0) this.invalidUtf8Sequences += scanUtf8(this.carry, true).invalid;
      this.carry = Buffer.alloc(0);
    }
    if (this.stage === "utf16") {
      if (this.highSurrogate) this.damage++;
      if (this.oddByte !== undefined) this.damage++;
    }
    this.stage = "done";
    return false;
  }

  /** The decision, once `endPass()` has said no more pass is needed. */
  outcome(): EncodingDecision | RefusedText {
    if (this.stage !== "done") throw new Error("EncodingSurvey.outcome() before the survey ended");
    if (this.nul) return { refused: BINARY };
    const { bom, skip, family } = this.look;
    const counts = { utf8Sequences: this.utf8Sequences, invalidUtf8Sequences: this.invalidUtf8Sequences };
    if (family !== "utf-8") {
      return { encoding: family, bom, skip, marker: this.damage > 0 ? freeMarker(this.noncharacters) : "\ufffd", damaged: this.damage > 0, utf8Sequences: 0, invalidUtf8Sequences: 0 };
    }
    if (this.valid) return { encoding: "utf-8", bom, skip, marker: "\ufffd", damaged: false, utf8Sequences: 0, invalidUtf8Sequences: 0 };
    if (bom || this.invalidUtf8Sequences <= this.utf8Sequences) return { encoding: "utf-8", bom, skip, marker: freeMarker(this.noncharacters), damaged: true, ...counts };
    // Windows-1252 text holds no noncharacter: the first is free.
    return { encoding: "windows-1252", bom: false, skip: 0, marker: freeMarker(0), damaged: true, ...counts };
  }

  private validate(bytes: Buffer): void {
    if (bytes.includes(0)) {
      this.nul = true;
      return;
    }
    if (!this.valid) return;
    let from = 0;
    if (this.carry.length > 0) {
      // Complete the cut sequence with as many continuation bytes as its lead byte asks for.
      const needed = sequenceLength(this.carry[0]) - this.carry.length;
      const head = Buffer.concat([this.carry, bytes.subarray(0, needed)]);
      if (head.length < this.carry.length + needed) {
        this.carry = head;
        return;
      }
      this.carry = Buffer.alloc(0);
      if (!isUtf8(head)) {
        this.valid = false;
        return;
      }
      from = needed;
    }
    const to = cutSequenceStart(bytes, from);
    if (!isUtf8(bytes.subarray(from, to))) this.valid = false;
    else if (to < bytes.length) this.carry = Buffer.from(bytes.subarray(to));
  }

  private count(bytes: Buffer): void {
    const input = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const scan = scanUtf8(input, false);
    this.utf8Sequences += scan.valid;
    this.invalidUtf8Sequences += scan.invalid;
    this.noncharacters |= scan.noncharacters;
    this.carry = Buffer.from(input.subarray(scan.pendingFrom));
  }

  private surveyUtf16(bytes: Buffer): void {
    const littleEndian = this.look.family === "utf-16le";
    let i = 0;
    if (this.oddByte !== undefined) {
      this.unit(littleEndian ? this.oddByte | (bytes[0] << 8) : (this.oddByte << 8) | bytes[0]);
      this.oddByte = undefined;
      i = 1;
    }
    const end = bytes.length - ((bytes.length - i) % 2);
    for (; i < end && !this.nul; i += 2) this.unit(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (end < bytes.length) this.oddByte = bytes[end];
  }

  /** One UTF-16 code unit: a lone surrogate is no character, a NUL no text. */
  private unit(unit: number): void {
    if (this.highSurrogate) {
      this.highSurrogate = false;
      if (unit >= 0xdc00 && unit <= 0xdfff) return;
      this.damage++;
    }
    if (unit === 0) this.nul = true;
    else if (unit >= 0xd800 && unit <= 0xdbff) this.highSurrogate = true;
    else if (unit >= 0xdc00 && unit <= 0xdfff) this.damage++;
    else if (unit >= 0xfdd0 && unit <= 0xfdef) this.noncharacters |= 1 << (unit - 0xfdd0);
  }
}

/** The bytes a UTF-8 sequence takes by its lead byte (1 for a byte that leads none, which the validator then rejects). */
function sequenceLength(lead: number): number {
  if (lead >= 0xc0 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf7) return 4;
  return 1;
}

/** Where a multi-byte sequence begins that `bytes` end before it is complete, or `bytes.length`. */
function cutSequenceStart(bytes: Uint8Array, from: number): number {
  for (let i = bytes.length - 1; i >= Math.max(from, bytes.length - 3); i--) {
    const byte = bytes[i];
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) return sequenceLength(byte) > bytes.length - i ? i : bytes.length;
  }
  return bytes.length;
}
