#!/usr/bin/env node
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { resolveLines } from "./resolveLines";
import { exportFile } from "./exportFile";
import { normalizeFile } from "./normalizeFile";
import { checkWorkbook } from "../domain/checks/checkWorkbook";
import { Severity } from "../domain/issues/issueCodes";
import { formatTextReport } from "../domain/report/textReport";
import { keepSeverities, parseSeverities } from "../domain/report/severityFilter";
import { fileKind, readWorkbookFile, UnreadableFileError } from "./io/readWorkbookFile";
import { OutputFileError } from "./io/atomicWrite";

const USAGE = `Usage:
  curate check FILE [--format json|text] [--all] [--severity error|warning|info]
      Check an .xlsx workbook or a .csv sheet. Text: a summary (findings by severity, by code
      and by sheet), then the findings grouped by code, errors first, the first ten of each;
      --all lists every one. --severity keeps only findings of exactly that severity (a comma
      list for several: --severity error,warning); the exit status still counts every error.
  curate export FILE --sheet incidents|weapons -o OUT.csv [--valid-only] [--bom] [--datapackage]
                [--canonical] [--with-issues]
      Write the sheet as RFC 4180 CSV (and a Frictionless datapackage.json beside it).
  curate normalize FILE -o OUT.xlsx [--unify-forms]
      Write a copy of an .xlsx workbook with every fixable name replaced, and a Curation log sheet.
      --unify-forms: also write one form for each actor the sheet writes both canonically and
      in ACLED's form (the mixed-forms findings): the form the sheet mostly uses.
  curate resolve --kind actor|weapon [--country COUNTRY] [--tsv]
      Resolve raw names read from standard input, one per line (or raw<TAB>country with --tsv);
      print raw<TAB>canonical<TAB>status<TAB>confidence<TAB>suggestions for each.

Exit status: 0 no errors, 1 errors found, 2 the command could not run.`;

/** Something wrong with how the command was called or with its input: one line on stderr, exit 2. */
class UsageError extends Error {}

/** Runs the command line; returns the exit status. */
export async function main(argv: string[], out: (text: string) => void, err: (text: string) => void, readStdin: () => string = () => readFileSync(0, "utf8")): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      out(USAGE);
      return command === undefined ? 2 : 0;
    }
    if (command === "check") return await check(rest, out);
    if (command === "resolve") return resolve(rest, readStdin(), out, err);
    if (command === "export") return await exportCommand(rest, out);
    if (command === "normalize") return await normalizeCommand(rest, out);
    throw new UsageError(`unknown command "${command}"; try: curate check FILE, or curate resolve --kind actor`);
  } catch (error) {
    if (error instanceof UsageError || error instanceof UnreadableFileError || error instanceof OutputFileError) {
      err(`curate: ${error.message}`);
      return 2;
    }
    err(`curate: internal error: ${(error as Error).message ?? String(error)}`);
    return 2;
  }
}

async function check(args: string[], out: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: { format: { type: "string", default: "text" }, today: { type: "string" }, all: { type: "boolean", default: false }, severity: { type: "string", multiple: true } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "check needs a FILE" : "check takes one FILE");
  const format = values.format;
  if (format !== "json" && format !== "text") throw new UsageError(`--format must be json or text, not "${format}"`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError("--today must be a date as yyyy-mm-dd");
  let severities: Severity[] | undefined;
  if (values.severity !== undefined) {
    // Repeated flags add up: --severity error --severity warning is --severity error,warning.
    const parsedSeverities = parseSeverities(values.severity.join(","));
    if ("error" in parsedSeverities) throw new UsageError(parsedSeverities.error);
    severities = parsedSeverities.severities;
  }
  const file = positionals[0];
  const workbook = await readWorkbookFile(file);
  const result = checkWorkbook(workbook, { today: values.today, singleSheet: fileKind(file) === "csv" });
  if (format === "json") {
    // Filtered issues, but the summary's totals are the whole check's, with what was left out.
    const issues = severities ? keepSeverities(result.issues, severities) : result.issues;
    const summary = severities ? { ...result.summary, filter: { severity: severities, shown: issues.length, leftOut: result.issues.length - issues.length } } : result.summary;
    out(JSON.stringify({ issues, summary }, null, 2));
  } else {
    out(formatTextReport(result.issues, result.summary, { all: values.all, severities }).join("\n"));
  }
  // Every error counts, whatever the filter shows.
  return result.summary.errors > 0 ? 1 : 0;
}

async function exportCommand(args: string[], out: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        sheet: { type: "string" },
        o: { type: "string", short: "o" },
        output: { type: "string" },
        "valid-only": { type: "boolean", default: false },
        bom: { type: "boolean", default: false },
        datapackage: { type: "boolean", default: false },
        canonical: { type: "boolean", default: false },
        "with-issues": { type: "boolean", default: false },
        today: { type: "string" },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
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
    today: values.today,
  });
  if ("error" in result) throw new UnreadableFileError(result.error);
  out(`${result.written} ${sheet} rows written to ${output}${result.leftOut ? `, ${result.leftOut} left out (rows with errors${sheet === "weapons" ? " or of invalid incidents" : ""})` : ""}${result.datapackage ? `; schema in ${result.datapackage}` : ""}.`);
  return result.errors > 0 && !(values["valid-only"] ?? false) ? 1 : 0;
}

async function normalizeCommand(args: string[], out: (text: string) => void): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { o: { type: "string", short: "o" }, output: { type: "string" }, today: { type: "string" }, "unify-forms": { type: "boolean", default: false } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) throw new UsageError("normalize needs one FILE");
  const output = values.o ?? values.output;
  if (!output) throw new UsageError("normalize needs -o OUT.xlsx");
  const result = await normalizeFile(positionals[0], output, { today: values.today, unifyForms: values["unify-forms"] ?? false });
  if ("error" in result) throw new UnreadableFileError(result.error);
  out(`${result.fixed} names fixed${result.skipped ? `, ${result.skipped} left alone` : ""}; the copy is ${output}, with each change in its Curation log sheet.`);
  return 0;
}

function resolve(args: string[], input: string, out: (text: string) => void, err: (text: string) => void): number {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { kind: { type: "string" }, country: { type: "string" }, tsv: { type: "boolean", default: false } } });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { kind, country, tsv } = parsed.values;
  if (kind !== "actor" && kind !== "weapon") throw new UsageError("resolve needs --kind actor or --kind weapon");
  const result = resolveLines(input, { kind, country: country ?? null, tsv: tsv ?? false });
  if ("error" in result) throw new UsageError(result.error);
  for (const warning of result.warnings) err(`curate: ${warning}`);
  for (const line of result.lines) out(line);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), (text) => process.stdout.write(`${text}\n`), (text) => process.stderr.write(`${text}\n`)).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`curate: internal error: ${String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
