import { fstatSync, writeSync } from "node:fs";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, crc32, createDeflateRaw } from "node:zlib";
import { EndRecords, extraFields, PackageEntry, PackageError, ZipPackage } from "./zipPackage";

/** What a part becomes: its decompressed bytes, transformed as they stream by. */
export type PartTransform = (content: Readable) => AsyncIterable<Buffer> | Iterable<Buffer>;

export interface NewPart {
  name: string;
  content: Buffer | (() => AsyncIterable<Buffer>);
}

export interface ZipRewritePlan {
  /** Entries to replace, by stored name: their content is decompressed, transformed and deflated anew. */
  replace: Map<string, PartTransform>;
  /** Entries added after the others, in this order. */
  append: NewPart[];
  /** The modification time written for replaced and added entries. */
  now: Date;
}

const MAX32 = 0xffffffff;
const ZIP64_EXTRA = 0x0001;
/** Version 4.5 (zip64) and 2.0 (deflate) needed to extract; "made by" 2.0 on MS-DOS for added entries, as most writers of .xlsx say. */
const NEEDS_ZIP64 = 45;
const NEEDS_DEFLATE = 20;
const MADE_BY = 20;
const UTF8_NAMES = 0x0800;
const HAS_DESCRIPTOR = 0x0008;

/** A central directory record still to be written. */
interface Written {
  record: Buffer;
}

/**
 * Writes into `descriptor` (a new, empty file or a pipe) a zip package in which every entry
 * of `source` not in `plan.replace` is copied as stored: its local header, compressed bytes
 * and data descriptor byte for byte, its central directory record byte for byte but for the
 * offset of its local header, in the same order. Replaced entries keep their name, place,
 * attributes and comment, with new deflated data; added entries follow. Zip64 records are
 * written where a size, an offset or the number of entries needs them. Nothing is held
 * whole: data streams through.
 */
export async function rewriteZip(source: ZipPackage, descriptor: number, plan: ZipRewritePlan): Promise<void> {
  const sink = new Sink(descriptor);
  const written: Written[] = [];
  for (const entry of source.entries) {
    const transform = plan.replace.get(entry.name);
    if (transform) {
      if (entry.entry.isEncrypted()) throw new PackageError(`${entry.name} is encrypted and cannot be edited`);
      if (entry.entry.compressionMethod !== 0 && entry.entry.compressionMethod !== 8) throw new PackageError(`${entry.name} uses compression method ${entry.entry.compressionMethod}, which cannot be read`);
      const original = { nameRaw: entry.entry.fileNameRaw, flags: entry.entry.generalPurposeBitFlag & UTF8_NAMES, madeBy: entry.entry.versionMadeBy, internal: entry.entry.internalFileAttributes, external: entry.entry.externalFileAttributes, comment: entry.entry.fileCommentRaw };
      const content = transform(await source.openStream(entry, { raw: false }));
      written.push(await writeDeflated(sink, original, content, entry.entry.uncompressedSize, plan.now));
    } else {
      written.push(await copyRaw(sink, source, entry));
    }
  }
  for (const part of plan.append) {
    const nameRaw = Buffer.from(part.name, "utf8");
    const original = { nameRaw, flags: /^[\x20-\x7e]*$/.test(part.name) ? 0 : UTF8_NAMES, madeBy: MADE_BY, internal: 0, external: 0, comment: Buffer.alloc(0) };
    const content = Buffer.isBuffer(part.content) ? [part.content] : part.content();
    written.push(await writeDeflated(sink, original, content, Buffer.isBuffer(part.content) ? part.content.length : 0, plan.now));
  }
  const centralDirectoryOffset = sink.position;
  // The records in pieces of about a megabyte: one write each would be slow, one for all too large.
  for (let i = 0; i < written.length; ) {
    const batch: Buffer[] = [];
    for (let bytes = 0; i < written.length && bytes < 1 << 20; i++) {
      batch.push(written[i].record);
      bytes += written[i].record.length;
    }
    sink.write(Buffer.concat(batch));
  }
  writeEnd(sink, written.length, centralDirectoryOffset, sink.position - centralDirectoryOffset, source.comment, source.end);
}

async function copyRaw(sink: Sink, source: ZipPackage, entry: PackageEntry): Promise<Written> {
  const offset = sink.position;
  const stored = source.storedBytes(entry);
  if (stored) {
    sink.write(Buffer.concat([entry.localHeader, stored, entry.descriptor]));
    return { record: relocated(entry.centralRecord, offset) };
  }
  sink.write(entry.localHeader);
  let copied = 0;
  for await (const chunk of await source.openStream(entry, { raw: true })) {
    sink.write(chunk as Buffer);
    copied += (chunk as Buffer).length;
  }
  if (copied !== entry.entry.compressedSize) throw new PackageError(`${entry.name}: ${copied} bytes read, ${entry.entry.compressedSize} expected`);
  sink.write(entry.descriptor);
  return { record: relocated(entry.centralRecord, offset) };
}

/**
 * The central directory record with a new local header offset: in its 32-bit field, or in
 * its zip64 extra field where the record keeps it there or the offset no longer fits.
 */
