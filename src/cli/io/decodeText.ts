import { EncodingSurvey, FIRST_LOOK_BYTES, firstLook, RefusedText, TextEncodingName } from "./csv/encodingSurvey";
import { textChunkDecoder } from "./csv/textChunkDecoder";

export type { RefusedText, TextEncodingName };

/** A text file's bytes as text, and what the decoding had to decide. */
export interface DecodedText {
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

/**
 * Decodes a whole CSV file's bytes at once, by the rules the streaming CSV reader applies
 * chunk by chunk (`firstLook`, `EncodingSurvey`, `textChunkDecoder`, in ./csv): a byte-order
 * mark decides, so does a NUL pattern only UTF-16 makes; otherwise UTF-8 unless most
 * non-ASCII sequences are not UTF-8, in which case Windows-1252. Here the whole file is one
 * chunk.
 */
export function decodeText(input: Uint8Array): DecodedText | RefusedText {
  const bytes = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  const look = firstLook(bytes.subarray(0, FIRST_LOOK_BYTES));
  if ("refused" in look) return look;
  const body = bytes.subarray(look.skip);
  const survey = new EncodingSurvey(look);
  do survey.feed(body);
  while (survey.endPass());
  const decision = survey.outcome();
  if ("refused" in decision) return decision;
  const decoder = textChunkDecoder(decision);
  const text = decoder.write(body) + decoder.end();
  const { encoding, bom, utf8Sequences, invalidUtf8Sequences } = decision;
  // Where nothing was damaged no marker stands anywhere; U+FFFD says so, as it always did.
  return { text, encoding, bom, marker: decoder.undecodable > 0 ? decision.marker : "\ufffd", undecodable: decoder.undecodable, utf8Sequences, invalidUtf8Sequences };
}
