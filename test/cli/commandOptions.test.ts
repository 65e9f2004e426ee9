import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/curate";
import { commandOptions, todayOption } from "../../src/cli/commandOptions";
import { packageVersion } from "../../src/cli/packageVersion";

const ROOT = join(__dirname, "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

/** `curate` in this process: its status, stdout and stderr lines. */
async function curate(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, (text) => void out.push(text), (text) => void err.push(text), () => "");
  return { status, out, err };
}

describe("option mistakes: one sentence naming the option, exit 2", () => {
  test.each([
    [["check", "--formt", "json", SAMPLE], "curate: unknown option --formt for curate check; did you mean --format?"],
    [["check", SAMPLE, "--severty", "error"], "curate: unknown option --severty for curate check; did you mean --severity?"],
    [["check", SAMPLE, "--al"], "curate: unknown option --al for curate check; did you mean --all?"],
    [["check", SAMPLE, "--verbose"], "curate: unknown option --verbose for curate check; curate check takes --format, --today, --all, --severity"],
    [["check", SAMPLE, "-x"], "curate: unknown option -x for curate check; curate check takes --format, --today, --all, --severity"],
    [["check", SAMPLE, "--format"], "curate: --format needs a value (json or text)"],
    [["check", SAMPLE, "--format="], "curate: --format needs a value (json or text)"],
    [["check", SAMPLE, "--all=yes"], 'curate: --all takes no value (remove "=yes")'],
    [["export", SAMPLE, "--sheet"], "curate: --sheet needs a value (incidents or weapons)"],
    [["export", SAMPLE, "--sheet", "--bom", "-o", "x.csv"], "curate: --sheet needs a value (incidents or weapons), not the option --bom"],
    [["export", SAMPLE, "--sheet", "incidents", "-o"], "curate: -o needs a value (the CSV file to write)"],
    [["export", SAMPLE, "--sheet", "incidents", "-o", "-x.csv"], "curate: -o needs a value (the CSV file to write), not the option -x.csv (for a value that starts with a dash, write -o=-x.csv)"],
    [["export", SAMPLE, "--sheets", "incidents"], "curate: unknown option --sheets for curate export; did you mean --sheet?"],
    [["normalize", SAMPLE, "--unify-form"], "curate: unknown option --unify-form for curate normalize; did you mean --unify-forms?"],
    [["resolve", "--knid", "actor"], "curate: unknown option --knid for curate resolve; did you mean --kind?"],
    [["resolve", "--kind", "actor", "names.txt"], "curate: curate resolve takes no file or other argument, only options (curate --help lists them)"],
    [["chek", SAMPLE], 'curate: unknown command "chek"; did you mean curate check?'],
    [["--formt"], "curate: unknown option --formt; curate takes a command first (check, clusters, export, normalize, resolve), or --help, or --version"],
    [["check", SAMPLE, "--today", "2024-13-45"], "curate: --today 2024-13-45 is not a day of the calendar (no such month)"],
    [["check", SAMPLE, "--today", "2023-02-29"], "curate: --today 2023-02-29 is not a day of the calendar (no such day)"],
    [["check", SAMPLE, "--today", "2024-04-31"], "curate: --today 2024-04-31 is not a day of the calendar (no such day)"],
    [["check", SAMPLE, "--today", "25/11/2026"], 'curate: --today must be a date as yyyy-mm-dd, not "25/11/2026"'],
    [["export", SAMPLE, "--sheet", "incidents", "-o", "x.csv", "--today", "2024-00-10"], "curate: --today 2024-00-10 is not a day of the calendar (no such month)"],
    [["normalize", SAMPLE, "-o", "x.xlsx", "--today", "2024-02-30"], "curate: --today 2024-02-30 is not a day of the calendar (no such day)"],
  ])("%j", async (argv, sentence) => {
    const run = await curate(...argv);
    expect(run).toEqual({ status: 2, out: [], err: [sentence] });
  });

  test("a value after -- may start with a dash; a lone - is a value", () => {
    const parsed = commandOptions("check", ["--format", "-", "--", "--not-an-option"], { format: { type: "string" } });
    expect(parsed.values.format).toBe("-");
    expect(parsed.positionals).toEqual(["--not-an-option"]);
  });

  test("a leap day and a written-out value are accepted", async () => {
    expect(todayOption("2024-02-29")).toBe("2024-02-29");
    expect(commandOptions("check", ["--format=json", "-oout.csv"], { format: { type: "string" }, o: { type: "string", short: "o" } }).values).toEqual({ format: "json", o: "out.csv" });
    const run = await curate("check", SAMPLE, "--format", "json", "--today", "2024-02-29");
    expect(run.status).toBe(1);
  });
});

describe("--version", () => {
  test("prints the version in package.json, as --version and -V, exit 0", async () => {
    expect(await curate("--version")).toEqual({ status: 0, out: [VERSION], err: [] });
    expect(await curate("-V")).toEqual({ status: 0, out: [VERSION], err: [] });
  });

  test("the built command finds package.json from dist/node", () => {
    const run = spawnSync(process.execPath, [CURATE, "--version"], { encoding: "utf8", cwd: "/" });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, `${VERSION}\n`, ""]);
  });

  test("found by walking up, whatever the depth; a folder without our package.json gives unknown", () => {
    expect(packageVersion(join(ROOT, "dist", "node", "src", "cli"))).toBe(VERSION);
    expect(packageVersion(join(ROOT, "src", "cli"))).toBe(VERSION);
    expect(packageVersion("/")).toBe("unknown");
  });

  test("--help names --version", async () => {
    expect((await curate("--help")).out.join("\n")).toMatch(/^ {2}curate --version$/m);
  });
});
