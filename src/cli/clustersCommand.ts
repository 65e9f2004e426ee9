import { CLUSTER_DISTANCES, DEFAULT_BLOCKING_NGRAM_SIZE, DEFAULT_RADIUS, DistanceName } from "../domain/clusters/clusterDistances";
import { CLUSTER_KEYERS, defaultKeyersFor } from "../domain/clusters/clusterKeyers";
import { ValueKind } from "../domain/clusters/clusterTypes";
import { ClusterOptions } from "../domain/clusters/clusterValues";
import { jsonForTerminal } from "../domain/report/escapeForTerminal";
import { closestValue } from "../domain/text/closest";
import { clusterFile } from "./clusterFile";
import { formatClustersText } from "./clustersText";
import { commandOptions } from "./commandOptions";
import { UsageError } from "./usageError";

type Write = (text: string) => void | Promise<void>;

const KINDS: readonly ValueKind[] = ["actor", "weapon", "location"];
const METHODS = ["key", "knn"] as const;
const FORMATS = ["json", "text"] as const;

/** What `curate clusters` was asked for, its arguments checked. */
export interface ClustersRequest {
  file: string;
  format: (typeof FORMATS)[number];
  options: Omit<ClusterOptions, "lookup" | "notSame">;
}

/**
 * `curate clusters FILE`: the spellings of one kind of name that are probably one name,
 * across every column of that kind on both sheets, as OpenRefine's clustering shows them.
 * Clusters are proposals, not findings: the status is 0 whatever is found.
 */
export async function clustersCommand(args: string[], out: Write): Promise<number> {
  const request = clustersRequest(args);
  // Read as a stream, row by row: what is kept grows with the distinct values, not with the rows.
  const result = await clusterFile(request.file, request.options);
  if (request.format === "json") {
    // Exactly the engine's clusters: the file is edited (keep, "apply": false) and read back by normalize --clusters.
    await out(jsonForTerminal(JSON.stringify({ clusters: result.clusters, keptApart: result.keptApart, distinct: result.distinct, issues: result.issues }, null, 2)));
  } else {
    await out(formatClustersText(result, { kind: request.options.kind, file: request.file, method: methodDescription(request.options) }).join("\n"));
  }
  return 0;
}

/** The command's arguments read and checked, each mistake a sentence that names the option and what it takes. */
export function clustersRequest(args: string[]): ClustersRequest {
  const { positionals, values } = commandOptions(
    "clusters",
    args,
    {
      kind: { type: "string", default: "actor" },
      method: { type: "string", default: "key" },
      format: { type: "string", default: "text" },
      keyers: { type: "string" },
      distance: { type: "string" },
      radius: { type: "string" },
      "block-size": { type: "string" },
    },
    {
      kind: KINDS.join(", "),
      method: "key or knn",
      format: "json or text",
      keyers: `a comma list of ${[...CLUSTER_KEYERS.keys()].join(", ")}`,
      distance: [...CLUSTER_DISTANCES.keys()].join(" or "),
      radius: "a number such as 1 or 0.5",
      "block-size": "a whole number of characters such as 6",
    },
  );
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "clusters needs a FILE (an .xlsx workbook or a .csv sheet)" : "clusters takes one FILE");
  const kind = oneOf("--kind", values.kind!, KINDS);
  const method = oneOf("--method", values.method!, METHODS);
  const format = oneOf("--format", values.format!, FORMATS);
  const options: ClustersRequest["options"] = { kind, method };
  if (method === "key") {
    for (const knnOnly of ["distance", "radius", "block-size"] as const) {
      if (values[knnOnly] !== undefined) throw new UsageError(`--${knnOnly} is for nearest neighbours: add --method knn, or leave --${knnOnly} out`);
    }
    if (values.keyers !== undefined) options.keyers = keyersOption(values.keyers);
  } else {
    if (values.keyers !== undefined) throw new UsageError("--keyers is for key collision (--method key); nearest neighbours take --distance, --radius and --block-size");
    if (values.distance !== undefined) options.distance = oneOf("--distance", values.distance, [...CLUSTER_DISTANCES.keys()]) as DistanceName;
    if (values.radius !== undefined) options.radius = radiusOption(values.radius);
    if (values["block-size"] !== undefined) options.blockingNgramSize = blockSizeOption(values["block-size"]);
  }
  return { file: positionals[0], format, options };
}

/** How the values were grouped, as the text report's heading says it. */
export function methodDescription(options: ClustersRequest["options"]): string {
  if ((options.method ?? "key") === "key") return `key collision (${(options.keyers ?? defaultKeyersFor(options.kind)).join(", ")})`;
  const blocks = options.blockingNgramSize ?? DEFAULT_BLOCKING_NGRAM_SIZE;
  return `nearest neighbours (${options.distance ?? "levenshtein"}, radius ${options.radius ?? DEFAULT_RADIUS}, blocks of ${blocks} ${blocks === 1 ? "character" : "characters"})`;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const closest = closestValue(value, allowed);
  const list = allowed.length === 2 ? allowed.join(" or ") : `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`;
  throw new UsageError(`${option} must be ${list}, not "${value}"${closest ? `; did you mean ${option} ${closest}?` : ""}`);
}

/** `--keyers fingerprint,transliteration`: known names, each once, in the order given. */
function keyersOption(text: string): string[] {
  const known = [...CLUSTER_KEYERS.keys()];
  const names = text.split(",").map((name) => name.trim());
  if (names.some((name) => name === "")) throw new UsageError(`--keyers takes keyer names separated by commas, not "${text}" (the keyers: ${known.join(", ")})`);
  for (const name of names) {
    if (CLUSTER_KEYERS.has(name)) continue;
    const closest = closestValue(name, known);
    throw new UsageError(`unknown keyer "${name}" in --keyers; ${closest ? `did you mean ${closest}? ` : ""}the keyers: ${known.join(", ")}`);
  }
  return [...new Set(names)];
}

/** `--radius`: how far two values may be and still be neighbours, in the distance's units (edits for Levenshtein). */
function radiusOption(text: string): number {
  if (!/^\d+(\.\d+)?$/.test(text)) throw new UsageError(`--radius must be a number of 0 or more, such as 1 or 0.5, not "${text}"`);
  return Number(text);
}

/** `--block-size`: the length of the character n-grams blocks are made of (OpenRefine's "block chars"). */
function blockSizeOption(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--block-size must be a whole number of characters, 1 or more (6 by default), not "${text}"`);
  const size = Number(text);
  if (!Number.isSafeInteger(size)) throw new UsageError(`--block-size ${text} is too large; values shorter than the block size are never compared`);
  return size;
}
