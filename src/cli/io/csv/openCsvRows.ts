import { FileHandle } from "node:fs/promises";
import { TextDecoding } from "../../../domain/sheetGrid";
import { RowBatch, SheetRowSource } from "../../../domain/sheetStream";
import { defaultKeepBudget, KeptPass, ownText } from "../keptPass";
import { ChunkedCsvParser, CsvSyntaxError } from "./chunkedCsvParser";
import { DecodingReport } from "./decodingReport";
import { EncodingDecision, EncodingSurvey, FIRST_LOOK_BYTES, firstLook } from "./encodingSurvey";
import { fileChunks, openForChunks } from "./fileChunks";
import { delimiterOf, LineEnd, scanFirstLine } from "./guessDelimiter";
import { TextChangedError, textChunkDecoder } from "./textChunkDecoder";
import { UnreadableCsvError } from "./unreadableCsvError";

/** Bytes read at a time (at least FIRST_LOOK_BYTES, so that the first chunk holds the first look). */
export const CHUNK_BYTES = 1 << 20;
/** Rows per batch at most. */
export const BATCH_ROWS = 2_000;
/** Past this much text without the first line's end, the separator is guessed from what there is (a quote in the header that never closes). */
const FIRST_LINE_LONGEST = 1 << 23;

export interface CsvReadOptions {
  /** Bytes read at a time; tests make it small to put chunk boundaries everywhere. */
  chunkBytes?: number;
  batchRows?: number;
  /** Bytes the rows may take to be kept from the first pass for the next (see `KeptPass`); 0 reads the file on every pass. */
  keepBudget?: number;
}

/**
 * A CSV (or TSV, or Excel's Unicode Text) file as a stream of row batches, one sheet named
 * for the file. Opening it surveys the whole file once to decide its encoding (see
 * `EncodingSurvey`: a file that is no text is refused here, before any row); each `rows()`
 * reads the file again, decoding and parsing chunk by chunk, so that memory holds a chunk
 * and a batch, not the file (but for the first complete pass's rows, kept for the next pass
 * where they fit in `keepBudget`: see `KeptPass`). Every value is a string, as the file has it; an empty line is a
 * row of one empty string, a line end at the end of the file no extra row. The separator is
 * whichever of `,` `;` TAB the first line has most of; the line end is the first line's.
 *
 * Errors are `UnreadableCsvError`s with one sentence: from `openCsvRows` for a file that
 * cannot be opened or is no text, from `rows()` for malformed CSV (found where it is) or a
 * file that changed between passes.
 */
export async function openCsvRows(path: string, options: CsvReadOptions = {}): Promise<SheetRowSource> {
  const chunkBytes = Math.max(options.chunkBytes ?? CHUNK_BYTES, 1);
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const { decision, stamp } = await surveyFile(path, chunkBytes);
  const keepBudget = options.keepBudget ?? defaultKeepBudget();
  let decoding: TextDecoding | undefined;
  let read = false;
  // The first complete pass's rows, kept for the next pass where they fit (see KeptPass).
  let kept: RowBatch[] | undefined;
  return {
    name: path.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, ""),
    rows: () => {
      if (kept) {
        const batches = kept;
        kept = undefined;
        return (async function* () {
          yield* batches;
        })();
      }
      const keeper = read ? undefined : new KeptPass(keepBudget);
      return readRows(path, decision, stamp, chunkBytes, batchRows, keeper, (result) => {
        decoding = result;
        read = true;
        kept = keeper?.take();
      });
    },
    decoding: () => decoding,
  };
}

/** What tells that the file is the one that was surveyed. */
interface FileStamp {
  size: number;
  mtimeMs: number;
}

async function stampOf(handle: FileHandle): Promise<FileStamp> {
  const { size, mtimeMs } = await handle.stat();
  return { size, mtimeMs };
}