export function relocated(raw: Buffer, offset: number): Buffer {
  const record = Buffer.from(raw);
  const nameLength = record.readUInt16LE(28);
  const extraLength = record.readUInt16LE(30);
  const stored = record.readUInt32LE(42);
  if (stored !== MAX32 && offset < MAX32) {
    record.writeUInt32LE(offset, 42);
    return record;
  }
  // Zip64 extra field: original size, compressed size, offset, disk; each only where the 32-bit field says 0xffffffff.
  const sizesBefore = (record.readUInt32LE(24) === MAX32 ? 8 : 0) + (record.readUInt32LE(20) === MAX32 ? 8 : 0);
  const extra = record.subarray(46 + nameLength, 46 + nameLength + extraLength);
  const fields = extraFields(extra);
  const zip64 = fields.find((field) => field.id === ZIP64_EXTRA);
  if (stored === MAX32 && zip64 && zip64.data.length >= sizesBefore + 8) {
    const at = 46 + nameLength + (zip64.data.byteOffset - extra.byteOffset) + sizesBefore;
    record.writeBigUInt64LE(BigInt(offset), at);
    return record;
  }
  // The offset moves into a zip64 field that the record did not have (or that lacked it).
  const data = Buffer.concat([zip64 ? zip64.data.subarray(0, sizesBefore) : Buffer.alloc(0), u64(offset), zip64 ? zip64.data.subarray(sizesBefore) : Buffer.alloc(0)]);
  const rest = fields.filter((field) => field !== zip64).map((field) => extraField(field.id, field.data));
  const newExtra = Buffer.concat([extraField(ZIP64_EXTRA, data), ...rest]);
  if (newExtra.length > 0xffff) throw new PackageError("an entry's extra field cannot take a zip64 offset");
  const fixed = Buffer.from(record.subarray(0, 46));
  fixed.writeUInt16LE(Math.max(fixed.readUInt16LE(6) & 0xff, NEEDS_ZIP64) | (fixed.readUInt16LE(6) & 0xff00), 6);
  fixed.writeUInt16LE(newExtra.length, 30);
  fixed.writeUInt32LE(MAX32, 42);
  return Buffer.concat([fixed, record.subarray(46, 46 + nameLength), newExtra, record.subarray(46 + nameLength + extraLength)]);
}

interface EntryIdentity {
  nameRaw: Buffer;
  flags: number;
  madeBy: number;
  internal: number;
  external: number;
  comment: Buffer;
}

/**
 * Deflates a part into the sink. On a file the local header is written first and its CRC
 * and sizes filled in afterwards; on a pipe, which cannot be written back into, they follow
 * the data in a data descriptor. A zip64 field is reserved in the local header when the part
 * might reach 4 GiB (`expectedSize` with room to spare).
 */
