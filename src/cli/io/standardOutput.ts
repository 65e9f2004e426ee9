import { fileErrorReason } from "./fileErrors";

/**
 * Lines for standard output (or standard error), written as a pipe can take them:
 * - a write that fills the stream's buffer waits for it to drain, so that a long report or
 *   a long resolve run into a slow reader is not held in memory whole;
 * - a reader that closes the pipe (`curate check f | head -1`) ends the output quietly: what
 *   follows is dropped, no stack trace is printed, and the command keeps its own exit status
 *   (see `curate.ts`);
 * - any other write error (a full disk under `> out.txt`) is kept, for one sentence at the end.
 */
export class StandardOutput {
  /** The reader went away: nothing more is written. */
  closed = false;
  /** Why the output could not be written, other than a closed pipe. */
  failure: string | undefined;

  constructor(private readonly stream: NodeJS.WritableStream) {
    // Without a listener an EPIPE is an uncaught 'error' event: Node's stack trace on stderr.
    stream.on("error", (error: NodeJS.ErrnoException) => {
      this.closed = true;
      if (!isClosedPipe(error)) this.failure ??= fileErrorReason(error);
    });
  }

  /** Writes a line; the promise, when there is one, resolves once the stream can take more. */
  line(text: string): void | Promise<void> {
    if (this.closed) return;
    let flowing: boolean;
    try {
      flowing = this.stream.write(`${text}\n`);
    } catch (error) {
      // A file (`> out.txt`) is written synchronously: its errors are thrown, not emitted.
      this.closed = true;
      if (!isClosedPipe(error as NodeJS.ErrnoException)) this.failure ??= fileErrorReason(error);
      return;
    }
    if (flowing) return;
    return new Promise((resolve) => {
      const done = () => {
        this.stream.off("drain", done);
        this.stream.off("close", done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("close", done);
      this.stream.on("error", done);
    });
  }
}

/** The reader closed its end: EPIPE, or a write to the stream Node destroyed for it. */
function isClosedPipe(error: NodeJS.ErrnoException): boolean {
  return error.code === "EPIPE" || error.code === "ERR_STREAM_DESTROYED" || error.code === "ECONNRESET";
}
