import iconv from "iconv-lite";
import { parse } from "csv-parse/sync";
import { TextDecoding, WorkbookGrid } from "../../../../src/domain/sheetGrid";

/*
 * The CSV reader as it was before the streaming one (src/cli/io/csv): readWorkbookFile's
 * readCsv, decodingOf, firstNonAscii and guessDelimiter, and decodeText with its rules,
 * copied unchanged but for these exports, so that the comparison tests have the old reader
 * to compare with (the refactored decodeText shares its rules with the new reader, so it
 * cannot be the oracle). A file it refuses throws a plain Error with its message. Delete
 * this file with the comparison once the old reader is no longer of interest.
 */


type TextEncodingName = "utf-8" | "windows-1252" | "utf-16le" | "utf-16be";

/** A text file's bytes as text, and what the decoding had to decide. */
interface DecodedText {
  /** The text, without its byte-order mark; `marker` stands at each sequence that was no text. */
  text: string;
  encoding: TextEncodingName;
  bom: boolean;
  /**
   * A noncharacter absent from the file, put where a sequence could not be decoded. The CSV
   * reader turns each into U+FFFD once it knows which cell holds it: U+FFFD itself could not
   * tell a damaged cell from one that held U+FFFD all along.
   */
  marker: string;
  /** How many sequences could not be decoded (each one `marker` in `text`). */
  undecodable: number;
  /** Non-ASCII sequences of the bytes that are valid UTF-8, and those that are not (counted only when the file is not valid UTF-8 throughout). */
  utf8Sequences: number;
  invalidUtf8Sequences: number;
}

/** Bytes that are not a text file, with the reason as the end of one sentence. */
interface RefusedText {
  refused: string;
}

const BINARY = "not a text CSV file (it holds binary data)";

/**
 * Decodes a CSV file's bytes. A byte-order mark decides (UTF-8, UTF-16 LE or BE); so does
 * a NUL pattern that only UTF-16 makes. Otherwise the file is UTF-8 unless most of its
 * non-ASCII sequences are not UTF-8, in which case it is Windows-1252: Excel's "CSV (Comma
 * delimited)" on Windows writes that, while a UTF-8 file damaged in a few places (a
 * truncated copy, one pasted value) must keep its other values intact.
 */
function decodeText(input: Uint8Array): DecodedText | RefusedText {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const container = containerFormat(bytes);
  if (container) return { refused: container };

  let decoded: DecodedText;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = decodeUtf8(bytes.subarray(3), true);
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = decodeUtf16(bytes.subarray(2), "utf-16le", true);
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = decodeUtf16(bytes.subarray(2), "utf-16be", true);
  else {
    const utf16 = bytes.includes(0) ? utf16ByNuls(bytes) : undefined;
    decoded = utf16 ? decodeUtf16(bytes, utf16, false) : decodeUtf8OrWindows1252(bytes);
  }
  // U+0000 never occurs in a text file: a UTF-16 file would have been told by its pattern.
  if (decoded.text.includes("\u0000")) return { refused: BINARY };
  return decoded;
}

/** What a file is when its first bytes name a format that is no CSV, so that the sentence can say what to do. */
function containerFormat(bytes: Buffer): string | undefined {
  if (startsWith(bytes, [0x00, 0x00, 0xfe, 0xff]) || startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) {
    return "a UTF-32 text file, which curate does not read; save it as CSV UTF-8";
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "not a text CSV file but a zip package (an .xlsx workbook named .csv? give it its .xlsx name)";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "not a text CSV file but an old Office file (an .xls workbook?); save it from Excel as .xlsx or CSV UTF-8";
  return undefined;
}

function startsWith(bytes: Buffer, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, i) => bytes[i] === byte);
}

/** The noncharacters U+FDD0–U+FDEF never occur in text meant for interchange: one of them is free to mark damage. */
function freeMarker(isPresent: (candidate: string) => boolean): string {
  for (let code = 0xfdd0; code <= 0xfdef; code++) {
    const candidate = String.fromCharCode(code);
    if (!isPresent(candidate)) return candidate;
  }
  // A file holding all 32 is made to confuse: its own U+FFFD cells are then reported as damaged too.
  return "\ufffd";
}

/** Most files are valid UTF-8: the native decoder tells so faster than the scan that counts. */
function validUtf8(bytes: Buffer, bom: boolean): DecodedText | undefined {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: "utf-8", bom, marker: "\ufffd", undecodable: 0, utf8Sequences: 0, invalidUtf8Sequences: 0 };
  } catch {
    return undefined;
  }
}

function decodeUtf8OrWindows1252(bytes: Buffer): DecodedText {
  const valid = validUtf8(bytes, false);
  if (valid) return valid;
  const scan = scanUtf8(bytes);
  if (scan.invalid <= scan.valid) return utf8WithMarkers(bytes, scan, false);
  // Node's TextDecoder("windows-1252") decodes Latin-1 since 20.18.3 (nodejs/node#56542): ’ “ ” – € œ would become C1 controls.
  const decoded = iconv.decode(bytes, "windows-1252", { stripBOM: false });
  // iconv-lite gives U+FFFD only for the five bytes Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D).
  const undefinedBytes = countOf(decoded, "\ufffd");
  const marker = undefinedBytes > 0 ? freeMarker((candidate) => decoded.includes(candidate)) : "\ufffd";
  return {
    text: undefinedBytes > 0 ? decoded.replaceAll("\ufffd", marker) : decoded,
    encoding: "windows-1252",
    bom: false,
    marker,
    undecodable: undefinedBytes,
    utf8Sequences: scan.valid,
    invalidUtf8Sequences: scan.invalid,
  };
}

