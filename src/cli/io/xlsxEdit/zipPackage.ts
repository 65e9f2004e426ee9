import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { Readable } from "node:stream";
import yauzl from "yauzl";
import { FileRandomAccess } from "./fileRandomAccess";

/** A package that cannot be read or edited as a zip: one sentence, without the path (the caller names the file). */
export class PackageError extends Error {}

/** One entry of a zip package, with the bytes that describe it exactly as the file holds them. */
export interface PackageEntry {
  /** The part name as stored (no leading slash in an OPC package). */
  name: string;
  entry: yauzl.Entry;
  /** The central directory record, byte for byte (46 bytes, name, extra field, comment). */
  centralRecord: Buffer;
  /** The local file header, byte for byte (30 bytes, name, extra field). */
  localHeader: Buffer;
  /** Where its stored data starts in the file. */
  dataStart: number;
  /** The data descriptor after the data (general purpose bit 3), byte for byte; empty without one. */
  descriptor: Buffer;
}

/** A zip package open for reading: its entries in central directory order and its archive comment. */
export interface ZipPackage {
  path: string;
  entries: PackageEntry[];
  comment: Buffer;
  /** The end records as stored: the end of central directory record (without its comment), and the zip64 end record and locator where there are. */
  end: EndRecords;
  /** The entry's data as stored (compressed, or encrypted) or decompressed. */
  openStream(entry: PackageEntry, options: { raw: boolean }): Promise<Readable>;
  /** A small entry's data as stored, in one read; undefined for a large one (to be streamed). */
  storedBytes(entry: PackageEntry): Buffer | undefined;
  close(): void;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const CENTRAL_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;
const ZIP64_EXTRA = 0x0001;
const SMALL_ENTRY = 1 << 20;

/**
 * Opens a zip package: yauzl reads and checks the central directory; the raw records around
 * each entry's data (which yauzl parses but does not hand back) are read beside it, so that
 * a copy can reproduce them byte for byte. Throws a PackageError.
 */
export async function openZipPackage(path: string): Promise<ZipPackage> {
  let descriptor: number;
  try {
    descriptor = openSync(path, "r");
  } catch (error) {
    throw new PackageError((error as Error).message);
  }
  let zipfile: yauzl.ZipFile | undefined;
  try {
    const size = fstatSync(descriptor).size;
    const end = endOfCentralDirectory(descriptor, size);
    zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.fromRandomAccessReader(new FileRandomAccess(descriptor), size, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (error, file) => (error ? reject(error) : resolve(file))),
    );
    const entries: PackageEntry[] = [];
    const all = await allEntries(zipfile);
    // The whole central directory in one read (it is what yauzl has just read, record by record).
    const directorySize = all.reduce((sum, entry) => sum + 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength, 0);
    const directory = readExactly(descriptor, end.centralDirectoryOffset, directorySize);
    let cursor = 0;
    for (const entry of all) {
      const length = 46 + entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength;
      const centralRecord = directory.subarray(cursor, cursor + length);
      if (centralRecord.readUInt32LE(0) !== CENTRAL_RECORD || !centralRecord.subarray(46, 46 + entry.fileNameLength).equals(entry.fileNameRaw)) {
        throw new PackageError("its central directory is not where its end record says");
      }
      cursor += length;
      // One read takes the local header whole as a rule: its name is the central record's, its extra field rarely longer.
      const guess = readUpTo(descriptor, entry.relativeOffsetOfLocalHeader, 30 + entry.fileNameLength + entry.extraFieldLength + 64);
      if (guess.length < 30 || guess.readUInt32LE(0) !== LOCAL_HEADER) throw new PackageError(`the local header of ${entry.fileName} is missing`);
      const headerLength = 30 + guess.readUInt16LE(26) + guess.readUInt16LE(28);
      const localHeader = headerLength <= guess.length ? Buffer.from(guess.subarray(0, headerLength)) : readExactly(descriptor, entry.relativeOffsetOfLocalHeader, headerLength);
      const dataEnd = entry.relativeOffsetOfLocalHeader + localHeader.length + entry.compressedSize;
      if (dataEnd > size) throw new PackageError(`${entry.fileName} runs past the end of the file (a truncated zip package)`);
      entries.push({ name: entry.fileName, entry, centralRecord: Buffer.from(centralRecord), localHeader, dataStart: entry.relativeOffsetOfLocalHeader + localHeader.length, descriptor: dataDescriptor(descriptor, entry, localHeader, dataEnd, size) });
    }
    const opened = zipfile;
    return {
      path,
      entries,
      comment: end.comment,
      end: end.end,
      openStream: (entry, options) =>
        new Promise((resolve, reject) =>
          opened.openReadStream(entry.entry, options.raw ? { decodeFileData: false } : {}, (error, stream) => (error ? reject(new PackageError(`${entry.name}: ${error.message}`)) : resolve(stream))),
        ),
      // A stream for each of thousands of small parts costs more than their bytes.
      storedBytes: (entry) => (entry.entry.compressedSize <= SMALL_ENTRY ? readExactly(descriptor, entry.dataStart, entry.entry.compressedSize) : undefined),
      close: () => {
        opened.close();
        closeSync(descriptor);
      },
    };
  } catch (error) {
    zipfile?.close();
    closeSync(descriptor);
    if (error instanceof PackageError) throw error;
    throw new PackageError((error as Error).message);
  }
}

