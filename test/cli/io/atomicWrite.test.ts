import { spawn, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OutputFileError, writeFilesAtomically } from "../../../src/cli/io/atomicWrite";
import { CellValue } from "../../../src/domain/cells/cellValue";
import { generateWorkbook } from "../../support/generateWorkbook";
import { TODAY } from "../../support/rows";

const ROOT = join(__dirname, "..", "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
// Loaded before the CLI: a disk that fills up or writes slowly (see its header).
const FAKE_DISK = join(ROOT, "dist", "node", "test", "support", "fakeDisk.js");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
const OLD = "the previous export, which must survive\r\n";
const WEAPONS = "incident_id,weapon,category,country_of_origin,quantity,year_of_manufacture\r\nBFA1001,RPG-7,rocket launcher,USSR,1,1985\r\n";
const linuxOnly = process.platform === "linux" ? test : test.skip;

let dir: string;
let references: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "atomic-write-"));
  references = mkdtempSync(join(tmpdir(), "atomic-write-references-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(references, { recursive: true, force: true });
});
const at = (name: string) => join(dir, name);

const cell = (value: CellValue) => {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};
/** A generated incident sheet as CSV: large enough that writing its export takes a while on the slow disk. */
function incidentsCsv(path: string, rows: number, seed = 1): string {
  writeFileSync(path, generateWorkbook(rows, 0, seed).sheets[0].values.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n");
  return path;
}

/** The built CLI on the fake disk (FAKE_DISK_DIR is the test's folder). */
const curateOnFakeDisk = (env: Record<string, string>, ...args: string[]) =>
  spawnSync(process.execPath, ["-r", FAKE_DISK, CURATE, ...args, "--today", TODAY], { encoding: "utf8", env: { ...process.env, FAKE_DISK_DIR: dir, ...env } });
/** What the same command writes on a real disk, in a folder of its own. */
function reference(args: (output: string) => string[], name = "out.csv"): { text: Buffer; status: number | null } {
  const run = spawnSync(process.execPath, [CURATE, ...args(join(references, name)), "--today", TODAY], { encoding: "utf8" });
  expect(run.stderr).toBe("");
  return { text: readFileSync(join(references, name)), status: run.status };
}

function start(env: Record<string, string>, ...args: string[]) {
  const child = spawn(process.execPath, ["-r", FAKE_DISK, CURATE, ...args, "--today", TODAY], { env: { ...process.env, FAKE_DISK_DIR: dir, ...env } });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const ended = new Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => child.on("close", (status, signal) => resolve({ status, signal, stderr })));
  return { child, ended };
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once the run has begun writing: a new file in the folder, or the output itself changed. */
async function writingBegins(output: string): Promise<void> {
  const names = readdirSync(dir).join("/");
  const before = statSync(output);
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(5)) {
    const now = statSync(output, { throwIfNoEntry: false });
    if (readdirSync(dir).join("/") !== names || now?.size !== before.size || now?.mtimeMs !== before.mtimeMs) return;
  }
  throw new Error("the run never began writing");
}

