import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * Runs a test-support script from the build (`dist/node/test/support/NAME.js`, with
 * `--expose-gc`) in a process of its own and returns what it prints as JSON. A build older
 * than the sources it measures (`sources`, folders under the project's root, and this
 * folder) would measure the old code: that is said, not measured.
 */
export function runBuiltScript<T>(name: string, sources: string[], args: string[]): T {
  const root = join(__dirname, "..", "..");
  const script = join(root, "dist", "node", "test", "support", `${name}.js`);
  const built = statSync(script, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  const folders = [...sources.map((folder) => join(root, folder)), __dirname];
  const newer = folders.flatMap((folder) => readdirSync(folder, { recursive: true, encoding: "utf8" }).map((file) => join(folder, file))).find((path) => /\.ts$/.test(path) && !/\.test\.ts$|[\\/]browser[^\\/]*$/.test(path) && statSync(path).mtimeMs > built);
  if (newer) throw new Error(`${script} is missing or older than ${newer}: build first (npm run build:cli, as npm test does)`);
  const run = spawnSync(process.execPath, ["--expose-gc", script, ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(`the heap measure failed (status ${run.status}, signal ${run.signal}): ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

/**
 * What stays reachable after two full collections: the heap and the typed arrays' storage
 * (tables kept in typed arrays live outside the heap). The script must run with --expose-gc.
 */
export function retainedBytes(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error("run with node --expose-gc");
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
