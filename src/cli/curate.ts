#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { resolveLines } from "./resolveLines";
import { exportFile } from "./exportFile";
import { normalizeFile } from "./normalizeFile";
import { clustersCommand } from "./clustersCommand";
import { readClusterDecisionsFile } from "./clusterDecisionsFile";
import { ClusterDecision } from "../domain/clusters/clusterFixes";
import { countOf } from "../domain/text/formatCount";
import { checkWorkbookRows } from "../domain/checks/checkWorkbookRows";
import { openWorkbookRows } from "./io/openWorkbookRows";
import { Severity } from "../domain/issues/issueCodes";
import { formatTextReport } from "../domain/report/textReport";
import { keepSeverities, parseSeverities } from "../domain/report/severityFilter";
import { fileKind, UnreadableFileError } from "./io/readWorkbookFile";
import { OutputFileError } from "./io/atomicWrite";
import { fileErrorReason } from "./io/fileErrors";
import { StandardOutput } from "./io/standardOutput";
import { escapeForTerminal, jsonForTerminal } from "../domain/report/escapeForTerminal";
import { closestValue } from "../domain/text/closest";
import { commandOptions, todayOption } from "./commandOptions";
import { packageVersion } from "./packageVersion";
import { UsageError } from "./usageError";

const USAGE = `Usage:
  curate check FILE [--format json|text] [--all] [--severity error|warning|info]
      Check an .xlsx workbook or a .csv sheet. Text: a summary (findings by severity, by code
      and by sheet), then the findings grouped by code, errors first, the first ten of each;
      --all lists every one. --severity keeps only findings of exactly that severity (a comma
      list for several: --severity error,warning); the exit status still counts every error.
  curate export FILE --sheet incidents|weapons -o OUT.csv [--valid-only] [--bom] [--datapackage]
                [--canonical] [--with-issues] [--schema-only]
      Write the sheet as RFC 4180 CSV (and a Frictionless datapackage.json beside it, merged
      into the one already there). Your own columns follow the schema's, under their own
      headers; --schema-only leaves them out.
  curate normalize FILE -o OUT.xlsx|OUT.xlsm [--unify-forms]
  curate normalize FILE -o OUT.xlsx|OUT.xlsm --clusters DECISIONS.json [--fix-names [--unify-forms]]
      Write a copy of an .xlsx or .xlsm workbook with every fixable name replaced, and a
      Curation log sheet; every other part of the workbook is kept byte for byte.
      --unify-forms: also write one form for each actor the sheet writes both canonically and
      in ACLED's form (the mixed-forms findings): the form the sheet mostly uses.
      --clusters: carry out the clusters of DECISIONS.json (written by curate clusters --format
      json, each "keep" edited at will, "apply": false on a cluster to leave it out) instead
      of the name fixes: each cell that holds one of a cluster's spellings now gets its "keep".
      Cells edited since are left as they are. --fix-names: the name fixes too, on the cells no
      cluster changes.
  curate clusters FILE [--kind actor|weapon|location] [--method key|knn] [--format json|text]
                  [--keyers NAME,...] [--distance levenshtein|ppm] [--radius R] [--block-size N]
      Group the spellings of one kind of name that are probably one name (as OpenRefine's
      clustering does), across every column of that kind on both sheets and, for actors and
      locations, within one country: each cluster with its spellings and their cells, and the
      value proposed to keep. Defaults: --kind actor, --method key (key collision; --keyers
      fingerprint,transliteration,compact, for weapons also singular-fingerprint, or any of
      fingerprint, ngram-fingerprint, ngram-fingerprint-1, separator-fingerprint,
      transliteration, compact, singular-fingerprint), --format text.
      --method knn: nearest neighbours, --distance levenshtein (or ppm), --radius 1,
      --block-size 6. The exit status is 0 whatever is found: clusters are proposals.
  curate resolve --kind actor|weapon [--country COUNTRY] [--tsv]
      Resolve raw names read from standard input, one per line (or raw<TAB>country with --tsv);
      print raw<TAB>canonical<TAB>status<TAB>confidence<TAB>suggestions for each.

  curate --version
      Print the version of curate.

Exit status: 0 no errors (for clusters: it ran), 1 errors found, 2 the command could not run.
Output into a pipe that closes early (curate check FILE | head) ends quietly, with the same status.`;

const COMMANDS = ["check", "clusters", "export", "normalize", "resolve"];

/** Writes a line of output; a promise when the reader is slower than the writer (wait for it). */
type Write = (text: string) => void | Promise<void>;

/** Runs the command line; returns the exit status. */
export async function main(argv: string[], out: Write, err: Write, readStdin: () => string = () => readFileSync(0, "utf8")): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      await out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "--version" || command === "-V") {
      await out(packageVersion());
      return 0;
    }
    if (command === "check") return await check(rest, out);
    if (command === "resolve") return await resolve(rest, readStdin, out, err);
    if (command === "export") return await exportCommand(rest, out);
    if (command === "normalize") return await normalizeCommand(rest, out, err);
    if (command === "clusters") return await clustersCommand(rest, out);
    throw unknownCommand(command);
  } catch (error) {
    // Every message may quote a file name or a value: escaped, it stays one line and sends the terminal nothing.
    await err(escapeForTerminal(`curate: ${problemOf(error)}`));
    return 2;
  }
}