/** The first pass (or two): the file's encoding, decided from all of its bytes without decoding one. */
async function surveyFile(path: string, chunkBytes: number): Promise<{ decision: EncodingDecision; stamp: FileStamp }> {
  const handle = await openForChunks(path);
  try {
    const stamp = await stampOf(handle);
    // The first look needs the first FIRST_LOOK_BYTES bytes together.
    const buffer = Buffer.allocUnsafe(Math.max(chunkBytes, FIRST_LOOK_BYTES));
    let survey: EncodingSurvey | undefined;
    let skip = 0;
    do {
      let first = true;
      for await (const chunk of fileChunks(handle, path, buffer)) {
        if (!survey) {
          const look = firstLook(chunk.subarray(0, FIRST_LOOK_BYTES));
          if ("refused" in look) throw new UnreadableCsvError(`${path}: ${look.refused}`);
          survey = new EncodingSurvey(look);
          skip = look.skip;
        }
        survey.feed(first ? chunk.subarray(skip) : chunk);
        first = false;
        if (survey.settled) break;
      }
      // An empty file: UTF-8, nothing in it.
      survey ??= new EncodingSurvey({ family: "utf-8", bom: false, skip: 0 });
    } while (survey.endPass());
    const decision = survey.outcome();
    if ("refused" in decision) throw new UnreadableCsvError(`${path}: ${decision.refused}`);
    return { decision, stamp };
  } finally {
    await handle.close();
  }
}

async function* readRows(path: string, decision: EncodingDecision, stamp: FileStamp, chunkBytes: number, batchRows: number, keeper: KeptPass | undefined, done: (decoding: TextDecoding | undefined) => void): AsyncGenerator<RowBatch> {
  const fail = (reason: string) => new UnreadableCsvError(`${path}: ${reason}`);
  const handle = await openForChunks(path);
  try {
    const now = await stampOf(handle);
    if (now.size !== stamp.size || now.mtimeMs !== stamp.mtimeMs) throw fail("the file changed while it was read; read it again");
    const decoder = textChunkDecoder(decision);
    const report = new DecodingReport(decision);
    let parser: ChunkedCsvParser | undefined;
    let head = "";
    let nextRow = 1;
    let bytesRead = 0;

    /** Batches of the rows that this text completes (`atEnd`: the text is the file's last). */
    function* rowsOf(text: string, atEnd: boolean): Generator<RowBatch> {
      if (!parser) {
        // The separator and the line end are the first line's: wait for all of it.
        head += text;
        const line = scanFirstLine(head, atEnd);
        if (!line.complete && head.length < FIRST_LINE_LONGEST) return;
        parser = new ChunkedCsvParser(delimiterOf(line), line.lineEnd ?? plainLineEnd(head));
        text = head;
        head = "";
      }
      yield* batchesOf(parser, parser.push(text));
      if (atEnd) yield* batchesOf(parser, parser.end());
    }

    function* batchesOf(parser: ChunkedCsvParser, rows: string[][]): Generator<RowBatch> {
      if (rows.length === 0) return;
      report.inspect(rows, nextRow, parser.parsedText);
      for (let i = 0; i < rows.length; i += batchRows) {
        const values = rows.slice(i, i + batchRows);
        const batch = { startRow: nextRow, values };
        // Measured only while kept: a file let go after its first batch costs no loop over its cells.
        if (keeper?.keeping) keeper.keep(batch, ownText(batch), stamp.size > 0 ? bytesRead / stamp.size : 1);
        yield batch;
        nextRow += values.length;
      }
    }

    try {
      let skip = decision.skip;
      const buffer = Buffer.allocUnsafe(chunkBytes);
      for await (const chunk of fileChunks(handle, path, buffer)) {
        bytesRead += chunk.length;
        const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
        skip -= chunk.length - bytes.length;
        yield* rowsOf(decoder.write(bytes), false);
      }
      yield* rowsOf(decoder.end(), true);
    } catch (error) {
      if (error instanceof CsvSyntaxError) throw fail(`not a readable CSV file: ${error.message}`);
      if (error instanceof TextChangedError) throw fail(error.message);
      throw error;
    }
    done(report.result());
  } finally {
    await handle.close();
  }
}

/** A line end for a first line too long to have found its end: the first one in the text at all, or LF. */
function plainLineEnd(text: string): LineEnd {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr >= 0 && (lf < 0 || cr < lf)) return text[cr + 1] === "\n" ? "\r\n" : "\r";
  return "\n";
}
