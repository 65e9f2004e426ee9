import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { OutputFileError } from "../../../src/cli/io/atomicWrite";
import { ignoresCase, outputTarget, sameOutput } from "../../../src/cli/io/outputTarget";
import { TODAY } from "../../support/rows";

const ROOT = join(__dirname, "..", "..", "..");
const CURATE = join(ROOT, "dist", "node", "src", "cli", "curate.js");
const SAMPLE = join(ROOT, "test", "fixtures", "sample.xlsx");
const CSV = "incident_id,weapon,category,country_of_origin,quantity,year_of_manufacture\r\nBFA1001,RPG-7,rocket launcher,USSR,1,1985\r\n";
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "output-target-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const curate = (...args: string[]) => spawnSync(process.execPath, [CURATE, ...args, "--today", TODAY], { encoding: "utf8" });
const digest = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");
const at = (name: string) => join(dir, name);

/** The input (a CSV for export, the sample for normalize) and the command writing `output` from it. */
const commands = {
  export: { input: "in.csv", run: (input: string, output: string) => curate("export", input, "--sheet", "weapons", "-o", output), refusal: /would overwrite the input/ },
  normalize: { input: "in.xlsx", run: (input: string, output: string) => curate("normalize", input, "-o", output), refusal: /never writes over its input/ },
};
function inputFor(command: keyof typeof commands): string {
  const input = at(commands[command].input);
  if (command === "export") writeFileSync(input, CSV);
  else copyFileSync(SAMPLE, input);
  return input;
}
const extension = (command: keyof typeof commands) => (command === "export" ? "csv" : "xlsx");

describe.each(Object.keys(commands) as (keyof typeof commands)[])("curate %s never writes over its input", (command) => {
  test.each([
    ["a symbolic link to the input", (input: string, output: string) => symlinkSync(input, output)],
    ["a relative symbolic link to the input", (_input: string, output: string) => symlinkSync(commands[command].input, output)],
    ["a hard link to the input", (input: string, output: string) => linkSync(input, output)],
    ["a link to a link to the input", (input: string, output: string) => (symlinkSync(input, `${output}.first`), symlinkSync(`${output}.first`, output))],
  ])("%s: refused, exit 2, the input and the link untouched", (_reason, makeLink) => {
    const input = inputFor(command);
    const before = digest(input);
    const output = at(`out.${extension(command)}`);
    makeLink(input, output);
    const linkWas = lstatSync(output);
    const run = commands[command].run(input, output);
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toMatch(commands[command].refusal);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(digest(input)).toBe(before);
    expect([lstatSync(output).ino, lstatSync(output).isSymbolicLink()]).toEqual([linkWas.ino, linkWas.isSymbolicLink()]);
  });

  test("the input's own name through a linked folder: refused", () => {
    const input = inputFor(command);
    const before = digest(input);
    symlinkSync(dir, at("elsewhere"));
    const run = commands[command].run(input, join(at("elsewhere"), commands[command].input));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(commands[command].refusal);
    expect(digest(input)).toBe(before);
  });

  test("a symbolic link to another file: refused, the link and its target untouched", () => {
    const input = inputFor(command);
    writeFileSync(at(`target.${extension(command)}`), "a file someone keeps");
    symlinkSync(at(`target.${extension(command)}`), at(`out.${extension(command)}`));
    const run = commands[command].run(input, at(`out.${extension(command)}`));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is a symbolic link to .*target\.(csv|xlsx); give the path of the file itself, or remove the link/);
    expect(readFileSync(at(`target.${extension(command)}`), "utf8")).toBe("a file someone keeps");
    expect(lstatSync(at(`out.${extension(command)}`)).isSymbolicLink()).toBe(true);
  });
});

describe("curate export checks the datapackage.json it writes too", () => {
  test.each([
    ["a symbolic link to the input", (input: string, output: string) => symlinkSync(input, output)],
    ["a hard link to the input", (input: string, output: string) => linkSync(input, output)],
  ])("datapackage.json is %s: refused before anything is written", (_reason, makeLink) => {
    const input = inputFor("export");
    const before = digest(input);
    makeLink(input, at("datapackage.json"));
    const run = curate("export", input, "--sheet", "weapons", "-o", at("weapons.csv"), "--datapackage");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/datapackage\.json: the output would overwrite the input/);
    expect(digest(input)).toBe(before);
    expect(existsSync(at("weapons.csv"))).toBe(false);
  });

  test("-o datapackage.json with --datapackage: refused, the two files would be one", () => {
    const run = curate("export", inputFor("export"), "--sheet", "weapons", "-o", at("DataPackage.json"), "--datapackage");
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is the datapackage\.json that --datapackage writes/);
    expect(existsSync(at("DataPackage.json"))).toBe(false);
  });
});

test.each([
  ["a folder", () => (mkdirSync(at("out.csv")), at("out.csv")), /out\.csv: is a folder, not a file/],
  ["in a folder that does not exist", () => at("missing/out.csv"), /cannot write \(no such folder .*missing\)/],
  ["a dangling symbolic link", () => (symlinkSync(at("gone.csv"), at("out.csv")), at("out.csv")), /is a symbolic link to a missing file/],
])("an output that is %s: one sentence, exit 2", (_reason, makeOutput, message) => {
  const run = curate("export", inputFor("export"), "--sheet", "weapons", "-o", makeOutput());
  expect([run.status, run.stdout]).toEqual([2, ""]);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/\n\s+at /);
});

test("a device is written into, not replaced: -o /dev/null still works", () => {
  const run = curate("export", inputFor("export"), "--sheet", "weapons", "-o", "/dev/null");
  expect([run.status, run.stderr]).toEqual([0, ""]);
  expect(lstatSync("/dev/null").isCharacterDevice()).toBe(true);
});

describe("outputTarget, where no link or case-insensitive folder is needed", () => {
  test("a case variant of the input's name in a case-insensitive folder is the input (probe injected: none can be made here without root)", () => {
    const input = at("Incidents.csv");
    writeFileSync(input, CSV);
    const probed: string[] = [];
    const caseInsensitive = (path: string) => (probed.push(path), true);
    expect(() => outputTarget(input, at("INCIDENTS.csv"), { ignoresCase: caseInsensitive })).toThrow(new OutputFileError(`${at("INCIDENTS.csv")}: the output would overwrite the input`));
    expect(probed).toEqual([realpathSync(input)]);
    // The same name in a case-sensitive folder is another file.
    expect(outputTarget(input, at("INCIDENTS.csv"), { ignoresCase: () => false })).toEqual({ path: at("INCIDENTS.csv"), replace: true });
    // The probe decides only between names that differ in case alone.
    expect(outputTarget(input, at("Incidents-2.csv"), { ignoresCase: caseInsensitive })).toEqual({ path: at("Incidents-2.csv"), replace: true });
  });

  test("the probe on this folder: case-sensitive, as Linux folders are unless made casefold", () => {
    writeFileSync(at("Incidents.csv"), CSV);
    expect(ignoresCase(at("Incidents.csv"))).toBe(false);
    // A second file under the swapped name is another file, not proof of case-insensitivity.
    writeFileSync(at("iNCIDENTS.CSV"), CSV);
    expect(ignoresCase(at("Incidents.csv"))).toBe(false);
  });

  test.each([
    ["the same name", "out.csv", "out.csv", true],
    ["a case variant, on any file system", "out.csv", "OUT.csv", true],
    ["two names", "incidents.csv", "datapackage.json", false],
  ])("sameOutput: %s", (_reason, first, second, same) => {
    expect(sameOutput(at(first), at(second))).toBe(same);
  });
});
