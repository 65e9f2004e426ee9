import { existsSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
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

/**
 * The labelled names: the tuning set (test/domain/names/evaluation/*.tsv, written beside the
 * rules and tuned to), or the independent set (test/domain/names/independent/, written from
 * the naming policy and the reference by someone who never saw the resolver, and never edited
 * to fit it): its phrasings as reports write them, and (`"independent real"`) the distinct
 * actor strings of the real ACLED exports with their countries.
 */
export function loadEvaluationSet(kind: "actor" | "weapon", set: "tuning" | "independent" | "independent real" = "tuning"): LabelledName[] {
  const folder = set === "tuning" ? "evaluation" : "independent";
  const name = set === "independent real" ? "real-acled-actors.tsv" : kind === "actor" ? "actors.tsv" : "weapons.tsv";
  if (set === "independent real" && kind !== "actor") return [];
  const file = join(projectRoot(), "test", "domain", "names", folder, name);
  const [, ...lines] = readFileSync(file, "utf8").split("\n").filter((line) => line.length > 0);
  return lines.map((line) => {
    const [raw, country, expected, why] = line.replace(/\r$/, "").split("\t");
    return { raw, country: country || null, expected, why: why ?? "", kind };
  });
}

/**
 * The independent set's labeller defines UNKNOWN as "must not be mapped to any canonical
 * name of the reference" (its README): the project may list more (NAMING-POLICY: "the
 * project may add entries"), which the labeller could not know. An UNKNOWN row mapped to a
 * name the project added is neither right nor wrong (`Score.outsideReference`); mapped to a
 * reference name, it is a wrong map like any other.
 */
export function isOutsideReference(row: LabelledName): boolean {
  return row.expected === UNKNOWN;
}

/**
 * The canonical names of the reference beside the project (../shared/reference/actors.csv
 * and weapons.csv): a name a tool gives that is not among them is one the project added (an
 * entry of addedActors.ts, or ACLED's own "Military Forces of X" for a country the reference
 * does not list).
 */
export function referenceCanonicals(): Set<string> {
  const folder = join(projectRoot(), "..", "shared", "reference");
  const names = (file: string) => (parse(readFileSync(join(folder, file), "utf8"), { columns: true }) as { canonical: string }[]).map((row) => row.canonical);
  return new Set([...names("actors.csv"), ...names("weapons.csv")]);
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
  /** Rows set aside: labelled UNKNOWN (`isOutsideReference`) and mapped to a name the project added. */
  outsideReference: { row: LabelledName; got: string }[];
  failures: { row: LabelledName; got: string }[];
}

/**
 * Scores answers against the labels: a wrong map is a name mapped to anything but its label.
 * `added`: whether a canonical name is one the project added to the reference's; UNKNOWN rows
 * mapped to such a name are set aside, not scored (see `isOutsideReference`; the tuning set
 * passes no `added`: there every UNKNOWN row mapped is wrong).
 */
export function score(rows: readonly LabelledName[], answer: (row: LabelledName) => string | null, added: (canonical: string) => boolean = () => false): Score {
  const result: Score = { rows: 0, correct: 0, mappedRows: 0, mappedCorrect: 0, unknownRows: 0, refusedCorrectly: 0, wrongMaps: 0, contextRows: 0, contextCorrect: 0, outsideReference: [], failures: [] };
  for (const row of rows) {
    const got = answer(row);
    if (got !== null && isOutsideReference(row) && added(got)) {
      result.outsideReference.push({ row, got });
      continue;
    }
    result.rows++;
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
