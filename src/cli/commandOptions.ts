import { parseArgs, ParseArgsConfig } from "node:util";
import { fromParts } from "../domain/cells/textDate";
import { closestValue } from "../domain/text/closest";
import { UsageError } from "./usageError";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's options, read by Node's `parseArgs`, but checked first token by token so that
 * a mistake gets a sentence naming the option (`unknown option --formt for curate check; did
 * you mean --format?`) instead of Node's message about positionals and `--`. `hints` gives
 * the value an option takes, for "--sheet needs a value (incidents or weapons)".
 */
export function commandOptions<T extends Options>(command: string, args: string[], options: T, hints: Partial<Record<keyof T, string>> = {}, allowPositionals = true) {
  checkTokens(command, args, options, hints as Record<string, string | undefined>);
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    // Only what the scan above does not foresee reaches here (a positional where none is taken).
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") throw new UsageError(`curate ${command} takes no file or other argument, only options (curate --help lists them)`);
    throw new UsageError(`curate ${command}: the options could not be read (curate --help lists them)`);
  }
}

function checkTokens(command: string, args: string[], options: Options, hints: Record<string, string | undefined>): void {
  const shorts = new Map(Object.entries(options).flatMap(([name, option]) => (option.short ? [[option.short, name] as const] : [])));
  const value = (name: string) => (hints[name] ? ` (${hints[name]})` : "");
  for (let i = 0; i < args.length; i++) {
    const token = args[i];
    // After `--` everything is a positional; a lone `-` is one too (standard input, by custom).
    if (token === "--") return;
    if (!token.startsWith("-") || token === "-") continue;
    let name: string;
    let written: string;
    let inline: string | undefined;
    if (token.startsWith("--")) {
      const equals = token.indexOf("=");
      name = equals < 0 ? token.slice(2) : token.slice(2, equals);
      inline = equals < 0 ? undefined : token.slice(equals + 1);
      written = `--${name}`;
    } else {
      const long = shorts.get(token[1]);
      if (long === undefined) throw unknownOption(command, token.slice(0, 2), options);
      name = long;
      written = token.slice(0, 2);
      inline = token.length > 2 ? token.slice(2) : undefined;
    }
    const option = options[name];
    if (option === undefined) throw unknownOption(command, written, options);
    if (option.type === "boolean") {
      if (inline !== undefined) throw new UsageError(`${written} takes no value (remove "=${inline}")`);
      continue;
    }
    if (inline !== undefined) {
      if (inline === "") throw new UsageError(`${written} needs a value${value(name)}`);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined) throw new UsageError(`${written} needs a value${value(name)}`);
    if (next.startsWith("-") && next !== "-") throw new UsageError(`${written} needs a value${value(name)}, not the option ${next}${next.startsWith("--") ? "" : ` (for a value that starts with a dash, write ${written}=${next})`}`);
    i++;
  }
}

function unknownOption(command: string, written: string, options: Options): UsageError {
  const names = Object.keys(options).map((name) => (name.length === 1 ? `-${name}` : `--${name}`));
  const closest = closestValue(written.replace(/^-+/, ""), Object.keys(options));
  const suggestion = closest === undefined ? `; curate ${command} takes ${names.join(", ")}` : `; did you mean ${closest.length === 1 ? "-" : "--"}${closest}?`;
  return new UsageError(`unknown option ${written} for curate ${command}${suggestion}`);
}

/** `--today`: a real calendar day as yyyy-mm-dd (2024-13-45 and 2023-02-29 are refused). */
export function todayOption(today: string | undefined): string | undefined {
  if (today === undefined) return undefined;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(today);
  if (!parts) throw new UsageError(`--today must be a date as yyyy-mm-dd, not "${today}"`);
  const date = fromParts(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  if (date.kind === "invalid") throw new UsageError(`--today ${today} is not a day of the calendar (${date.reason})`);
  return today;
}
