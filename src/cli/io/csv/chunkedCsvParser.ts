import { ParseError, Parser } from "papaparse";
import { columnLetter } from "../../../domain/cells/columnLetter";
import { LineEnd } from "./guessDelimiter";
import { formatCount } from "../../../domain/text/formatCount";

/** papaparse's errors of quotes, which always say where. */
type Located = ParseError & { row: number; index: number };

/** A CSV text that is malformed, with the reason as the end of one sentence. */
export class CsvSyntaxError extends Error {}

/**
 * The longest row held while waiting for its end: past it a quote is surely never closed (an
 * Excel row of 16,384 full cells is 537 million characters, but no real file comes near;
 * V8's longest string is 2^29 characters), and the reader must not hold the rest of a file
 * of gigabytes as one string waiting for a quote.
 */
export const LONGEST_ROW = 1 << 27;

/**
 * Parses CSV text given in chunks, with papaparse's parser: each chunk's complete rows come
 * back at once; the last row, which the next chunk may continue (a quoted field's CR LF, a
 * field cut in two), is held and parsed again with the chunk that follows. Rows are arrays
 * of strings, ragged as the file has them, an empty line one empty string.
 *
 * papaparse reads what csv-parse refused in places (a quote inside an unquoted value is kept
 * as text, spaces between a closing quote and the separator are dropped); it reports two
 * errors, each of which would lose values if ignored, and each becomes a `CsvSyntaxError`:
 * a quote never closed (the rest of the file would be one cell) and text after a closing
 * quote (the value would run on into the next ones).
 */
export class ChunkedCsvParser {
  private readonly parser: Parser;
  private pending: string[] = [];
  private pendingLength = 0;
  /** After a chunk that completed no row, the held text is parsed again only once it has doubled: a row of many chunks costs linear time. */
  private retryAt = 0;
  /** Rows given back so far (the sheet row before the held one). */
  private rowsDone = 0;
  private lastInput = "";

  constructor(
    private readonly delimiter: string,
    private readonly newline: LineEnd,
    private readonly longestRow = LONGEST_ROW,
  ) {
    this.parser = new Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"' });
  }

  /** The rows this text completes. */
  push(text: string): string[][] {
    if (text.length === 0) return [];
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength < this.retryAt) return [];
    const input = this.pending.length === 1 ? this.pending[0] : this.pending.join("");
    const result = this.parser.parse(input, 0, true);
    const rows: string[][] = result.data;
    this.lastInput = input;
    // An error in the held row may be the chunk's end (a closing quote whose separator is in the next chunk): that row is parsed again.
    this.throwFirstError(input, (result.errors as Located[]).filter((error) => error.row < rows.length));
    const rest = input.substring(result.meta.cursor);
    this.pending = rest ? [rest] : [];
    this.pendingLength = rest.length;
    // (and at the longest row at the latest, to tell a row that long as soon as it is)
    this.retryAt = rows.length === 0 ? Math.min(2 * input.length, this.longestRow + 1) : 0;
    this.rowsDone += rows.length;
    if (this.pendingLength > this.longestRow) this.tooLong();
    return rows;
  }

  /** The rows that the end of the text completes: the held row, if any. */
  end(): string[][] {
    const input = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    if (!input) return [];
    const result = this.parser.parse(input, 0, false);
    this.lastInput = input;
    this.throwFirstError(input, result.errors);
    const rows: string[][] = result.data;
    // papaparse reads a line end at the very end as the start of one more, empty row; it is none (csv-parse, Excel).
    const last = rows[rows.length - 1];
    if (input.endsWith(this.newline) && last?.length === 1 && last[0] === "") rows.pop();
    this.rowsDone += rows.length;
    return rows;
  }

  /** The text the rows last given back were parsed from (with the start of the row held after them): all of their characters are in it. */
  get parsedText(): string {
    return this.lastInput;
  }

  private throwFirstError(input: string, errors: Located[]): void {
    if (errors.length === 0) return;
    const error = errors.reduce((first, next) => (next.row < first.row ? next : first));
    const row = formatCount(this.rowsDone + error.row + 1);
    // The error's index is just after the field's opening quote.
    const column = columnLetter(this.fieldNumberAt(input, error.index - 1));
    // A quote that closes on a later line with text after it is, most of the time, one that was never closed and met the next value's opening quote.
    if (error.code === "MissingQuotes" || /[\r\n]/.test(input.slice(error.index, closingQuote(input, error.index)))) {
      throw new CsvSyntaxError(`row ${row} has a quote that is never closed (from column ${column} on)`);
    }
    throw new CsvSyntaxError(`row ${row} has text after the closing quote of its value in column ${column} (a quote inside a quoted value is written twice: "")`);
  }

  /** The 1-based field number of the field that starts at `index` of `input`, the rows before it read as the parser read them. */
  private fieldNumberAt(input: string, index: number): number {
    const before = new Parser({ delimiter: this.delimiter, newline: this.newline, quoteChar: '"', escapeChar: '"' }).parse(input.substring(0, index), 0, false);
    const last: string[] | undefined = before.data[before.data.length - 1];
    return last ? last.length : 1;
  }

  private tooLong(): never {
    const row = formatCount(this.rowsDone + 1);
    const longest = formatCount(this.longestRow);
    // The held row starts the held text; where its open quote is, if it has one, says where to look.
    const input = this.pending.join("");
    const open = this.parser.parse(input, 0, false).errors.find((error: Located) => error.code === "MissingQuotes") as Located | undefined;
    const where = open ? `: a quote that is never closed, from column ${columnLetter(this.fieldNumberAt(input, open.index - 1))} on?` : "";
    throw new CsvSyntaxError(`row ${row} runs on for more than ${longest} characters${where}`);
  }
}

/** The first quote from `from` on that is not one of a doubled pair: where a quoted value closes. */
function closingQuote(input: string, from: number): number {
  for (let i = input.indexOf('"', from); i >= 0; i = input.indexOf('"', i + 2)) if (input[i + 1] !== '"') return i;
  return input.length;
}