/** The sentence for what stopped a command: its own, a file error's, or a bug's (never a stack trace). */
function problemOf(error: unknown): string {
  if (error instanceof UsageError || error instanceof UnreadableFileError || error instanceof OutputFileError) return error.message;
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  // A file error no reader turned into a sentence: still the file's problem, not a bug.
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return `${path ? `${path}: ` : ""}${fileErrorReason(error)}`;
  const message = String((error as Error | undefined)?.message ?? error).split("\n")[0].slice(0, 200);
  return `internal error, a bug in curate rather than a problem with your file or command (${message}). Please report it with the command you ran and, if you can, the file; meanwhile, saving the workbook again from Excel, or as a .csv, may get past it`;
}

function unknownCommand(command: string): UsageError {
  if (command.startsWith("-")) return new UsageError(`unknown option ${command}; curate takes a command first (${COMMANDS.join(", ")}), or --help, or --version`);
  const closest = closestValue(command, COMMANDS);
  return new UsageError(`unknown command "${command}"; ${closest ? `did you mean curate ${closest}?` : `the commands are ${COMMANDS.join(", ")} (curate --help tells more)`}`);
}

async function check(args: string[], out: Write): Promise<number> {
  const { positionals, values } = commandOptions(
    "check",
    args,
    { format: { type: "string", default: "text" }, today: { type: "string" }, all: { type: "boolean", default: false }, severity: { type: "string", multiple: true } },
    { format: "json or text", today: "a date as yyyy-mm-dd", severity: "error, warning or info, or a comma list" },
  );
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "check needs a FILE" : "check takes one FILE");
  const format = values.format;
  if (format !== "json" && format !== "text") throw new UsageError(`--format must be json or text, not "${format}"`);
  const today = todayOption(values.today);
  let severities: Severity[] | undefined;
  if (values.severity !== undefined) {
    // Repeated flags add up: --severity error --severity warning is --severity error,warning.
    const parsedSeverities = parseSeverities(values.severity.join(","));
    if ("error" in parsedSeverities) throw new UsageError(parsedSeverities.error);
    severities = parsedSeverities.severities;
  }
  const file = positionals[0];
  // Read as row streams and checked without holding the sheets: the same findings as checking the whole grid, for a file of any size.
  const workbook = await openWorkbookRows(file);
  let result;
  try {
    result = await checkWorkbookRows(workbook, { today, singleSheet: fileKind(file) === "csv" });
  } finally {
    workbook.close();
  }
  if (format === "json") {
    // Filtered issues, but the summary's totals are the whole check's, with what was left out.
    const issues = severities ? keepSeverities(result.issues, severities) : result.issues;
    const summary = severities ? { ...result.summary, filter: { severity: severities, shown: issues.length, leftOut: result.issues.length - issues.length } } : result.summary;
    await out(jsonForTerminal(JSON.stringify({ issues, summary }, null, 2)));
  } else {
    await out(formatTextReport(result.issues, result.summary, { all: values.all, severities }).join("\n"));
  }
  // Every error counts, whatever the filter shows.
  return result.summary.errors > 0 ? 1 : 0;
}

async function exportCommand(args: string[], out: (text: string) => void): Promise<number> {
  const parsed = commandOptions(
    "export",
    args,
    {
      sheet: { type: "string" },
      o: { type: "string", short: "o" },
      output: { type: "string" },
      "valid-only": { type: "boolean", default: false },
      bom: { type: "boolean", default: false },
      datapackage: { type: "boolean", default: false },
      canonical: { type: "boolean", default: false },
      "with-issues": { type: "boolean", default: false },
      "schema-only": { type: "boolean", default: false },
      today: { type: "string" },
    },
    { sheet: "incidents or weapons", o: "the CSV file to write", output: "the CSV file to write", today: "a date as yyyy-mm-dd" },
  );
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError("export needs one FILE");
  const sheet = values.sheet;
  if (sheet !== "incidents" && sheet !== "weapons") throw new UsageError("export needs --sheet incidents or --sheet weapons");
  const output = values.o ?? values.output;
  if (!output) throw new UsageError("export needs -o OUT.csv");
  const result = await exportFile(positionals[0], output, {
    sheet,
    validOnly: values["valid-only"] ?? false,
    bom: values.bom ?? false,
    datapackage: values.datapackage ?? false,
    canonicalNames: values.canonical ?? false,
    withIssues: values["with-issues"] ?? false,
    schemaOnly: values["schema-only"] ?? false,
    today: todayOption(values.today),
  });
  if ("error" in result) throw new UnreadableFileError(result.error);
  await out(escapeForTerminal(result.line));
  return result.errors > 0 && !(values["valid-only"] ?? false) ? 1 : 0;
}

