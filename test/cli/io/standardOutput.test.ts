import { Writable } from "node:stream";
import { StandardOutput } from "../../../src/cli/io/standardOutput";

/** A stream that takes `highWaterMark` bytes before asking the writer to wait, and finishes a write only when told. */
function slowStream() {
  const pending: (() => void)[] = [];
  const written: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      written.push(chunk.toString());
      pending.push(() => callback());
    },
  });
  return { stream, written, release: () => pending.splice(0).forEach((done) => done()) };
}

describe("StandardOutput", () => {
  test("a line that fills the buffer waits for the stream to drain", async () => {
    const { stream, written, release } = slowStream();
    const output = new StandardOutput(stream);
    expect(output.line("short")).toBeUndefined();
    let drained = false;
    const waiting = output.line("a line longer than the buffer")!.then(() => (drained = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(drained).toBe(false);
    release();
    await new Promise((resolve) => setImmediate(resolve));
    release();
    await waiting;
    expect(drained).toBe(true);
    expect(written.join("")).toBe("short\na line longer than the buffer\n");
  });

  test("a closed pipe (EPIPE): quiet, no failure, later lines dropped", async () => {
    const stream = new Writable({ write: (_chunk, _encoding, callback) => callback(Object.assign(new Error("write EPIPE"), { code: "EPIPE" })) });
    const output = new StandardOutput(stream);
    output.line("first");
    await new Promise((resolve) => setImmediate(resolve));
    expect([output.closed, output.failure]).toEqual([true, undefined]);
    expect(output.line("second")).toBeUndefined();
  });

  test("any other error, emitted or thrown, is kept as a sentence", async () => {
    const emitting = new StandardOutput(new Writable({ write: (_chunk, _encoding, callback) => callback(Object.assign(new Error("ENOSPC: no space"), { code: "ENOSPC" })) }));
    emitting.line("x");
    await new Promise((resolve) => setImmediate(resolve));
    expect(emitting.failure).toBe("no space left on the disk");
    const throwing = new Writable();
    throwing.write = () => {
      throw Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" });
    };
    const output = new StandardOutput(throwing);
    expect(output.line("x")).toBeUndefined();
    expect([output.closed, output.failure]).toEqual([true, "input/output error"]);
  });
});