async function writeDeflated(sink: Sink, identity: EntryIdentity, content: AsyncIterable<Buffer> | Iterable<Buffer>, expectedSize: number, now: Date): Promise<Written> {
  const offset = sink.position;
  const wide = expectedSize >= 0xf0000000;
  const streaming = !sink.seekable;
  const flags = identity.flags | (streaming ? HAS_DESCRIPTOR : 0);
  const { time, date } = dosDateTime(now);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(wide ? NEEDS_ZIP64 : NEEDS_DEFLATE, 4);
  local.writeUInt16LE(flags, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(time, 10);
  local.writeUInt16LE(date, 12);
  local.writeUInt16LE(identity.nameRaw.length, 26);
  const localExtra = wide ? extraField(ZIP64_EXTRA, Buffer.alloc(16)) : Buffer.alloc(0);
  local.writeUInt16LE(localExtra.length, 28);
  if (wide) {
    local.writeUInt32LE(MAX32, 18);
    local.writeUInt32LE(MAX32, 22);
  }
  sink.write(Buffer.concat([local, identity.nameRaw, localExtra]));
  const dataStart = sink.position;

  let crc = 0;
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      done(null, chunk);
    },
  });
  const deflate = createDeflateRaw({ level: constants.Z_DEFAULT_COMPRESSION });
  const drain = async (compressed: AsyncIterable<Buffer>) => {
    for await (const chunk of compressed) sink.write(chunk);
  };
  await pipeline(Readable.from(content), counter, deflate, drain);
  const compressedSize = sink.position - dataStart;
  if (!wide && (size >= MAX32 || compressedSize >= MAX32)) throw new PackageError("a rewritten part grew past 4 GiB");

  if (streaming) {
    const descriptor = Buffer.alloc(wide ? 24 : 16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    if (wide) {
      descriptor.writeBigUInt64LE(BigInt(compressedSize), 8);
      descriptor.writeBigUInt64LE(BigInt(size), 16);
    } else {
      descriptor.writeUInt32LE(compressedSize, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    sink.write(descriptor);
  } else {
    const fields = Buffer.alloc(12);
    fields.writeUInt32LE(crc, 0);
    fields.writeUInt32LE(wide ? MAX32 : compressedSize, 4);
    fields.writeUInt32LE(wide ? MAX32 : size, 8);
    sink.writeAt(fields, offset + 14);
    if (wide) sink.writeAt(Buffer.concat([u64(size), u64(compressedSize)]), offset + 30 + identity.nameRaw.length + 4);
  }

  // Central directory record: zip64 fields only for what does not fit in 32 bits.
  const zip64Data: Buffer[] = [];
  if (size >= MAX32) zip64Data.push(u64(size));
  if (compressedSize >= MAX32) zip64Data.push(u64(compressedSize));
  if (offset >= MAX32) zip64Data.push(u64(offset));
  const centralExtra = zip64Data.length ? extraField(ZIP64_EXTRA, Buffer.concat(zip64Data)) : Buffer.alloc(0);
  const record = Buffer.alloc(46);
  record.writeUInt32LE(0x02014b50, 0);
  record.writeUInt16LE(identity.madeBy, 4);
  record.writeUInt16LE(wide || zip64Data.length ? NEEDS_ZIP64 : NEEDS_DEFLATE, 6);
  record.writeUInt16LE(flags, 8);
  record.writeUInt16LE(8, 10);
  record.writeUInt16LE(time, 12);
  record.writeUInt16LE(date, 14);
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(Math.min(compressedSize, MAX32), 20);
  record.writeUInt32LE(Math.min(size, MAX32), 24);
  record.writeUInt16LE(identity.nameRaw.length, 28);
  record.writeUInt16LE(centralExtra.length, 30);
  record.writeUInt16LE(identity.comment.length, 32);
  record.writeUInt16LE(identity.internal, 36);
  record.writeUInt32LE(identity.external >>> 0, 38);
  record.writeUInt32LE(Math.min(offset, MAX32), 42);
  return { record: Buffer.concat([record, identity.nameRaw, centralExtra, identity.comment]) };
}

/**
 * The end records, in the input's own form: its zip64 end record and locator where it had
 * them (their version fields and any extensible data kept) or where the counts need them,
 * and in the end record a 0xffff… placeholder wherever the input had one or the value does
 * not fit.
 */
function writeEnd(sink: Sink, count: number, offset: number, size: number, comment: Buffer, input: EndRecords): void {
  const needsZip64 = count >= 0xffff || offset >= MAX32 || size >= MAX32;
  if (needsZip64 || input.zip64) {
    const zip64EndOffset = sink.position;
    const end = input.zip64 ? Buffer.from(input.zip64.record) : Buffer.alloc(56);
    if (!input.zip64) {
      end.writeUInt32LE(0x06064b50, 0);
      end.writeBigUInt64LE(44n, 4);
      end.writeUInt16LE(NEEDS_ZIP64, 12);
      end.writeUInt16LE(NEEDS_ZIP64, 14);
    }
    end.writeBigUInt64LE(BigInt(count), 24);
    end.writeBigUInt64LE(BigInt(count), 32);
    end.writeBigUInt64LE(BigInt(size), 40);
    end.writeBigUInt64LE(BigInt(offset), 48);
    const locator = input.zip64 ? Buffer.from(input.zip64.locator) : Buffer.alloc(20);
    if (!input.zip64) {
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeUInt32LE(1, 16);
    }
    locator.writeBigUInt64LE(BigInt(zip64EndOffset), 8);
    sink.write(Buffer.concat([end, locator]));
  }
  const end = Buffer.from(input.record);
  const field16 = (at: number, value: number) => end.writeUInt16LE(value >= 0xffff || input.record.readUInt16LE(at) === 0xffff ? 0xffff : value, at);
  const field32 = (at: number, value: number) => end.writeUInt32LE(value >= MAX32 || input.record.readUInt32LE(at) === MAX32 ? MAX32 : value, at);
  field16(8, count);
  field16(10, count);
  field32(12, size);
  field32(16, offset);
  end.writeUInt16LE(comment.length, 20);
  sink.write(Buffer.concat([end, comment]));
}

function extraField(id: number, data: Buffer): Buffer {
  const header = Buffer.alloc(4);
  header.writeUInt16LE(id, 0);
  header.writeUInt16LE(data.length, 2);
  return Buffer.concat([header, data]);
}

function u64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE(BigInt(value));
  return buffer;
}

/** MS-DOS date and time fields, in local time as zip writers store them (two-second steps, from 1980). */
export function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.min(Math.max(when.getFullYear(), 1980), 2107);
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | Math.floor(when.getSeconds() / 2),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** Sequential writes to a descriptor, and writes back into what is already written where the descriptor is a file. */
class Sink {
  position = 0;
  readonly seekable: boolean;
  constructor(private readonly descriptor: number) {
    this.seekable = fstatSync(descriptor).isFile();
  }
  write(bytes: Buffer): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.descriptor, bytes, done, bytes.length - done, this.seekable ? this.position + done : null);
    this.position += bytes.length;
  }
  writeAt(bytes: Buffer, position: number): void {
    for (let done = 0; done < bytes.length; ) done += writeSync(this.descriptor, bytes, done, bytes.length - done, position + done);
  }
}
