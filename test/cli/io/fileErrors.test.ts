import { spawnSync } from "node:child_process";
import { constants, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileErrorReason } from "../../../src/cli/io/fileErrors";

/** The error a real file operation throws, for its sentence. */
function errorOf(operation: () => unknown): NodeJS.ErrnoException {
  try {
    operation();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error("the operation did not fail");
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "curate-errors-"));
  writeFileSync(join(dir, "file.csv"), "a\n");
  mkdirSync(join(dir, "folder"));
  symlinkSync(join(dir, "loop-b"), join(dir, "loop-a"));
  symlinkSync(join(dir, "loop-a"), join(dir, "loop-b"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fileErrorReason: a sentence for what the file system says, never its code", () => {
  test.each([
    ["ENOENT", () => readFileSync(join(dir, "missing.csv")), "no such file or folder"],
    ["EISDIR", () => readFileSync(join(dir, "folder")), "is a folder, not a file"],
    ["ENOTDIR", () => readFileSync(join(dir, "file.csv", "inside.csv")), "a part of the path is not a folder"],
    ["ENAMETOOLONG", () => readFileSync(join(dir, "x".repeat(300))), "the name is too long"],
    ["ELOOP", () => readFileSync(join(dir, "loop-a")), "too many symbolic links in the path"],
    ["EEXIST", () => openSync(join(dir, "file.csv"), "wx"), "a file of that name appeared meanwhile"],
  ])("%s", (code, operation, sentence) => {
    const error = errorOf(operation);
    expect(error.code).toBe(code);
    expect(fileErrorReason(error)).toBe(sentence);
  });

  test("ENXIO: a pipe with no reader, opened to write without waiting", () => {
    const fifo = join(dir, "pipe");
    if (spawnSync("mkfifo", [fifo]).status !== 0) return;
    const error = errorOf(() => openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK));
    expect([error.code, fileErrorReason(error)]).toEqual(["ENXIO", "no device or reader at that path"]);
  });

  test("a code without a sentence: Node's message without the code and the path", () => {
    const error = Object.assign(new Error("EXDEV: cross-device link not permitted, rename '/a' -> '/b'"), { code: "EXDEV" });
    expect(fileErrorReason(error)).toBe("cross-device link not permitted");
  });

  test("an override words a code for its context", () => {
    expect(fileErrorReason(errorOf(() => readFileSync(join(dir, "missing.csv"))), { ENOENT: "no such file" })).toBe("no such file");
  });
});