describe("a disk that fills up part-way: exit 2, one sentence, the old files intact, no temporary file", () => {
  linuxOnly("export: the CSV does not fit", () => {
    const input = incidentsCsv(at("in.csv"), 2000);
    writeFileSync(at("out.csv"), OLD);
    const run = curateOnFakeDisk({ FAKE_DISK_FREE: "100000" }, "export", input, "--sheet", "incidents", "-o", at("out.csv"));
    expect(readFileSync(at("out.csv"), "utf8")).toBe(OLD);
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toBe(`curate: ${at("out.csv")}: cannot write (no space left on the disk); the file already there is unchanged\n`);
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });

  linuxOnly("export --datapackage: the CSV fits, its datapackage.json does not; neither is replaced", () => {
    const input = incidentsCsv(at("in.csv"), 500);
    const csv = reference((output) => ["export", input, "--sheet", "incidents", "-o", output]).text;
    writeFileSync(at("out.csv"), OLD);
    writeFileSync(at("datapackage.json"), '{"resources": []}\n');
    const run = curateOnFakeDisk({ FAKE_DISK_FREE: String(csv.length + 100) }, "export", input, "--sheet", "incidents", "-o", at("out.csv"), "--datapackage");
    expect(readFileSync(at("out.csv"), "utf8")).toBe(OLD);
    expect(readFileSync(at("datapackage.json"), "utf8")).toBe('{"resources": []}\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^curate: .*datapackage\.json: cannot write \(no space left on the disk\); the file already there is unchanged\n$/);
    expect(readdirSync(dir).sort()).toEqual(["datapackage.json", "in.csv", "out.csv"]);
  });

  linuxOnly("normalize: the workbook does not fit", () => {
    copyFileSync(SAMPLE, at("in.xlsx"));
    writeFileSync(at("out.xlsx"), "the previous copy");
    const run = curateOnFakeDisk({ FAKE_DISK_FREE: "5000" }, "normalize", at("in.xlsx"), "-o", at("out.xlsx"));
    expect(readFileSync(at("out.xlsx"), "utf8")).toBe("the previous copy");
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toBe(`curate: ${at("out.xlsx")}: cannot write (no space left on the disk); the file already there is unchanged\n`);
    expect(readdirSync(dir).sort()).toEqual(["in.xlsx", "out.xlsx"]);
  });
});

linuxOnly("killed (SIGKILL, which no program can catch) while writing: the old file or the new one, complete, never part of one", async () => {
  const input = incidentsCsv(at("in.csv"), 3000);
  const args = (output: string) => ["export", input, "--sheet", "incidents", "-o", output];
  const complete = reference(args).text;
  for (const delay of [0, 100, 300, 600]) {
    writeFileSync(at("out.csv"), OLD);
    const run = start({ FAKE_DISK_MS_PER_PIECE: "20" }, ...args(at("out.csv")));
    await writingBegins(at("out.csv"));
    await sleep(delay);
    run.child.kill("SIGKILL");
    expect((await run.ended).signal).toBe("SIGKILL");
    const left = readFileSync(at("out.csv"));
    expect([delay, left.equals(Buffer.from(OLD)) || left.equals(complete)]).toEqual([delay, true]);
    // What a kill leaves behind is hidden and says what it was.
    for (const name of readdirSync(dir)) expect(name).toMatch(/^(in\.csv|out\.csv|\.out\.csv\.curate-\d+-[0-9a-f]+\.tmp)$/);
  }
});

describe.each(["SIGINT", "SIGTERM"] as const)("interrupted by %s while writing", (signal) => {
  linuxOnly("the temporary file removed, the old file intact, one sentence, ended by the signal", async () => {
    const input = incidentsCsv(at("in.csv"), 3000);
    writeFileSync(at("out.csv"), OLD);
    const run = start({ FAKE_DISK_MS_PER_PIECE: "20" }, "export", input, "--sheet", "incidents", "-o", at("out.csv"));
    await writingBegins(at("out.csv"));
    await sleep(100);
    run.child.kill(signal);
    const ended = await run.ended;
    expect(readFileSync(at("out.csv"), "utf8")).toBe(OLD);
    expect([ended.status, ended.signal]).toEqual([null, signal]);
    expect(ended.stderr).toBe(`curate: interrupted by ${signal}; ${at("out.csv")} not written, and any file already there left as it was\n`);
    expect(readdirSync(dir).sort()).toEqual(["in.csv", "out.csv"]);
  });
});

linuxOnly("two runs writing one output at once, a slow one and a fast one: a complete file, the last one renamed, never an interleaving", async () => {
  const slow = incidentsCsv(at("slow.csv"), 3000, 1);
  const fast = incidentsCsv(at("fast.csv"), 2000, 2);
  const args = (input: string) => (output: string) => ["export", input, "--sheet", "incidents", "-o", output, "--datapackage"];
  const expected = [reference(args(slow)), reference(args(fast))];
  writeFileSync(at("out.csv"), OLD);
  // The fast run starts, checks and writes all while the slow one is still writing.
  const slowRun = start({ FAKE_DISK_MS_PER_PIECE: "60" }, ...args(slow)(at("out.csv")));
  await writingBegins(at("out.csv"));
  const fastRun = start({}, ...args(fast)(at("out.csv")));
  const ended = await Promise.all([slowRun.ended, fastRun.ended]);
  expect(ended.map((run) => [run.status, run.stderr])).toEqual(expected.map((run) => [run.status, ""]));
  const left = readFileSync(at("out.csv"));
  expect(expected.some((run) => run.text.equals(left))).toBe(true);
  expect(JSON.parse(readFileSync(at("datapackage.json"), "utf8")).resources.map((r: { path: string }) => r.path)).toEqual(["out.csv"]);
  expect(readdirSync(dir).sort()).toEqual(["datapackage.json", "fast.csv", "out.csv", "slow.csv"]);
});

test("a replaced output keeps its permissions; a new one gets the usual ones", () => {
  writeFileSync(at("in.csv"), WEAPONS);
  writeFileSync(at("kept.csv"), OLD);
  chmodSync(at("kept.csv"), 0o640);
  writeFileSync(at("usual"), "");
  for (const name of ["kept.csv", "new.csv"]) expect(spawnSync(process.execPath, [CURATE, "export", at("in.csv"), "--sheet", "weapons", "-o", at(name)]).status).toBe(0);
  expect(readFileSync(at("kept.csv"), "utf8")).toMatch(/^incident_id,weapon/);
  expect(statSync(at("kept.csv")).mode & 0o777).toBe(0o640);
  expect(statSync(at("new.csv")).mode & 0o777).toBe(statSync(at("usual")).mode & 0o777);
});

test("an output hard-linked to another file is replaced, not written into: the other name keeps its content", () => {
  writeFileSync(at("in.csv"), WEAPONS);
  writeFileSync(at("kept.csv"), OLD);
  linkSync(at("kept.csv"), at("out.csv"));
  expect(spawnSync(process.execPath, [CURATE, "export", at("in.csv"), "--sheet", "weapons", "-o", at("out.csv")]).status).toBe(0);
  expect(readFileSync(at("kept.csv"), "utf8")).toBe(OLD);
  expect(readFileSync(at("out.csv"), "utf8")).toMatch(/^incident_id,weapon/);
});

describe("writeFilesAtomically", () => {
  test("all or nothing: the second file cannot be written, so the first is not replaced; no temporary file, no listener left", async () => {
    writeFileSync(at("first.csv"), OLD);
    const listeners = ["SIGINT", "SIGTERM", "exit"].map((event) => process.listenerCount(event));
    const attempt = writeFilesAtomically([
      { path: at("first.csv"), data: "new" },
      { path: join(at("missing"), "second.csv"), data: "new" },
    ]);
    await expect(attempt).rejects.toThrow(new OutputFileError(`${join(at("missing"), "second.csv")}: cannot write (no such folder); nothing was written`));
    expect(readFileSync(at("first.csv"), "utf8")).toBe(OLD);
    expect(readdirSync(dir)).toEqual(["first.csv"]);
    expect(["SIGINT", "SIGTERM", "exit"].map((event) => process.listenerCount(event))).toEqual(listeners);
  });

  test("both written: each replaced whole, in a folder of their own", async () => {
    mkdirSync(at("out"));
    await writeFilesAtomically([
      { path: join(at("out"), "a.csv"), data: "a\r\n" },
      { path: join(at("out"), "b.json"), data: new Uint8Array([0x7b, 0x7d]) },
    ]);
    expect(readdirSync(at("out")).sort()).toEqual(["a.csv", "b.json"]);
    expect(readFileSync(join(at("out"), "b.json"), "utf8")).toBe("{}");
  });
});
