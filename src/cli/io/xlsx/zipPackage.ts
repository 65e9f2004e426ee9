import { Readable } from "node:stream";
import { createInflateRaw } from "node:zlib";
import yauzl from "yauzl";
import { fileErrorReason } from "../fileErrors";

/** The size of the chunks a part is inflated in. */
const INFLATE_CHUNK_BYTES = 256 * 1024;

/** The largest part read whole as text (not streamed). */
const MAX_TEXT_PART_BYTES = 256 * 1024 ** 2;

/** One entry of a zip package as its central directory declares it. */
export interface ZipEntryInfo {
  /** The part name, without a leading "/" and with "/" separators (as OPC names parts). */
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

/** A zip package that could not be opened or read, with the reason as a phrase for a sentence. */
export class ZipReadError extends Error {
  constructor(message: string, readonly kind: "no-central-directory" | "damaged" | "inflates-past-declared") {
    super(message);
  }
}

/**
 * A zip package read lazily from its path (yauzl, `lazyEntries`): the central directory is
 * listed once, and each entry is inflated as a stream when asked for; the file is never
 * read into memory whole. Entries may be opened any number of times (a second pass over a
 * sheet re-reads its entry). yauzl checks while inflating that no entry gives more bytes
 * than its declared size; that check's error becomes a `ZipReadError` here.
 */
export class ZipPackage {
  private constructor(private readonly zip: yauzl.ZipFile, readonly entries: ZipEntryInfo[], private readonly raw: Map<string, yauzl.Entry>) {}