async function normalizeCommand(args: string[], out: Write, err: Write): Promise<number> {
  const { positionals, values } = commandOptions(
    "normalize",
    args,
    {
      o: { type: "string", short: "o" },
      output: { type: "string" },
      today: { type: "string" },
      "unify-forms": { type: "boolean", default: false },
      clusters: { type: "string" },
      "fix-names": { type: "boolean", default: false },
    },
    { o: "the .xlsx file to write", output: "the .xlsx file to write", today: "a date as yyyy-mm-dd", clusters: "the JSON file of cluster decisions, from curate clusters --format json" },
  );
  if (positionals.length !== 1) throw new UsageError("normalize needs one FILE");
  const output = values.o ?? values.output;
  if (!output) throw new UsageError("normalize needs -o OUT.xlsx");
  const fixNames = values["fix-names"] ?? false;
  const unifyForms = values["unify-forms"] ?? false;
  if (values.clusters === undefined && fixNames) throw new UsageError("--fix-names goes with --clusters (without --clusters, normalize fixes the names anyway)");
  if (values.clusters !== undefined && unifyForms && !fixNames) throw new UsageError("--unify-forms is one of the name fixes, which --clusters leaves out: add --fix-names, or leave --unify-forms out");
  const today = todayOption(values.today);
  // Read whole before the workbook: a mistake in the decisions costs nothing and writes nothing.
  let decisions: ClusterDecision[] | undefined;
  if (values.clusters !== undefined) decisions = readClusterDecisionsFile(values.clusters);
  const result = await normalizeFile(positionals[0], output, { today, unifyForms, ...(decisions ? { clusters: decisions, fixNames } : {}) });
  if ("error" in result) throw new UnreadableFileError(result.error);
  // What the copy could not keep as the input had it (a signature, a fixed cell's rich text): said, never silent.
  for (const part of result.notKept) await err(escapeForTerminal(`curate: warning: ${output}: not kept as it was: ${part}`));
  for (const refused of result.clusters?.refused ?? []) await err(escapeForTerminal(`curate: warning: ${values.clusters}: in the cluster kept as "${refused.keep}", ${refused.reason}`));
  const left = result.skipped ? `, ${result.skipped} left alone` : "";
  if (decisions === undefined) {
    await out(escapeForTerminal(`${result.fixed} names fixed${left}; the copy is ${output}, with each change in its Curation log sheet.`));
  } else {
    const names = fixNames ? `, ${countOf(result.fixed, "name")} fixed` : "";
    await out(escapeForTerminal(`${countOf(result.clusters?.merged ?? 0, "cell")} merged by ${countOf(decisions.length, "cluster decision")}${names}${left}; the copy is ${output}, with each change in its Curation log sheet.`));
  }
  return 0;
}

async function resolve(args: string[], readStdin: () => string, out: Write, err: Write): Promise<number> {
  const parsed = commandOptions(
    "resolve",
    args,
    { kind: { type: "string" }, country: { type: "string" }, tsv: { type: "boolean", default: false } },
    { kind: "actor or weapon", country: "a country name or ISO code" },
    false,
  );
  const { kind, country, tsv } = parsed.values;
  if (kind !== "actor" && kind !== "weapon") throw new UsageError("resolve needs --kind actor or --kind weapon");
  let input: string;
  try {
    input = readStdin();
  } catch (error) {
    throw new UsageError(`cannot read the names from standard input (${fileErrorReason(error, { EAGAIN: "it is not ready to be read", EISDIR: "it is a folder" })}); give them through a pipe or a file: curate resolve --kind ${kind} < names.txt`);
  }
  const result = resolveLines(input, { kind, country: country ?? null, tsv: tsv ?? false });
  if ("error" in result) throw new UsageError(result.error);
  for (const warning of result.warnings) await err(escapeForTerminal(`curate: ${warning}`));
  for (const line of result.lines) await out(line);
  return 0;
}

if (require.main === module) {
  const stdout = new StandardOutput(process.stdout);
  const stderr = new StandardOutput(process.stderr);
  main(process.argv.slice(2), (text) => stdout.line(text), (text) => stderr.line(text)).then(
    async (status) => {
      // A write error arrives as an event after the write: one turn of the loop to hear it.
      await new Promise((resolve) => setImmediate(resolve));
      if (stdout.failure) {
        await stderr.line(`curate: the output could not be written (${stdout.failure})`);
        status = 2;
      }
      // A reader that closed the pipe early (| head) changes nothing: the status is the command's own.
      process.exitCode = status;
    },
    (error: unknown) => {
      stderr.line(escapeForTerminal(`curate: internal error, a bug in curate (${String((error as Error | undefined)?.message ?? error).split("\n")[0]}). Please report it with the command you ran.`));
      process.exitCode = 2;
    },
  );
}
