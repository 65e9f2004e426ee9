import { levenshtein } from "./levenshtein";
import { ppmDistance } from "./ppmDistance";

/** A distance between two texts; `limit` lets a distance stop early once it must exceed it. */
export type Distance = (a: string, b: string, limit: number) => number;

/** Every distance by name, as OpenRefine's DistanceFactory registers them (a fresh one per run: PPM remembers sizes). */
export const CLUSTER_DISTANCES: ReadonlyMap<string, () => Distance> = new Map<string, () => Distance>([
  ["levenshtein", () => (a, b, limit) => levenshtein(a, b, Math.floor(limit))],
  ["ppm", () => ppmDistance()],
]);

export type DistanceName = "levenshtein" | "ppm";

/** OpenRefine's defaults (kNNClustererConfigParameters): radius 1, blocks of 6-character n-grams, for every distance. */
export const DEFAULT_RADIUS = 1;
export const DEFAULT_BLOCKING_NGRAM_SIZE = 6;

/** The distance of the given name; an unknown name is an error the caller's arguments made. */
export function distanceNamed(name: string): Distance {
  const make = CLUSTER_DISTANCES.get(name);
  if (!make) throw new Error(`unknown distance "${name}"; known: ${[...CLUSTER_DISTANCES.keys()].join(", ")}`);
  return make();
}
