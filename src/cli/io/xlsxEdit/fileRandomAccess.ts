import { read, readSync } from "node:fs";
import { Readable } from "node:stream";
import yauzl from "yauzl";

/**
 * yauzl's view of an open file. Its own file reader makes two asynchronous reads per
 * central directory record, a thread pool round trip each: a package of many small parts
 * spends seconds there. Here the small reads are synchronous (a few microseconds from the
 * page cache), and entry data streams as with yauzl's reader. The caller closes the file.
 */
const CHUNK = 1 << 16;

export class FileRandomAccess extends yauzl.RandomAccessReader {
  constructor(private readonly descriptor: number) {
    super();
  }

  // Not fs.createReadStream on the descriptor: destroying that stream, as yauzl does when done, closes the descriptor.
  override _readStreamForRange(start: number, end: number): Readable {
    const descriptor = this.descriptor;
    let position = start;
    return new Readable({
      highWaterMark: CHUNK,
      read() {
        if (position >= end) {
          this.push(null);
          return;
        }
        const buffer = Buffer.allocUnsafe(Math.min(CHUNK, end - position));
        read(descriptor, buffer, 0, buffer.length, position, (error, bytes) => {
          if (error) return this.destroy(error);
          if (bytes === 0) return this.destroy(new Error("unexpected end of file"));
          position += bytes;
          this.push(buffer.subarray(0, bytes));
        });
      },
    });
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (error: Error | null) => void): void {
    let error: Error | null = null;
    try {
      for (let done = 0; done < length; ) {
        const read = readSync(this.descriptor, buffer, offset + done, length - done, position + done);
        if (read === 0) throw new Error("unexpected end of file");
        done += read;
      }
    } catch (caught) {
      error = caught as Error;
    }
    process.nextTick(callback, error);
  }

  override close(callback: (error: Error | null) => void): void {
    process.nextTick(callback, null);
  }
}
