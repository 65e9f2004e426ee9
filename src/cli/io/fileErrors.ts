/**
 * Sentences for the operating system's file errors, so that no errno code (ENOENT, EISDIR,
 * EACCES, EBUSY …) reaches a user on its own.
 */
const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the disk",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  EIO: "input/output error",
  ENOENT: "no such file or folder",
  ENOTDIR: "a part of the path is not a folder",
  EISDIR: "is a folder, not a file",
  ENAMETOOLONG: "the name is too long",
  EPIPE: "the reader closed the pipe",
  EBUSY: "the file is in use by another program (is it open in Excel?)",
  EMFILE: "too many files open at once",
  ENFILE: "too many files open at once",
  ELOOP: "too many symbolic links in the path",
  ETXTBSY: "the file is in use by another program",
  EAGAIN: "the file is locked by another program",
  EFBIG: "the file is too large for this file system",
  EINVAL: "the name is not valid here",
  // On network shares and odd paths (a socket, a device without a reader, a share remounted meanwhile).
  EEXIST: "a file of that name appeared meanwhile",
  ENXIO: "no device or reader at that path",
  ENODEV: "no such device",
  EOPNOTSUPP: "the file system does not support this",
  ESTALE: "the network share was reconnected meanwhile; try again",
  ETIMEDOUT: "the network share did not answer in time",
  EHOSTDOWN: "the network share cannot be reached",
  ECONNRESET: "the reader closed the connection",
};

/** The sentence for an error's errno code, or its own message when it has none we know. */
export function fileErrorReason(error: unknown, overrides: Record<string, string> = {}): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && overrides[code]) return overrides[code];
  if (code && REASONS[code]) return REASONS[code];
  const message = (error as Error | undefined)?.message ?? String(error);
  // A code we have no sentence for: its message, without the code and syscall Node puts first.
  return message.replace(/^[A-Z]+: /, "").replace(/, \w+ '.*'$/, "");
}
