import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isMapped, Resolution } from "../../src/domain/names/resolution";

/** One labelled row: a raw name as reports write it, its country, and the expected canonical name or UNKNOWN. */
export interface LabelledName {
  raw: string;
  country: string | null;
  expected: string;
  why: string;
  kind: "actor" | "weapon";
}

export const UNKNOWN = "UNKNOWN";

/** The evaluation set (test/domain/names/evaluation/*.tsv). */
export function loadEvaluationSet(kind: "actor" | "weapon"): LabelledName[] {
  const file = join(projectRoot(), "test", "domain", "names", "evaluation", kind === "actor" ? "actors.tsv" : "weapons.tsv");
  const [, ...lines] = readFileSync(file, "utf8").split("\n").filter((line) => line.length > 0);
  return lines.map((line) => {
    const [raw, country, expected, why] = line.split("\t");
    return { raw, country: country || null, expected, why: why ?? "", kind };
  });
}

/** The project's root, found from here whether this runs from test/ or from its build in dist/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Rows whose answer depends on the incident's country (NAMING-POLICY actors §4–5). */
export function isContextRow(row: LabelledName): boolean {
  return /§4|§5|context|umbrella|country/i.test(row.why);
}

export interface Score {
  rows: number;
  correct: number;
  mappedRows: number;
  mappedCorrect: number;
  unknownRows: number;
  refusedCorrectly: number;
  wrongMaps: number;
  contextRows: number;
  contextCorrect: number;
  failures: { row: LabelledName; got: string }[];
}

/** Scores answers against the labels: a wrong map is a name mapped to anything but its label. */
export function score(rows: readonly LabelledName[], answer: (row: LabelledName) => string | null): Score {
  const result: Score = { rows: rows.length, correct: 0, mappedRows: 0, mappedCorrect: 0, unknownRows: 0, refusedCorrectly: 0, wrongMaps: 0, contextRows: 0, contextCorrect: 0, failures: [] };
  for (const row of rows) {
    const got = answer(row);
    const right = row.expected === UNKNOWN ? got === null : got === row.expected;
    if (row.expected === UNKNOWN) {
      result.unknownRows++;
      if (right) result.refusedCorrectly++;
    } else {
      result.mappedRows++;
      if (right) result.mappedCorrect++;
    }
    if (got !== null && got !== row.expected) result.wrongMaps++;
    if (isContextRow(row)) {
      result.contextRows++;
      if (right) result.contextCorrect++;
    }
    if (right) result.correct++;
    else result.failures.push({ row, got: got ?? UNKNOWN });
  }
  return result;
}

/** The canonical name a resolution maps to, or null. */
export function mappedName(resolution: Resolution): string | null {
  return isMapped(resolution.status) ? resolution.canonical : null;
}
