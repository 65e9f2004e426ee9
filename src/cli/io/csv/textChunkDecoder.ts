import iconv from "iconv-lite";
import { EncodingDecision } from "./encodingSurvey";
import { scanUtf8 } from "./utf8Scan";

/**
 * Turns a file's bytes (after its byte-order mark) into text chunk by chunk, in the encoding
 * an `EncodingSurvey` decided: a character cut by a chunk's end waits for the next chunk,
 * and each sequence that is no text becomes the decision's marker, wherever the cuts fall.
 */
export interface TextChunkDecoder {
  write(bytes: Uint8Array): string;
  /** What the bytes leave at their end (a cut sequence, which is damage). */
  end(): string;
  /** Sequences that could not be decoded so far (each one marker in the text). */
  readonly undecodable: number;
}

/** Raised when bytes the survey found valid are not: the file changed between two passes. */
export class TextChangedError extends Error {}

export function textChunkDecoder(decision: EncodingDecision): TextChunkDecoder {
  if (decision.encoding === "windows-1252") return new Windows1252Decoder(decision.marker);
  if (decision.encoding === "utf-16le" || decision.encoding === "utf-16be") return new Utf16Decoder(decision.encoding === "utf-16be", decision.damaged ? decision.marker : undefined);
  return decision.damaged ? new MarkingUtf8Decoder(decision.marker) : new ValidUtf8Decoder();
}

const asBuffer = (bytes: Uint8Array) => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));

/** UTF-8 the survey found valid throughout: the native decoder, told to fail rather than replace. */
class ValidUtf8Decoder implements TextChunkDecoder {
  readonly undecodable = 0;
  // ignoreBOM: the byte-order mark is already skipped; a second one is text (U+FEFF) as it always was.
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  write(bytes: Uint8Array): string {
    return this.guard(() => this.decoder.decode(bytes, { stream: true }));
  }

  end(): string {
    return this.guard(() => this.decoder.decode());
  }

  private guard(decode: () => string): string {
    try {
      return decode();
    } catch {
      throw new TextChangedError("the file changed while it was read (bytes that were UTF-8 are not any more)");
    }
  }
}

/** UTF-8 with invalid sequences: each becomes the marker (the WHATWG maximal-subpart rule of `scanUtf8`, as the survey counted them). */
class MarkingUtf8Decoder implements TextChunkDecoder {
  undecodable = 0;
  private carry: Buffer = Buffer.alloc(0);

  constructor(private readonly marker: string) {}

  write(chunk: Uint8Array): string {
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, chunk]) : asBuffer(chunk);
    const scan = scanUtf8(bytes, false);
    this.carry = Buffer.from(bytes.subarray(scan.pendingFrom));
    return this.marked(bytes, scan.invalidAt, scan.pendingFrom);
  }

  end(): string {
    const bytes = this.carry;
    this.carry = Buffer.alloc(0);
    return this.marked(bytes, scanUtf8(bytes, true).invalidAt, bytes.length);
  }

  private marked(bytes: Buffer, invalidAt: number[], to: number): string {
    if (invalidAt.length === 0) return bytes.toString("utf8", 0, to);
    const parts: string[] = [];
    let from = 0;
    for (let i = 0; i < invalidAt.length; i += 2) {
      parts.push(bytes.toString("utf8", from, invalidAt[i]), this.marker);
      from = invalidAt[i + 1];
    }
    parts.push(bytes.toString("utf8", from, to));
    this.undecodable += invalidAt.length / 2;
    return parts.join("");
  }
}

/**
 * Windows-1252, by iconv-lite: Node's TextDecoder("windows-1252") decodes Latin-1 since
 * 20.18.3 (nodejs/node#56542), so ’ “ ” – € œ would become C1 controls. One byte is one
 * character, so chunks decode on their own; iconv-lite gives U+FFFD only for the five bytes
 * Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D), and those are the damage.
 */
class Windows1252Decoder implements TextChunkDecoder {
  undecodable = 0;

  constructor(private readonly marker: string) {}

  write(bytes: Uint8Array): string {
    const text = iconv.decode(asBuffer(bytes), "windows-1252", { stripBOM: false });
    if (!text.includes("\ufffd")) return text;
    const parts = text.split("\ufffd");
    this.undecodable += parts.length - 1;
    return parts.join(this.marker);
  }

  end(): string {
    return "";
  }
}

// A lone surrogate is no character; left in, it would be written out as invalid text.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * UTF-16, either byte order: an odd byte at a chunk's end waits for its pair, a high
 * surrogate at a chunk's end for the low one that may follow. Lone surrogates and a last odd
 * byte become the marker; without one (`marker` undefined: the survey found no damage) the
 * text is left as the native decoder gives it.
 */
class Utf16Decoder implements TextChunkDecoder {
  undecodable = 0;
  private oddByte: Buffer = Buffer.alloc(0);
  private highSurrogate = "";

  constructor(
    private readonly bigEndian: boolean,
    private readonly marker: string | undefined,
  ) {}

  write(chunk: Uint8Array): string {
    let bytes = this.oddByte.length > 0 ? Buffer.concat([this.oddByte, chunk]) : asBuffer(chunk);
    const even = bytes.length - (bytes.length % 2);
    this.oddByte = Buffer.from(bytes.subarray(even));
    bytes = bytes.subarray(0, even);
    if (this.bigEndian) bytes = Buffer.from(bytes).swap16();
    let text = this.highSurrogate + bytes.toString("utf16le");
    this.highSurrogate = "";
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.highSurrogate = text.slice(-1);
      text = text.slice(0, -1);
    }
    return this.marked(text);
  }

  end(): string {
    const text = this.highSurrogate;
    const odd = this.oddByte.length > 0;
    this.highSurrogate = "";
    this.oddByte = Buffer.alloc(0);
    if (!text && !odd) return "";
    if (this.marker === undefined) throw new TextChangedError("the file changed while it was read (its UTF-16 text is damaged where it was not)");
    return this.marked(text) + (odd ? this.mark() : "");
  }

  private marked(text: string): string {
    if (this.marker === undefined) {
      if (LONE_SURROGATE.test(text)) throw new TextChangedError("the file changed while it was read (its UTF-16 text is damaged where it was not)");
      LONE_SURROGATE.lastIndex = 0;
      return text;
    }
    return text.replace(LONE_SURROGATE, () => this.mark());
  }

  private mark(): string {
    this.undecodable++;
    return this.marker as string;
  }
}