  static async open(path: string): Promise<ZipPackage> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      // decodeStrings off: yauzl refuses names like "/xl/workbook.xml", which some writers use; we decode them below.
      yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true }, (error, zipfile) => (error ? reject(error) : resolve(zipfile)));
    }).catch((error: Error) => {
      throw zipError(error);
    });
    const entries: ZipEntryInfo[] = [];
    const raw = new Map<string, yauzl.Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on("entry", (entry: yauzl.Entry) => {
          const name = partName(entry.fileName as unknown as Buffer, (entry.generalPurposeBitFlag & 0x800) !== 0);
          if (!name.endsWith("/")) {
            entries.push({ name, compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize });
            // Part names are case-insensitive in OPC; the first of two spellings wins.
            if (!raw.has(name.toLowerCase())) raw.set(name.toLowerCase(), entry);
          }
          zip.readEntry();
        });
        zip.once("end", () => resolve());
        zip.once("error", reject);
        zip.readEntry();
      });
    } catch (error) {
      zip.close();
      throw zipError(error as Error);
    }
    return new ZipPackage(zip, entries, raw);
  }

  /** The declared entry of a part (case-insensitive, as OPC names are), or undefined. */
  entry(name: string): ZipEntryInfo | undefined {
    const entry = this.raw.get(name.replace(/^\//, "").toLowerCase());
    return entry && { name: name.replace(/^\//, ""), compressedSize: entry.compressedSize, uncompressedSize: entry.uncompressedSize };
  }

  has(name: string): boolean {
    return this.raw.has(name.replace(/^\//, "").toLowerCase());
  }

  /** The part inflated as a stream of bytes; errors (a damaged entry, one that inflates past its size) are `ZipReadError`s. */
  async stream(name: string): Promise<Readable> {
    const entry = this.raw.get(name.replace(/^\//, "").toLowerCase());
    if (!entry) throw new ZipReadError(`it has no part ${name}`, "damaged");
    // A deflated entry is inflated here rather than by yauzl, in large chunks: yauzl's 16 KB ones cost more in stream
    // overhead than the inflation itself (measured on an 86 MB sheet: 445 ms in 5,822 chunks, 170 ms in 256 KB ones).
    const inflateHere = entry.compressionMethod === 8 && !entry.isEncrypted();
    const raw = await new Promise<Readable>((resolve, reject) => {
      this.zip.openReadStream(entry, inflateHere ? { decompress: false } : {}, (error, stream) => (error ? reject(zipError(error)) : resolve(stream)));
    });
    let source: Readable = raw;
    if (inflateHere) {
      const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
      raw.once("error", (error: Error) => inflate.destroy(error));
      raw.pipe(inflate);
      inflate.once("close", () => {
        if (!raw.destroyed) raw.destroy();
      });
      source = inflate;
    }
    // Re-emit the stream's errors as sentences, so that no yauzl or zlib message reaches a user on its own.
    const output = new Readable({ read: () => source.resume(), highWaterMark: 2 * INFLATE_CHUNK_BYTES });
    let inflated = 0;
    const declared = entry.uncompressedSize;
    source.on("data", (chunk: Buffer) => {
      if (inflateHere) {
        // yauzl's own check, kept: no entry gives more bytes than its directory declares (nor fewer).
        inflated += chunk.length;
        if (inflated > declared) {
          source.destroy();
          output.destroy(zipError(new Error(`too many bytes in the stream. expected ${declared}. got at least ${inflated}`), name));
          return;
        }
      }
      if (!output.push(chunk)) source.pause();
    });
    source.once("end", () => {
      if (inflateHere && inflated < declared) output.destroy(zipError(new Error(`not enough bytes in the stream. expected ${declared}. got only ${inflated}`), name));
      else output.push(null);
    });
    source.once("error", (error: Error) => output.destroy(zipError(error, name)));
    output.once("close", () => {
      if (!source.destroyed) source.destroy();
    });
    return output;
  }

  /** A (small) part as text: UTF-8, or UTF-16 where it starts with a byte-order mark. */
  async text(name: string): Promise<string> {
    // Parts read whole are the small ones (workbook, relationships, styles, tables); none comes near this.
    const size = this.entry(name)?.uncompressedSize ?? 0;
    if (size > MAX_TEXT_PART_BYTES) throw new ZipReadError(`its part ${name} would be ${Math.round(size / 1e6)} MB, where a workbook's is at most a few MB (the file is damaged, or built to exhaust memory)`, "damaged");
    const chunks: Buffer[] = [];
    for await (const chunk of await this.stream(name)) chunks.push(chunk as Buffer);
    return decodeXml(Buffer.concat(chunks));
  }

  close(): void {
    this.zip.close();
  }
}

/** XML text from a part's bytes: OPC allows UTF-8 and UTF-16, told apart by the byte-order mark. */
export function decodeXml(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString("utf16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString("utf16le");
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** An entry's name as a part name: UTF-8 where flagged (or valid), backslashes as slashes, no leading slash. */
function partName(bytes: Buffer, utf8: boolean): string {
  const text = utf8 || !/[\x80-\xff]/.test(bytes.toString("latin1")) ? bytes.toString("utf8") : bytes.toString("latin1");
  return text.replace(/\\/g, "/").replace(/^\/+/, "");
}

/** yauzl's and zlib's errors as phrases that can end "x.xlsx: …". */
function zipError(error: Error, part?: string): ZipReadError {
  if (error instanceof ZipReadError) return error;
  const message = error.message ?? String(error);
  const where = part ? ` in its part ${part}` : "";
  if (/central directory record signature not found/i.test(message)) {
    return new ZipReadError("its zip directory is missing (the file is truncated, or was not saved completely)", "no-central-directory");
  }
  const tooMany = /too many bytes in the stream\. expected (\d+)\. got at least (\d+)/.exec(message);
  if (tooMany) {
    return new ZipReadError(`refused: ${part ?? "a part"} inflates past the ${tooMany[1]} bytes its zip directory declares (a damaged file or a zip bomb)`, "inflates-past-declared");
  }
  if (/not enough bytes in the stream/.test(message)) return new ZipReadError(`${part ?? "a part"} inflates to fewer bytes than its zip directory declares (the file is damaged)`, "damaged");
  if (/encrypt/i.test(message)) return new ZipReadError(`${part ?? "a part"} is encrypted inside the zip, which no workbook is`, "damaged");
  if ((error as NodeJS.ErrnoException).code?.startsWith("Z_") || /invalid (block type|distance|stored block|code lengths|literal)|incorrect header check|unexpected end of file/i.test(message)) {
    return new ZipReadError(`the compressed data${where} is damaged (${message})`, "damaged");
  }
  // The file system's own errors (EIO, EACCES while reading) as its sentences.
  if ((error as NodeJS.ErrnoException).code && !(error as NodeJS.ErrnoException).code!.startsWith("ERR_")) return new ZipReadError(fileErrorReason(error), "damaged");
  return new ZipReadError(`its zip structure is damaged (${message})`, "damaged");
}
