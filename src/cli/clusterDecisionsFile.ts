import { readFileSync } from "node:fs";
import { ClusterDecision, readClusterDecisions } from "../domain/clusters/clusterFixes";
import { fileErrorReason } from "./io/fileErrors";
import { UnreadableFileError } from "./io/readWorkbookFile";

/** A decisions file larger than this is not one `curate clusters` wrote: refused before it is parsed. */
const MAX_DECISIONS_BYTES = 512 * 1024 * 1024;

/**
 * The cluster decisions of `normalize --clusters FILE` (the JSON `curate clusters --format
 * json` writes, edited), or an UnreadableFileError whose one sentence names the file and says
 * what is wrong: it cannot be read, it is not JSON, or which cluster and field do not fit.
 */
export function readClusterDecisionsFile(path: string): ClusterDecision[] {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new UnreadableFileError(`${path}: the cluster decisions cannot be read (${fileErrorReason(error)})`);
  }
  if (bytes.length > MAX_DECISIONS_BYTES) throw new UnreadableFileError(`${path}: too large for a file of cluster decisions (${Math.round(bytes.length / 1024 / 1024)} MB)`);
  // An editor on Windows may save the edited file with a byte-order mark; JSON.parse would refuse it.
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  if (text.trim() === "") throw new UnreadableFileError(`${path}: the file of cluster decisions is empty; write it with curate clusters FILE --format json`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnreadableFileError(`${path}: the file of cluster decisions is not valid JSON (${jsonProblem(text, error)}); an edit may have left a comma or a quote out`);
  }
  const read = readClusterDecisions(json);
  if ("error" in read) {
    const sentence = read.error.replace(/^The decisions file /, "");
    throw new UnreadableFileError(sentence === read.error ? `${path}: ${read.error}` : `${path}: the file of cluster decisions ${sentence}`);
  }
  return read.decisions;
}

/** What JSON.parse found wrong and where, as a line and column an editor goes to; Node's own message quotes the file, which may be long. */
function jsonProblem(text: string, error: unknown): string {
  const message = String((error as Error | undefined)?.message ?? error).split("\n")[0];
  const position = /^(.*?) in JSON at position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[2]));
    const line = before.split("\n").length;
    const column = before.length - before.lastIndexOf("\n");
    return `${lowerFirst(position[1])} at line ${line}, column ${column}`;
  }
  if (/end of (JSON )?input/i.test(message)) return "it ends too early";
  const token = /^Unexpected token (.+?), ".*" is not valid JSON$/.exec(message);
  if (token) return `an unexpected ${token[1]}`;
  return message.slice(0, 120);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
