import { stringify } from "csv-stringify/sync";

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A text cell neutralised against formula injection: a leading `'` where it begins with = + - @ TAB or CR. */
export function neutralise(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
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
 * RFC 4180: comma-separated, CRLF after every record, a field quoted only when it holds a
 * comma, a quote, CR or LF, quotes doubled. The quoting is csv-stringify's; what goes in
 * each cell (types, neutralisation) is decided before.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
  // csv-stringify quotes the record delimiter (CRLF) but not a lone CR or LF: match those too.
  const body = stringify(rows as string[][], { record_delimiter: "\r\n", quoted_match: /[\r\n]/, eof: true });
  return (options.bom ? "\ufeff" : "") + body;
}
