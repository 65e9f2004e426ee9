import { FileHandle, open } from "node:fs/promises";
import { fileErrorReason } from "../fileErrors";
import { UnreadableCsvError } from "./unreadableCsvError";

/** A file opened for reading in chunks; errors of the operating system become one sentence about `path`. */
export async function openForChunks(path: string): Promise<FileHandle> {
  try {
    return await open(path, "r");
  } catch (error) {
    throw new UnreadableCsvError(`${path}: ${fileErrorReason(error, { ENOENT: "no such file" })}`);
  }
}

/**
 * The file's bytes from its start, in chunks of `buffer.length` bytes (the last one shorter),
 * read into that one buffer again and again: each chunk is valid only until the next is
 * asked for, so memory stays one buffer whatever the file's size.
 */
export async function* fileChunks(handle: FileHandle, path: string, buffer: Buffer): AsyncGenerator<Buffer> {
  let position = 0;
  for (;;) {
    let filled = 0;
    while (filled < buffer.length) {
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, filled, buffer.length - filled, position));
      } catch (error) {
        throw new UnreadableCsvError(`${path}: ${fileErrorReason(error, { ENOENT: "no such file" })}`);
      }
      if (bytesRead === 0) break;
      filled += bytesRead;
      position += bytesRead;
    }
    if (filled > 0) yield buffer.subarray(0, filled);
    if (filled < buffer.length) return;
  }
}