function allEntries(zipfile: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: yauzl.Entry[] = [];
    zipfile.on("entry", (entry: yauzl.Entry) => {
      entries.push(entry);
      zipfile.readEntry();
    });
    zipfile.on("end", () => resolve(entries));
    zipfile.on("error", reject);
    zipfile.readEntry();
  });
}

export interface EndRecords {
  record: Buffer;
  zip64?: { record: Buffer; locator: Buffer };
}

/** Where the central directory starts, the archive comment and the end records, as yauzl finds them (zip64 included). */
function endOfCentralDirectory(descriptor: number, size: number): { centralDirectoryOffset: number; comment: Buffer; end: EndRecords } {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = readExactly(descriptor, size - tailLength, tailLength);
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== END_OF_CENTRAL_DIRECTORY) continue;
    const commentLength = tail.readUInt16LE(i + 20);
    if (i + 22 + commentLength !== tail.length) continue;
    const comment = Buffer.from(tail.subarray(i + 22));
    const record = Buffer.from(tail.subarray(i, i + 22));
    const offset = tail.readUInt32LE(i + 16);
    // Some writers (Info-ZIP asked for zip64) add zip64 end records that nothing needs; they are found, and kept, all the same.
    const locatorAt = size - tailLength + i - 20;
    const locator = locatorAt >= 0 ? readExactly(descriptor, locatorAt, 20) : undefined;
    if (!locator || locator.readUInt32LE(0) !== ZIP64_LOCATOR) return { centralDirectoryOffset: offset, comment, end: { record } };
    const zip64At = Number(locator.readBigUInt64LE(8));
    const zip64Fixed = readExactly(descriptor, zip64At, 56);
    if (zip64Fixed.readUInt32LE(0) !== ZIP64_END) throw new PackageError("its zip64 end record is missing");
    const zip64Record = readExactly(descriptor, zip64At, Math.min(12 + Number(zip64Fixed.readBigUInt64LE(4)), size - zip64At));
    return { centralDirectoryOffset: Number(zip64Fixed.readBigUInt64LE(48)), comment, end: { record, zip64: { record: zip64Record, locator } } };
  }
  throw new PackageError("it is not a zip package (no end of central directory record)");
}

/**
 * The data descriptor after an entry's data, when its local header says one follows: 12 or
 * 20 bytes (8-byte sizes for a zip64 entry), with or without the optional signature; the
 * one whose CRC and sizes match the central directory's.
 */
function dataDescriptor(descriptor: number, entry: yauzl.Entry, localHeader: Buffer, dataEnd: number, size: number): Buffer {
  if ((localHeader.readUInt16LE(6) & 0x8) === 0) return Buffer.alloc(0);
  const available = readExactly(descriptor, dataEnd, Math.min(24, size - dataEnd));
  const candidates = [
    { signed: true, wide: hasZip64Extra(localHeader) },
    { signed: true, wide: !hasZip64Extra(localHeader) },
    { signed: false, wide: hasZip64Extra(localHeader) },
    { signed: false, wide: !hasZip64Extra(localHeader) },
  ];
  for (const { signed, wide } of candidates) {
    const start = signed ? 4 : 0;
    const length = start + (wide ? 20 : 12);
    if (available.length < length || (signed && available.readUInt32LE(0) !== DATA_DESCRIPTOR)) continue;
    const crc = available.readUInt32LE(start);
    const compressed = wide ? Number(available.readBigUInt64LE(start + 4)) : available.readUInt32LE(start + 4);
    const uncompressed = wide ? Number(available.readBigUInt64LE(start + 12)) : available.readUInt32LE(start + 8);
    if (crc === entry.crc32 && compressed === entry.compressedSize && uncompressed === entry.uncompressedSize) return Buffer.from(available.subarray(0, length));
  }
  throw new PackageError(`the data descriptor of ${entry.fileName} does not match its central directory record`);
}

function hasZip64Extra(localHeader: Buffer): boolean {
  const nameLength = localHeader.readUInt16LE(26);
  return extraFields(localHeader.subarray(30 + nameLength, 30 + nameLength + localHeader.readUInt16LE(28))).some((field) => field.id === ZIP64_EXTRA);
}

/** The fields of an extra field block, in order; trailing bytes too short for a field are ignored, as yauzl does. */
export function extraFields(block: Buffer): { id: number; data: Buffer }[] {
  const fields: { id: number; data: Buffer }[] = [];
  for (let i = 0; i + 4 <= block.length; ) {
    const id = block.readUInt16LE(i);
    const length = block.readUInt16LE(i + 2);
    if (i + 4 + length > block.length) break;
    fields.push({ id, data: block.subarray(i + 4, i + 4 + length) });
    i += 4 + length;
  }
  return fields;
}

function readUpTo(descriptor: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  for (let read; offset < length && (read = readSync(descriptor, buffer, offset, length - offset, position + offset)) > 0; ) offset += read;
  return buffer.subarray(0, offset);
}

function readExactly(descriptor: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  for (let offset = 0; offset < length; ) {
    const read = readSync(descriptor, buffer, offset, length - offset, position + offset);
    if (read === 0) throw new PackageError("it ends before its last entry (a truncated zip package)");
    offset += read;
  }
  return buffer;
}
