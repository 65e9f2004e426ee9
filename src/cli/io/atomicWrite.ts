import { fileErrorReason } from "./fileErrors";
import { closeSync, fchmodSync, fchownSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";

/** An output that cannot be written: one sentence for stderr, exit status 2. */
export class OutputFileError extends Error {}

export interface OutputFile {
  path: string;
  /** The content, or a producer that writes it into the open (temporary) file and resolves when done. */
  data: string | Uint8Array | ((descriptor: number) => Promise<void>);
  /** false for a pipe or a device (`/dev/null`), which is written into: there is nothing to replace. */
  replace?: boolean;
}

/** A temporary file being written beside its destination. */
interface Staged {
  path: string;
  temporary: string;
  descriptor?: number;
}

// Between pieces the event loop runs, so that an interrupt is handled during a long write.
const PIECE = 1 << 20;
const SIGNALS: NodeJS.Signals[] = process.platform === "win32" ? ["SIGINT", "SIGTERM"] : ["SIGINT", "SIGTERM", "SIGHUP"];
const inFlight = new Set<Staged>();

/**
 * Writes every file in full to a temporary file beside it, flushed to disk, then renames
 * each over its destination: a reader, a crash or a second run sees the old file or the
 * new one, never part of one, and if one file cannot be written none is replaced.
 * Throws an OutputFileError.
 */
export async function writeFilesAtomically(files: OutputFile[]): Promise<void> {
  const staged: Staged[] = [];
  try {
    for (const file of files) if (file.replace !== false) staged.push(await stage(file.path, file.data));
    for (const file of files) if (file.replace === false) await writeInto(file.path, file.data);
  } catch (error) {
    staged.forEach(discard);
    throw error;
  }
  // Renames are synchronous, one after the other: no signal handler runs between them.
  for (const file of staged) {
    try {
      renameSync(file.temporary, file.path);
    } catch (error) {
      staged.forEach(discard);
      throw cannotWrite(file.path, error);
    }
    untrack(file);
  }
  for (const folder of new Set(staged.map((file) => dirname(file.path)))) syncFolder(folder);
}

/** Removes every temporary file still being written (on an interrupt or an exit before the end). */
export function discardTemporaryFiles(): void {
  [...inFlight].forEach(discard);
}

async function stage(path: string, data: OutputFile["data"]): Promise<Staged> {
  const previous = statOrNothing(path);
  const file: Staged = { path, temporary: temporaryName(path) };
  track(file);
  try {
    file.descriptor = openSync(file.temporary, "wx", 0o666);
    if (previous) keepOwnership(file.descriptor, previous);
    if (typeof data === "function") await data(file.descriptor);
    const bytes = typeof data === "function" ? new Uint8Array(0) : bytesOf(data);
    for (let offset = 0; offset < bytes.length; ) {
      offset += writeSync(file.descriptor, bytes, offset, Math.min(PIECE, bytes.length - offset));
      if (offset < bytes.length) await nextTurn();
    }
    fsyncSync(file.descriptor);
    closeSync(file.descriptor);
    file.descriptor = undefined;
    return file;
  } catch (error) {
    discard(file);
    // A producer's own refusal (not a failed write) is its message to give.
    if (typeof data === "function" && !(error as NodeJS.ErrnoException).code) throw error;
    throw cannotWrite(path, error, file.temporary);
  }
}

async function writeInto(path: string, data: OutputFile["data"]): Promise<void> {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, "w");
    if (typeof data === "function") await data(descriptor);
    const bytes = typeof data === "function" ? new Uint8Array(0) : bytesOf(data);
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(descriptor, bytes, offset, bytes.length - offset);
  } catch (error) {
    if (typeof data === "function" && !(error as NodeJS.ErrnoException).code) throw error;
    throw cannotWrite(path, error);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

// Hidden, named for its destination and unique per run: two runs never share one, and a
// file left by a killed run (SIGKILL cannot be caught) says what it was.
function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path).slice(0, 100)}.curate-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

// The replaced file keeps its permission bits and, where the system allows it, its owner.
function keepOwnership(descriptor: number, previous: { mode: number; uid: number; gid: number }): void {
  fchmodSync(descriptor, previous.mode & 0o777);
  if (process.getuid && (previous.uid !== process.getuid() || previous.gid !== process.getgid?.())) {
    try {
      fchownSync(descriptor, previous.uid, previous.gid);
    } catch {
      // Only root may give a file away; the new file then belongs to whoever wrote it.
    }
  }
}

function statOrNothing(path: string): { mode: number; uid: number; gid: number } | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

// The rename is durable only once the folder's entry is on disk; Windows cannot open a folder for that.
function syncFolder(folder: string): void {
  if (process.platform === "win32") return;
  let descriptor: number | undefined;
  try {
    descriptor = openSync(folder, "r");
    fsyncSync(descriptor);
  } catch {
    // Some file systems refuse to sync a folder; the file itself is already on disk.
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

function discard(file: Staged): void {
  if (file.descriptor !== undefined) {
    try {
      closeSync(file.descriptor);
    } catch {
      // Already closed: only the file is left to remove.
    }
    file.descriptor = undefined;
  }
  try {
    unlinkSync(file.temporary);
  } catch {
    // Never created, or already renamed into place.
  }
  untrack(file);
}

function track(file: Staged): void {
  if (inFlight.size === 0) {
    for (const signal of SIGNALS) process.on(signal, onSignal);
    process.on("exit", discardTemporaryFiles);
  }
  inFlight.add(file);
}

// Listening only while writing: a listener would otherwise keep Ctrl-C from ending a blocking read of stdin.
function untrack(file: Staged): void {
  if (!inFlight.delete(file) || inFlight.size > 0) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", discardTemporaryFiles);
}

function onSignal(signal: NodeJS.Signals): void {
  const paths = [...new Set([...inFlight].map((file) => file.path))];
  discardTemporaryFiles();
  process.stderr.write(`curate: interrupted by ${signal}; ${paths.join(" and ")} not written, and any file already there left as it was\n`);
  // Ended by the signal itself, so that a shell or a caller sees the usual status (130, 143).
  process.kill(process.pid, signal);
}

function bytesOf(data: string | Uint8Array): Uint8Array {
  return typeof data === "string" ? Buffer.from(data, "utf8") : data;
}


function cannotWrite(path: string, error: unknown, temporary?: string): OutputFileError {
  const code = (error as NodeJS.ErrnoException).code;
  let reason = fileErrorReason(error, { ENOENT: "no such folder", EISDIR: "is a folder" });
  // Replacing a file safely needs a new file beside it, a right the file's own permissions do not give.
  if (temporary && (code === "EACCES" || code === "EPERM")) reason = `permission denied: cannot create a file in ${dirname(path)}`;
  return new OutputFileError(`${path}: cannot write (${reason}); ${statOrNothing(path) ? "the file already there is unchanged" : "nothing was written"}`);
}
