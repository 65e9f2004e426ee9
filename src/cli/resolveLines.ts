import { builtInActorResolver, builtInWeaponResolver } from "../domain/names/dictionary/builtIn";
import { Resolution } from "../domain/names/resolution";
import { findCountry } from "../domain/vocabulary/countries";
import { escapeTsvField } from "../domain/report/escapeForTerminal";

export interface ResolveOptions {
  kind: "actor" | "weapon";
  /** The country of every line, unless lines carry their own (`tsv`). */
  country: string | null;
  /** Lines are raw<TAB>country. */
  tsv: boolean;
}

/**
 * `curate resolve`: one TSV line per input line, raw<TAB>canonical<TAB>status<TAB>
 * confidence<TAB>suggestions (CONTRACT section 3). A country that is not a country is
 * refused for its line (never guessed), with a warning.
 */
export function resolveLines(input: string, options: ResolveOptions): { lines: string[]; warnings: string[] } | { error: string } {
  const fixed = options.country === null ? null : findCountry(options.country);
  if (options.country !== null && !fixed) return { error: `--country "${options.country}" is not a country name or ISO code` };
  const lines: string[] = [];
  const warnings: string[] = [];
  const rows = input.split(/\r?\n/);
  if (rows.length > 0 && rows[rows.length - 1] === "") rows.pop();
  rows.forEach((line, index) => {
    const [raw, countryText] = options.tsv ? splitTsv(line) : [line, undefined];
    let country = fixed?.name ?? null;
    if (countryText) {
      const found = findCountry(countryText);
      if (!found) {
        warnings.push(`line ${index + 1}: "${countryText}" is not a country; the name is not resolved`);
        lines.push(format({ raw, status: "unknown", confidence: 0, canonical: null, candidates: [], reason: "unknown country" }));
        return;
      }
      country = found.name;
    }
    const resolution = options.kind === "actor" ? builtInActorResolver().resolve(raw, country) : builtInWeaponResolver().resolve(raw, country);
    lines.push(format(resolution));
  });
  return { lines, warnings };
}

function splitTsv(line: string): [string, string | undefined] {
  const tab = line.indexOf("\t");
  return tab < 0 ? [line, undefined] : [line.slice(0, tab), line.slice(tab + 1).trim() || undefined];
}

// Each field escaped (backslash doubled, tab `\t`, ESC `\x1b` …): a raw name can neither split
// the line nor reach the terminal as a control, and a program can unescape it exactly.
function format(resolution: Resolution): string {
  return [escapeTsvField(resolution.raw), escapeTsvField(resolution.canonical ?? ""), resolution.status, resolution.confidence.toFixed(2), resolution.candidates.map(escapeTsvField).join("; ")].join("\t");
}