function decodeUtf8(bytes: Buffer, bom: boolean): DecodedText {
  return validUtf8(bytes, bom) ?? utf8WithMarkers(bytes, scanUtf8(bytes), bom);
}

function utf8WithMarkers(bytes: Buffer, scan: Utf8Scan, bom: boolean): DecodedText {
  const marker = freeMarker((candidate) => bytes.includes(Buffer.from(candidate, "utf8")));
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < scan.invalidAt.length; i += 2) {
    parts.push(bytes.toString("utf8", from, scan.invalidAt[i]), marker);
    from = scan.invalidAt[i + 1];
  }
  parts.push(bytes.toString("utf8", from));
  return { text: parts.join(""), encoding: "utf-8", bom, marker, undecodable: scan.invalid, utf8Sequences: scan.valid, invalidUtf8Sequences: scan.invalid };
}

interface Utf8Scan {
  /** Valid sequences of two to four bytes. */
  valid: number;
  /** Invalid sequences, each of which a decoder replaces by one U+FFFD. */
  invalid: number;
  /** Start and end (exclusive) byte offsets of each invalid sequence, flat. */
  invalidAt: number[];
}

/**
 * Counts UTF-8 sequences the way the WHATWG Encoding standard's decoder reads them (the
 * "maximal subpart" rule, as Buffer#toString and TextDecoder replace): an invalid sequence
 * never swallows the ASCII byte after it, so separators and quotes stay where they are.
 */
function scanUtf8(bytes: Buffer): Utf8Scan {
  let valid = 0;
  const invalidAt: number[] = [];
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const length = bytes.length;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (needed === 0) {
      if (byte < 0x80) continue;
      start = i;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalidAt.push(i, i + 1);
      continue;
    }
    if (byte < lower || byte > upper) {
      invalidAt.push(start, i);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // this byte begins whatever comes next
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      valid++;
      needed = seen = 0;
    }
  }
  if (needed !== 0) invalidAt.push(start, length);
  return { valid, invalid: invalidAt.length / 2, invalidAt };
}

/**
 * UTF-16 without a byte-order mark, told by its NUL bytes: text that is mostly ASCII (as a
 * CSV's separators, digits and dates are) has a NUL in the same half of most characters and
 * almost never in the other; binary data has NULs in both.
 */
function utf16ByNuls(bytes: Buffer): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(Math.min(bytes.length, 65_536) / 2);
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

function decodeUtf16(bytes: Buffer, encoding: "utf-16le" | "utf-16be", bom: boolean): DecodedText {
  const odd = bytes.length % 2 === 1;
  const decoded = iconv.decode(odd ? bytes.subarray(0, bytes.length - 1) : bytes, encoding, { stripBOM: false });
  // A lone surrogate or a last odd byte is no character; left in, it would be written out as invalid text.
  const damage = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
  let undecodable = (decoded.match(damage)?.length ?? 0) + (odd ? 1 : 0);
  if (undecodable === 0) return { text: decoded, encoding, bom, marker: "\ufffd", undecodable: 0, utf8Sequences: 0, invalidUtf8Sequences: 0 };
  const marker = freeMarker((candidate) => decoded.includes(candidate));
  const text = decoded.replace(damage, marker) + (odd ? marker : "");
  undecodable = countOf(text, marker);
  return { text, encoding, bom, marker, undecodable, utf8Sequences: 0, invalidUtf8Sequences: 0 };
}

function countOf(text: string, char: string): number {
  let count = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) count++;
  return count;
}

export function legacyReadCsv(path: string, bytes: Buffer): WorkbookGrid {
  const decoded = decodeText(bytes);
  if ("refused" in decoded) throw new Error(`${path}: ${decoded.refused}`);
  const { text } = decoded;
  const delimiter = guessDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, relax_quotes: false });
  } catch (error) {
    throw new Error(`${path}: not a readable CSV file (${(error as Error).message.replaceAll(decoded.marker, "\ufffd")})`);
  }
  const name = path.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  const decoding = decodingOf(decoded, records);
  return { sheets: [{ name, values: records, ...(decoding ? { decoding } : {}) }] };
}

/**
 * What the checks are told about the decoding, or nothing for a file that was simply text:
 * each damaged cell (its markers turned into U+FFFD here, where the cell is known) and, for
 * a file read as Windows-1252, the evidence and the first cell it shows in.
 */
function decodingOf(decoded: DecodedText, records: string[][]): TextDecoding | undefined {
  const damagedCells: TextDecoding["damagedCells"] = [];
  if (decoded.undecodable > 0) {
    for (let r = 0; r < records.length; r++) {
      const record = records[r];
      for (let c = 0; c < record.length; c++) {
        const cell = record[c];
        if (!cell.includes(decoded.marker)) continue;
        const parts = cell.split(decoded.marker);
        damagedCells.push({ row: r + 1, column: c + 1, count: parts.length - 1 });
        record[c] = parts.join("\ufffd");
      }
    }
  }
  if (decoded.encoding !== "windows-1252") return damagedCells.length ? { encoding: decoded.encoding, damagedCells } : undefined;
  return { encoding: decoded.encoding, damagedCells, notUtf8: decoded.invalidUtf8Sequences, utf8: decoded.utf8Sequences, firstNonAscii: firstNonAscii(records) };
}

function firstNonAscii(records: string[][]): { row: number; column: number } | undefined {
  for (let r = 0; r < records.length; r++) {
    const c = records[r].findIndex((cell) => /[^\u0000-\u007f]/.test(cell));
    if (c >= 0) return { row: r + 1, column: c + 1 };
  }
  return undefined;
}

/** The separator of a CSV file: whichever of `,` `;` TAB occurs most in its first line, outside quotes. */
function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char]++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return count > 0 ? best : ",";
}

export { decodeText as legacyDecodeText };
