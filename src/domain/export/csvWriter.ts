import { stringify } from "csv-stringify/sync";

/*
 * Formula injection (OWASP CSV injection), for every way a spreadsheet may cut a field into
 * cells. Quoting keeps a field whole for a reader that honours quotes, whatever its
 * separator; but a reader that does not (Text to Columns without a text qualifier, an
 * import with the text delimiter off, a copy pasted as tab-separated lines) cuts at every
 * `,` `;` TAB and line end, and each piece it cuts becomes a cell of its own. So each such
 * piece is made safe, not only the field's start.
 */

/** The characters after which a spreadsheet may start a new cell: the separators of every locale and the line ends. */
const BREAK = /[,;\t\r\n]/g;
/** The characters that make a cell a formula: ASCII, and the full-width forms that Apple Numbers (NFKC) and Japanese Excel read as them. */
const isFormula = (code: number) => code === 0x3d || code === 0x2b || code === 0x2d || code === 0x40 || code === 0xff1d || code === 0xff0b || code === 0xff0d || code === 0xff20;
/**
 * What may stand between a piece's start and a formula it starts: blanks (the characters of
 * JavaScript's `\s`; LibreOffice's "Trim spaces" reads ` =1+1` as a formula), NUL (OWASP
 * ASVS), `"` (a piece beginning with a quote is unquoted by the reader, and its text may then
 * start a formula), and `'` itself, so that a `'` already in the data gets a mark too and
 * every mark can be told from the data. Character codes, not a regular expression: this runs
 * on every exported cell.
 */
function isSkipped(code: number): boolean {
  if (code <= 0x27) return code === 0x20 || code === 0x27 || code === 0x22 || code === 0 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}
/** The contract's own rule for a field's start: TAB, CR (and LF, which OWASP added) lead the field, after any apostrophes. */
function blankStart(text: string, from: number): boolean {
  let at = from;
  while (text.charCodeAt(at) === 0x27) at++;
  const code = text.charCodeAt(at);
  return code === 0x09 || code === 0x0d || code === 0x0a;
}

/**
 * The piece starts of `text` where the rule holds: the first character at or after the start
 * that `isSkipped` passes over is a formula character (or, at the field's start,
 * `blankStart` holds). Pieces begin at the field's start and after each BREAK, a CRLF
 * counting as one, so that no mark ever splits it. In a text already marked (`marked`), only
 * a start holding a `'` can carry a mark, and the rule is asked of what follows that `'`:
 * a `'` is skipped, so the character found is the same as before marking.
 */
function ruleStarts(text: string, marked: boolean): number[] | undefined {
  let starts: number[] | undefined;
  // The first character not skipped at or after the last start looked at: starts inside one
  // run of blanks share it, so that 32,767 line ends cost one pass, not one per line.
  let solid = -1;
  for (let start = 0; start >= 0; ) {
    if (!marked || text[start] === "'") {
      if (start > solid) for (solid = start; solid < text.length && isSkipped(text.charCodeAt(solid)); solid++);
      if (isFormula(text.charCodeAt(solid)) || (start === 0 && blankStart(text, marked ? 1 : 0))) (starts ??= []).push(start);
    }
    BREAK.lastIndex = start;
    const at = BREAK.test(text) ? BREAK.lastIndex - 1 : -1;
    start = at < 0 ? -1 : at + (text.charCodeAt(at) === 0x0d && text.charCodeAt(at + 1) === 0x0a ? 2 : 1);
  }
  return starts;
}

/**
 * A text cell neutralised against formula injection: a `'` at the start of every piece a
 * spreadsheet could cut it into (the field's start, and just after each `,` `;` TAB, CR, LF
 * or CRLF inside it) whose first character, after blanks, quotes and apostrophes, is one of
 * `= + - @` or their full-width forms; and at the field's start where it begins, after any
 * apostrophes, with TAB, CR or LF. `restoreNeutralised` takes the marks out again.
 */
export function neutralise(text: string): string {
  const starts = ruleStarts(text, false);
  if (!starts) return text;
  let out = "";
  let from = 0;
  for (const start of starts) {
    out += `${text.slice(from, start)}'`;
    from = start;
  }
  return out + text.slice(from);
}

/**
 * The original text of a neutralised cell: at each piece start (as in `neutralise`) that
 * holds a `'`, that one `'` is removed where what follows it would have been marked. Marks
 * are themselves skipped by the rule and never split a CRLF, so the pieces and their rule
 * are the same before and after marking: this undoes `neutralise` exactly, for any text.
 */
export function restoreNeutralised(text: string): string {
  if (!text.includes("'")) return text;
  const starts = ruleStarts(text, true);
  if (!starts) return text;
  let out = "";
  let from = 0;
  for (const start of starts) {
    out += text.slice(from, start);
    from = start + 1;
  }
  return out + text.slice(from);
}

/** A typed value as exported: numbers without exponent or thousands separators, text neutralised. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return neutralise(value.join("; "));
  return neutralise(String(value));
}

function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return "";
  const text = String(value);
  if (!/e/i.test(text)) return text;
  // 1e-7 → 0.0000001; 1e21 → 1000000000000000000000 (no exponent in data files).
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

export interface CsvOptions {
  /** A UTF-8 byte order mark first, for Excel on Windows. */
  bom?: boolean;
}

/**
 * RFC 4180: comma-separated, CRLF after every record, a field quoted when it holds a comma,
 * a semicolon, a TAB, a quote, CR or LF, quotes doubled. The quoting is csv-stringify's;
 * what goes in each cell (types, neutralisation) is decided before.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  // csv-stringify quotes the record delimiter (CRLF) but not a lone CR or LF: match those
  // too. `;` and TAB are the separators French or German Excel and a "Unicode text" file
  // use: quoted, such a field stays one cell there too.
  const body = stringify(rows as string[][], { record_delimiter: "\r\n", quoted_match: /[\r\n;\t]/, eof: true });
  return (options.bom ? "\ufeff" : "") + body;
}
