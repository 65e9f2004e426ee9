/**
 * Loaded before the built CLI (`node -r dist/node/test/support/fakeDisk.js`), it makes the
 * disk under FAKE_DISK_DIR fill up after FAKE_DISK_FREE bytes (ENOSPC, after a short write,
 * as a real disk answers) and, with FAKE_DISK_MS_PER_PIECE, take that long for each 16 KiB
 * written, so that a test can interrupt a write or run two at once. Linux only: it tells a
 * descriptor's file from /proc/self/fd.
 */
import fs from "node:fs";
import { resolve, sep } from "node:path";

const folder = process.env.FAKE_DISK_DIR ? resolve(process.env.FAKE_DISK_DIR) : undefined;
let free = process.env.FAKE_DISK_FREE === undefined ? Infinity : Number(process.env.FAKE_DISK_FREE);
const msPerPiece = Number(process.env.FAKE_DISK_MS_PER_PIECE ?? 0);
const PIECE = 16 * 1024;
const pause = new Int32Array(new SharedArrayBuffer(4));

const onFakeDisk = (descriptor: number) => {
  try {
    return folder !== undefined && fs.readlinkSync(`/proc/self/fd/${descriptor}`).startsWith(folder + sep);
  } catch {
    return false;
  }
};

const writeSync = fs.writeSync;
type WriteSync = (descriptor: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => number;
(fs as { writeSync: WriteSync }).writeSync = (descriptor, data, ...rest) => {
  if (!onFakeDisk(descriptor)) return (writeSync as WriteSync)(descriptor, data, ...rest);
  let bytes: Buffer;
  let position: number | null | undefined;
  if (typeof data === "string") {
    bytes = Buffer.from(data, (rest[1] as BufferEncoding | undefined) ?? "utf8");
    position = rest[0] as number | null | undefined;
  } else {
    const offset = (rest[0] as number | undefined) ?? 0;
    const length = (rest[1] as number | undefined) ?? data.byteLength - offset;
    bytes = Buffer.from(data.buffer, data.byteOffset + offset, length);
    position = rest[2] as number | null | undefined;
  }
  if (bytes.length > 0 && free <= 0) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
  const piece = bytes.subarray(0, Math.min(PIECE, free, bytes.length));
  if (msPerPiece > 0) Atomics.wait(pause, 0, 0, msPerPiece);
  const written = writeSync(descriptor, piece, 0, piece.length, position ?? null);
  free -= written;
  return written;
};

// Node's own writeFileSync writes through an inner writeSync: route it through the one above.
const writeFileSync = fs.writeFileSync;
(fs as { writeFileSync: typeof fs.writeFileSync }).writeFileSync = (file, data, options) => {
  if (typeof file !== "string" || folder === undefined || !resolve(file).startsWith(folder + sep)) return writeFileSync(file, data, options);
  const encoding = (typeof options === "string" ? options : options?.encoding) ?? "utf8";
  const bytes = typeof data === "string" ? Buffer.from(data, encoding as BufferEncoding) : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const descriptor = fs.openSync(file, typeof options === "object" && options?.flag ? options.flag : "w");
  try {
    for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(descriptor, bytes, offset, bytes.length - offset);
  } finally {
    fs.closeSync(descriptor);
  }
};
