import { ClusterGuard } from "./clusterGuard";
import { DEFAULT_BLOCKING_NGRAM_SIZE, DEFAULT_RADIUS, DistanceName, distanceNamed } from "./clusterDistances";
import { defaultKeyersFor, keyersNamed } from "./clusterKeyers";
import { Cluster, ClusterMember, ClusterResult, DistinctValue, KeptApart, NameLookup, NotSamePair, ValueKind } from "./clusterTypes";
import { designationGuard } from "./designationGuard";
import { acledQualifierGuard } from "./acledQualifierGuard";
import { countryGuard } from "./countryGuard";
import { keyCollisionGroups } from "./keyCollision";
import { knownDifferentGuard } from "./knownDifferentGuard";
import { nearestNeighbourGroups } from "./nearestNeighbours";
import { notSameGuard } from "./notSameGuard";
import { placeNameGuard } from "./placeNameGuard";
import { proposeValue } from "./proposal";
import { shortWordGuard } from "./shortWordGuard";
import { byFrequency, splitByGuards } from "./splitByGuards";

export interface ClusterOptions {
  kind: ValueKind;
  /** `key`: key collision (the default); `knn`: nearest neighbours with blocking. */
  method?: "key" | "knn";
  /** Key collision: the keyers whose keys join values (default `defaultKeyersFor(kind)`: `DEFAULT_KEYERS`, weapons with the singular fingerprint too). */
  keyers?: readonly string[];
  /** Nearest neighbours: the distance (default levenshtein), radius (1) and blocking n-gram size (6). */
  distance?: DistanceName;
  radius?: number;
  blockingNgramSize?: number;
  /** Pairs the team marked "not the same" (the Curation dictionary's `different` rows). */
  notSame?: readonly NotSamePair[];
  /** The dictionary: canonical names for the proposal and the known-different safeguard (for places, the team's own: `lookupFromPlaces`). */
  lookup?: NameLookup;
}

/**
 * The safeguards every run applies: digits and designations, ACLED's units and qualifiers,
 * countries, short words, "not the same", and the dictionary's different names. A plural -s is
 * noise for actors and weapons ("Dozos", "AK-47s"), never for places, where one letter more is
 * another village; places share a cluster only where their words are the same up to case,
 * accents and punctuation (`placeNameGuard`), or where the team's own rows (the lookup, for
 * places) make them spellings of one place.
 */
export function guardsFor(options: Pick<ClusterOptions, "kind" | "notSame" | "lookup">): ClusterGuard[] {
  const plurals = options.kind !== "location";
  // Not for weapons (PKMS → PKM): see shortWordGuard. Places have only the team's own rows as a dictionary.
  const oneName = options.kind !== "weapon";
  const guards = [designationGuard({ plurals }), acledQualifierGuard(), countryGuard(), shortWordGuard({ plurals, oneName, ...(options.lookup ? { lookup: options.lookup } : {}) })];
  if (options.kind === "location") guards.push(placeNameGuard(options.lookup));
  const pairs = (options.notSame ?? []).filter((pair) => pair.kind === options.kind);
  if (pairs.length > 0) guards.push(notSameGuard(pairs, options.lookup));
  if (options.lookup) guards.push(knownDifferentGuard(options.lookup));
  return guards;
}

/**
 * Clusters distinct values (see `distinctValues`): values of different countries are never
 * compared (the country is part of the value for actors and locations); each group a method
 * finds is split by the safeguards; each cluster gets the value to keep and its reason.
 * Clusters come largest first (cells, then values, then first appearance).
 */
export function clusterValues(values: readonly DistinctValue[], options: ClusterOptions): ClusterResult {
  const method = options.method ?? "key";
  const guards = guardsFor(options);
  const keyers = method === "key" ? keyersNamed(options.keyers ?? defaultKeyersFor(options.kind)) : [];
  const distanceName = options.distance ?? "levenshtein";
  const methodName = method === "key" ? `key:${keyers.map((k) => k.name).join("+")}` : `knn:${distanceName}`;
  const clusters: Cluster[] = [];
  const keptApart: KeptApart[] = [];
  for (const partition of byCountry(values)) {
    const texts = partition.map((value) => value.value);
    let groups: number[][];
    let linked: ((a: number, b: number) => boolean) | undefined;
    if (method === "key") groups = keyCollisionGroups(texts, keyers);
    else {
      const found = nearestNeighbourGroups(texts, {
        distance: distanceNamed(distanceName),
        radius: options.radius ?? DEFAULT_RADIUS,
        blockingNgramSize: options.blockingNgramSize ?? DEFAULT_BLOCKING_NGRAM_SIZE,
      });
      groups = found.groups;
      linked = found.linked;
    }
    for (const group of groups) {
      const split = splitByGuards(group, partition, guards, linked);
      keptApart.push(...split.keptApart);
      for (const part of split.parts) clusters.push(clusterOf(part.map((index) => partition[index]), options, methodName));
    }
  }
  clusters.sort((a, b) => b.count - a.count || b.members.length - a.members.length || a.members[0].first - b.members[0].first);
  return { clusters, keptApart, distinct: values.length };
}

function clusterOf(values: DistinctValue[], options: ClusterOptions, method: string): Cluster {
  const members: ClusterMember[] = [...values].sort(byFrequency).map((value) => {
    const canonical = options.lookup?.(value.value, value.country)?.canonical;
    return canonical === undefined ? { ...value } : { ...value, canonical };
  });
  const { keep, reason } = proposeValue(members, options.lookup);
  return { kind: options.kind, country: members[0].country, method, members, count: members.reduce((sum, m) => sum + m.count, 0), keep, reason };
}

/** The values of each country apart, in order of first appearance. */
function byCountry(values: readonly DistinctValue[]): DistinctValue[][] {
  const partitions = new Map<string | null, DistinctValue[]>();
  for (const value of values) {
    const partition = partitions.get(value.country);
    if (partition) partition.push(value);
    else partitions.set(value.country, [value]);
  }
  return [...partitions.values()];
}
