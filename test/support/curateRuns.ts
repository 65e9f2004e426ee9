import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { main } from "../../src/cli/curate";
import { TODAY } from "./rows";

/** What a run of `curate` said: its exit status and its two streams. */
export interface CurateRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

const CURATE = join(__dirname, "..", "..", "dist", "node", "src", "cli", "curate.js");

/** The built command in a process of its own, as a user runs it (the tests' fixed today). */
export function curateProcess(...args: string[]): CurateRun {
  return spawnSync(process.execPath, [CURATE, ...args, "--today", TODAY], { encoding: "utf8" });
}

/** The command line's own entry in this process, its lines as the command writes them (the tests' fixed today). */
export async function curateInProcess(...args: string[]): Promise<CurateRun> {
  let stdout = "";
  let stderr = "";
  const status = await main([...args, "--today", TODAY], (text) => void (stdout += `${text}\n`), (text) => void (stderr += `${text}\n`));
  return { status, stdout, stderr };
}
