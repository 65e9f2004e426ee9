import { fileErrorReason } from "./fileErrors";
import { lstatSync, realpathSync, Stats, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { OutputFileError } from "./atomicWrite";

/** How an output is written: replaced as a whole (a regular file, new or old), or streamed into (a pipe, `/dev/null`). */
export interface OutputTarget {
  path: string;
  replace: boolean;
}

export interface OutputTargetOptions {
  /** The sentence that refuses an output over the input (each command words it its own way). */
  overwritesInput?: string;
  /** Whether the folder holding `existingPath` ignores case; injectable because no case-insensitive folder can be made here without root. */
  ignoresCase?: (existingPath: string) => boolean;
}

/**
 * Checks where `output` would be written before anything is read or written: never over
 * `input` (by name, by link, by hard link or by a case variant) and never through a
 * symbolic link. Throws an OutputFileError that says why.
 */
export function outputTarget(input: string, output: string, options: OutputTargetOptions = {}): OutputTarget {
  const overwritesInput = () => new OutputFileError(`${output}: ${options.overwritesInput ?? "the output would overwrite the input"}`);
  const inputFile = existing(input);
  let link: Stats | undefined;
  try {
    link = lstatSync(output);
  } catch (error) {
    if (code(error) !== "ENOENT") throw cannotCheck(output, error);
  }
  // Through a link or not, the file it ends at must not be the input.
  const target = link ? existing(output) : undefined;
  if (inputFile && target && sameInode(inputFile.stats, target.stats)) throw overwritesInput();
  if (link?.isSymbolicLink() && inputFile && target?.real === inputFile.real) throw overwritesInput();
  const folder = existing(dirname(output));
  // Not created: a folder made for a mistyped path would be a surprise, so the user is told how.
  if (!folder) throw new OutputFileError(`${output}: cannot write (no such folder ${dirname(output)}); create it first (${makeFolderCommand(dirname(output))}) or choose another folder`);
  if (!folder.stats.isDirectory()) throw new OutputFileError(`${output}: cannot write (${dirname(output)} is not a folder)`);
  if (inputFile && sameEntry(folder, basename(output), inputFile, options.ignoresCase ?? ignoresCase)) throw overwritesInput();
  if (link?.isSymbolicLink()) {
    if (target && !target.stats.isFile() && !target.stats.isDirectory()) return { path: output, replace: false };
    // Replacing the link would lose it, writing through it would replace a file the command
    // line never named: neither is surely what `-o` meant, so the user chooses.
    throw new OutputFileError(`${output}: is a symbolic link${target ? ` to ${target.real}` : " to a missing file"}; give the path of the file itself, or remove the link`);
  }
  if (link?.isDirectory()) throw new OutputFileError(`${output}: is a folder, not a file`);
  // A pipe or a device has no content to keep: it is written into, not replaced.
  if (link && !link.isFile()) return { path: output, replace: false };
  return { path: output, replace: true };
}

/**
 * Whether two outputs of one command are one file, so that the last written would replace
 * the first. Names differing only in case count as one on any file system: refusing costs
 * nothing there, and no file may exist yet to probe the folder with.
 */
export function sameOutput(first: string, second: string): boolean {
  const one = existing(first);
  const other = existing(second);
  if (one && other && sameInode(one.stats, other.stats)) return true;
  const folder = existing(dirname(first));
  return Boolean(folder && sameFolder(folder, existing(dirname(second))) && foldCase(basename(first)) === foldCase(basename(second)));
}

/** Whether the folder holding `existingPath` ignores case: the path with its name's case swapped leads to the same file. */
export function ignoresCase(existingPath: string): boolean {
  const name = basename(existingPath);
  const swapped = [...name].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join("");
  if (swapped === name) return false;
  const original = existing(existingPath);
  const variant = existing(join(dirname(existingPath), swapped));
  // Without inode numbers, a variant that exists at all is taken as the same file: the cost of a mistake is a refusal.
  return Boolean(original && variant && (sameInode(original.stats, variant.stats) || original.stats.ino === 0));
}

interface ExistingFile {
  real: string;
  stats: Stats;
}

function existing(path: string): ExistingFile | undefined {
  try {
    return { stats: statSync(path), real: realpathSync(path) };
  } catch {
    return undefined;
  }
}

/** The output's folder and name against the input's: the case only counts where the folder says so. */
function sameEntry(folder: ExistingFile, name: string, input: ExistingFile, probe: (existingPath: string) => boolean): boolean {
  if (!sameFolder(folder, existing(dirname(input.real)))) return false;
  const inputName = basename(input.real);
  if (name === inputName) return true;
  return foldCase(name) === foldCase(inputName) && probe(input.real);
}

function sameFolder(one: ExistingFile, other: ExistingFile | undefined): boolean {
  if (!other) return false;
  return sameInode(one.stats, other.stats) || resolve(one.real) === resolve(other.real);
}

// Some file systems (FAT, some network shares on Windows) give every file inode 0: no proof of identity.
function sameInode(one: Stats, other: Stats): boolean {
  return one.ino !== 0 && one.dev === other.dev && one.ino === other.ino;
}

// NFC too: macOS keeps names decomposed and matches them either way.
function foldCase(name: string): string {
  return name.normalize("NFC").toLowerCase();
}

/** The command that creates a folder and any missing parents, quoted for the user's shell. */
export function makeFolderCommand(folder: string): string {
  if (process.platform === "win32") return `mkdir "${folder}"`;
  return `mkdir -p ${/^[\w@%+=:,./-]+$/.test(folder) ? folder : `'${folder.replace(/'/g, "'\\''")}'`}`;
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

function cannotCheck(output: string, error: unknown): OutputFileError {
  return new OutputFileError(`${output}: cannot write (${fileErrorReason(error, { ENOENT: "no such folder" })})`);
}
