import { FastXmlParser } from "./fastXml";

/** Why a scanner stopped at a position. */
export const enum ScanStop {
  /** The bytes end inside an item (or before one could be told): more are needed. */
  More,
  /** Something the scanner does not read: the general parser goes on from here. */
  General,
}

/** A scanner of a part's plain items (rows, string items) on its bytes, which stops before anything else. */
export interface PartScanner {
  scan(bytes: Buffer, from: number, end: number): void;
  /** Where `scan` stopped, and why. */
  readonly stoppedAt: number;
  readonly stop: ScanStop;
}

/**
 * A part's bytes read by the general parser (decoded text, everything XML the part may hold)
 * but for the stretch of plain items its scanner reads from the bytes themselves; the two
 * hand the part to each other where the parser pauses (its handlers pause it where the items
 * begin and after each item) and where the scanner stops. The parser gets the bytes up to
 * the next end of an item (`itemEnd`) at a time, so that an item it reads costs that item's
 * bytes, not the whole chunk's, however often it must.
 */
export class ScannedPartReader {
  private scanning = false;
  /** Bytes not yet read: a UTF-8 character's first bytes for the parser, an item's for the scanner. */
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** An item cut by the chunks' end is scanned again only once the bytes held have doubled (so that a huge row costs linear time). */
  private retryAt = 0;
  private first = true;
  private readonly itemEnd: Buffer;
  /**
   * After the scanner read nothing where it was handed the part (a sheet of prefixed names,
   * say), the next that many offers are declined, twice as many each time: a part the
   * scanner cannot read costs the parser's time, not a hand-over per item.
   */
  private backoff = 0;
  private declines = 0;

  constructor(
    private readonly parser: FastXmlParser,
    private readonly scanner: PartScanner | undefined,
    itemEnd: string,
  ) {
    this.itemEnd = Buffer.from(itemEnd, "latin1");
  }

  /** From the parser's handlers, where the items begin and after each: the scanner goes on from there (unless declined). */
  offerPause(): void {
    if (!this.scanner) return;
    if (this.declines > 0) {
      this.declines--;
      return;
    }
    this.parser.pause();
  }

  write(chunk: Buffer): void {
    this.held.push(chunk);
    this.heldBytes += chunk.length;
    if (this.scanning && this.heldBytes < this.retryAt) return;
    this.read(false);
  }

  /** Reads what is held to the end and closes the parser (which refuses a part cut short, with its sentence). */
  end(): void {
    this.read(true);
    this.parser.close();
  }

  private read(final: boolean): void {
    let bytes = this.held.length === 1 ? this.held[0] : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    for (;;) {
      if (this.scanning && this.scanner) {
        const scanner = this.scanner;
        scanner.scan(bytes, 0, bytes.length);
        const at = scanner.stoppedAt;
        if (scanner.stop === ScanStop.General && at === 0) {
          this.backoff = Math.min(2 * this.backoff || 1, MAX_BACKOFF);
          this.declines = this.backoff;
        } else if (at > 0) this.backoff = 0;
        if (scanner.stop === ScanStop.More && !final) {
          if (at < bytes.length) this.hold(bytes.subarray(at));
          this.retryAt = 2 * (bytes.length - at);
          return;
        }
        // Anything else, and a part that ends inside an item, is the parser's (which says why it is cut short).
        this.scanning = false;
        bytes = bytes.subarray(at);
      }
      // The parser gets whole characters, up to the next item's end (or to the last byte that starts a character).
      const itemEnd = bytes.indexOf(this.itemEnd);
      const cut = itemEnd >= 0 ? itemEnd + this.itemEnd.length : final ? bytes.length : characterBoundary(bytes);
      let text = bytes.toString("utf8", 0, cut);
      if (this.first && text.length > 0) {
        // A byte-order mark is no XML; UTF-16 parts are not written by any spreadsheet we know.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        this.first = false;
      }
      this.parser.write(text);
      if (!this.parser.isPaused) {
        if (cut < bytes.length) {
          bytes = bytes.subarray(cut);
          if (itemEnd >= 0) continue;
          this.hold(bytes);
        }
        return;
      }
      // Paused for the scanner: the text the parser holds goes back to bytes (UTF-8 both ways: the same characters).
      const rest = this.parser.takeRest();
      bytes = rest.length ? Buffer.concat([Buffer.from(rest, "utf8"), bytes.subarray(cut)]) : bytes.subarray(cut);
      this.scanning = this.scanner !== undefined;
      if (bytes.length === 0) return;
    }
  }

  private hold(bytes: Buffer): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
  }
}

const MAX_BACKOFF = 1024;

/**
 * Where the bytes can be cut so that both sides decode as the whole would: before the last
 * byte that is no UTF-8 continuation byte, among the last four (a sequence is at most four
 * bytes long; such a byte ends any sequence before it, valid or not), or at the end where
 * that byte is ASCII or none is found.
 */
function characterBoundary(bytes: Buffer): number {
  const n = bytes.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const c = bytes[i];
    if (c < 0x80) return n;
    if ((c & 0xc0) !== 0x80) return i;
  }
  return n;
}
