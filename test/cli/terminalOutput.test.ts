import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/curate";
import { CLEAN_INCIDENT, gridOf, TODAY } from "../support/rows";

/**
 * What the built `curate` sends to the terminal: nothing but its lines when a pipe closes
 * early, every user value escaped, and sentences where Node would print a code or a stack.
 */
const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
/** Controls, DEL, C1, bidi overrides and isolates, line separators: what must never reach a terminal raw. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "curate-terminal-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const csvCell = (value: unknown) => (/[",\n\r]/.test(String(value)) ? `"${String(value).replace(/"/g, '""')}"` : String(value));
function writeCsv(name: string, rows: Record<string, unknown>[]): string {
  const path = join(dir, name);
  writeFileSync(path, gridOf(rows as never).map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n");
  return path;
}

function curate(args: string[], options: { input?: string; stdio?: ("pipe" | "ignore" | number)[] } = {}) {
  const run = spawnSync(process.execPath, [CURATE, ...args], { encoding: "utf8", input: options.input, stdio: options.stdio, cwd: dir });
  return { status: run.status, stdout: run.stdout ?? "", stderr: run.stderr ?? "" };
}

/** `curate … | reader` in bash: curate's own exit status, its stderr, and what the reader printed. */
function piped(curateArgs: string, reader: string, input?: string) {
  const script = `"$NODE" "$CURATE" ${curateArgs} | ${reader}; exit "\${PIPESTATUS[0]}"`;
  const run = spawnSync("bash", ["-c", script], { encoding: "utf8", input, cwd: dir, env: { ...process.env, NODE: process.execPath, CURATE } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("a reader that closes the pipe early", () => {
  let big: string;
  beforeAll(() => {
    // 3,000 "Battle" cells: a report of about 300 KB with --all, far more than a pipe holds.
    big = writeCsv("big.csv", Array.from({ length: 3000 }, (_, i) => ({ ...CLEAN_INCIDENT, incident_id: `BFA${10000 + i}`, event_type: "Battle" })));
  });

  test("curate check FILE --all | head -1: the first line, nothing on stderr, the check's own status (1: errors found)", () => {
    const run = piped(`check "${big}" --all --today ${TODAY}`, "head -1");
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^3,000 incident rows and 0 weapon rows checked: 3,000 errors, [\d,]+ warnings, 0 info\.\n$/);
    expect(run.status).toBe(1);
  });

  test("curate check FILE --format json | head -1: the same", () => {
    const run = piped(`check "${big}" --format json --today ${TODAY}`, "head -1");
    expect([run.stderr, run.stdout, run.status]).toEqual(["", "{\n", 1]);
  });

  test("curate resolve of 20,000 names | head -1: one line, nothing on stderr, exit 0", () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Militia ${i}`).join("\n");
    const run = piped("resolve --kind actor", "head -1", names);
    expect(run.stderr).toBe("");
    expect(run.stdout.split("\n")).toHaveLength(2);
    expect(run.status).toBe(0);
  });

  test("curate --help into a reader that reads nothing (| true): nothing on stderr, exit 0", () => {
    const run = piped("--help", "true");
    expect([run.stderr, run.status]).toEqual(["", 0]);
  });

  test("a slow reader gets every line, in order", () => {
    const whole = curate(["check", big, "--all", "--today", TODAY]).stdout;
    const run = piped(`check "${big}" --all --today ${TODAY}`, "(sleep 1; cat)");
    expect(run.stdout).toBe(whole);
    expect(run.stderr).toBe("");
  });

  (existsSync("/dev/full") ? test : test.skip)("an output that cannot be written (> /dev/full): a sentence, exit 2", () => {
    const full = openSync("/dev/full", "w");
    try {
      const run = curate(["check", big, "--today", TODAY], { stdio: ["ignore", full, "pipe"] });
      expect(run.stderr).toBe("curate: the output could not be written (no space left on the disk)\n");
      expect(run.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe("user values are escaped in text output", () => {
  const FORGED = "Battle\nIncidents!D9  \"Riots\" forged finding\t\u001b[31mred\u001b]0;title\u0007\u009b2J\u202eevil";

  test("check: a cell with a newline, a tab and escapes stays on its own line, shown escaped", () => {
    const path = writeCsv("forged.csv", [{ ...CLEAN_INCIDENT, event_type: FORGED }]);
    const run = curate(["check", path, "--today", TODAY]);
    expect(run.status).toBe(1);
    for (const line of run.stdout.split("\n")) expect([line, UNSAFE.test(line)]).toEqual([line, false]);
    // Shown whole, escaped (the message wraps at its spaces like any other).
    expect(run.stdout).toContain('"Battle\\nIncidents!D9  "Riots" forged');
    expect(run.stdout).toContain("finding\\t\\x1b[31mred\\x1b]0;title\\x07\\x9b2J\\u202eevil");
    // No line of the report starts with the cell the value tried to forge.
    expect(run.stdout).not.toMatch(/^\s*Incidents!D9/m);
    expect(run.stdout).toMatch(/^ {2}forged!D2 /m);
  });

  test("check: a CSV whose name holds an escape is its sheet's name, escaped", () => {
    const path = writeCsv("sheet\u001b[2J.csv", [{ ...CLEAN_INCIDENT, event_type: "Battle" }]);
    const run = curate(["check", path, "--today", TODAY]);
    expect(run.stdout).toContain("sheet\\x1b[2J");
    expect(run.stdout).not.toMatch(UNSAFE);
  });

  test("JSON: C1 controls and bidi overrides written as \\u escapes; the data parses back the same", () => {
    const path = writeCsv("c1.csv", [{ ...CLEAN_INCIDENT, event_type: "Battle\u009b2J\u202e\u2028" }]);
    const run = curate(["check", path, "--format", "json", "--today", TODAY]);
    expect(run.stdout).not.toMatch(UNSAFE);
    expect(run.stdout).toContain("Battle\\u009b2J\\u202e\\u2028");
    const { issues } = JSON.parse(run.stdout) as { issues: { field: string; value: string }[] };
    expect(issues.find((issue) => issue.field === "event_type")?.value).toBe("Battle\u009b2J\u202e\u2028");
  });

  test("error messages: a file name with a newline and ESC stays one line", () => {
    const run = curate(["check", "no\nsuch\u001b[2J.csv"]);
    expect(run.stderr).toBe("curate: no\\nsuch\\x1b[2J.csv: no such file\n");
    expect(run.status).toBe(2);
  });

  test("resolve: a tab, a backslash or an escape in a raw name cannot add a field or reach the terminal", () => {
    const run = curate(["resolve", "--kind", "actor"], { input: "ISIS\tNigeria\nC:\\x\u001b[2J\n" });
    const lines = run.stdout.replace(/\n$/, "").split("\n");
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.split("\t")).toHaveLength(5);
    expect(lines.map((line) => line.split("\t")[0])).toEqual(["ISIS\\tNigeria", "C:\\\\x\\x1b[2J"]);
    for (const field of run.stdout.split(/[\t\n]/)) expect(field).not.toMatch(UNSAFE);
  });

  test("resolve --tsv: a country that is not one is quoted escaped in the warning", () => {
    const run = curate(["resolve", "--kind", "actor", "--tsv"], { input: "ISIS\tAtlan\u001b]0;x\u0007tis\n" });
    expect(run.stderr).toBe('curate: line 1: "Atlan\\x1b]0;x\\x07tis" is not a country; the name is not resolved\n');
  });
});

describe("sentences instead of codes and stacks", () => {
  const sample = join(ROOT, "test", "fixtures", "sample.xlsx");

  test("an output folder that does not exist: not created, the sentence says how; done as it says, the command works", () => {
    const run = curate(["export", sample, "--sheet", "incidents", "-o", "out/new/incidents.csv"]);
    expect(run.stderr).toBe("curate: out/new/incidents.csv: cannot write (no such folder out/new); create it first (mkdir -p out/new) or choose another folder\n");
    expect(run.status).toBe(2);
    expect(existsSync(join(dir, "out"))).toBe(false);
    expect(spawnSync("sh", ["-c", "mkdir -p out/new"], { cwd: dir }).status).toBe(0);
    const again = curate(["export", sample, "--sheet", "incidents", "-o", "out/new/incidents.csv"]);
    expect(again.stderr).toBe("");
    expect(existsSync(join(dir, "out", "new", "incidents.csv"))).toBe(true);
  });

  test("normalize into a missing folder: the same sentence", () => {
    const run = curate(["normalize", sample, "-o", "missing folder/x.xlsx"]);
    expect(run.stderr).toBe("curate: missing folder/x.xlsx: cannot write (no such folder missing folder); create it first (mkdir -p 'missing folder') or choose another folder\n");
  });

  test("resolve reading a folder as its standard input: a sentence, no EISDIR", () => {
    const folder = join(dir, "a-folder");
    mkdirSync(folder);
    const descriptor = openSync(folder, "r");
    try {
      const run = curate(["resolve", "--kind", "actor"], { stdio: [descriptor, "pipe", "pipe"] });
      expect(run.stderr).toBe("curate: cannot read the names from standard input (it is a folder); give them through a pipe or a file: curate resolve --kind actor < names.txt\n");
      expect(run.status).toBe(2);
    } finally {
      closeSync(descriptor);
    }
  });

  test("a folder named like a CSV given as the file: a sentence, no EISDIR", () => {
    mkdirSync(join(dir, "folder.csv"));
    const run = curate(["check", "folder.csv"]);
    expect(run.stderr).toBe("curate: folder.csv: is a folder, not a file\n");
    expect(run.status).toBe(2);
  });

  test("an internal error says it is a bug and what to do, with no stack trace", async () => {
    const errors: string[] = [];
    const bug = new TypeError("Cannot read properties of undefined (reading 'comments')");
    bug.stack = `${bug.message}\n    at Object.<anonymous> (/x/y.js:1:1)`;
    const status = await main(["--version"], () => {
      throw bug;
    }, (text) => void errors.push(text));
    expect(status).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^curate: internal error, a bug in curate rather than a problem with your file or command \(Cannot read properties of undefined \(reading 'comments'\)\)\. Please report it/);
    expect(errors[0]).not.toMatch(/\n|\bat .*\.js/);
  });

  test("an errno error that no reader caught is told as the file's problem, not as a bug", async () => {
    const errors: string[] = [];
    const status = await main(["--version"], () => {
      throw Object.assign(new Error("EBUSY: resource busy or locked, open 'x.xlsx'"), { code: "EBUSY", path: "x.xlsx" });
    }, (text) => void errors.push(text));
    expect([status, errors]).toEqual([2, ["curate: x.xlsx: the file is in use by another program (is it open in Excel?)"]]);
  });
});
