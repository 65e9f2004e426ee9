import { ClusterGuard, firstObjection } from "./clusterGuard";
import { DistinctValue, KeptApart } from "./clusterTypes";

/** The order members are considered and shown in: most cells first, then first met in the workbook. */
export function byFrequency(a: DistinctValue, b: DistinctValue): number {
  return b.count - a.count || a.first - b.first;
}

/**
 * Splits a group so that no two values a guard keeps apart share a part. Members are taken
 * most frequent first; each joins the first part whose every member it may share a cluster
 * with (and, for nearest neighbours, whose first value is its neighbour), else starts a new
 * part. Connected components under the allowed pairs would not do: A and B kept apart can
 * both be allowed with C. Parts of one value are dropped. Returns indexes into `values`.
 */
export function splitByGuards(
  group: readonly number[],
  values: readonly DistinctValue[],
  guards: readonly ClusterGuard[],
  linked?: (a: number, b: number) => boolean,
): { parts: number[][]; keptApart: KeptApart[] } {
  const order = [...group].sort((a, b) => byFrequency(values[a], values[b]));
  const parts: number[][] = [];
  const keptApart: KeptApart[] = [];
  const reported = new Set<string>();
  for (const member of order) {
    let joined = false;
    for (const part of parts) {
      let allowed = true;
      for (const other of part) {
        const objection = firstObjection(guards, values[member], values[other]);
        if (!objection) continue;
        allowed = false;
        const pair = `${other} ${member}`;
        if (!reported.has(pair)) {
          reported.add(pair);
          keptApart.push({ country: values[member].country, values: [values[other].value, values[member].value], ...objection });
        }
        break;
      }
      // Nearest neighbours: a part is its first (most frequent) value and that value's neighbours, as
      // OpenRefine's clusters are, so that no chain of one-edit steps joins values far apart.
      if (!allowed || (linked && !linked(member, part[0]))) continue;
      part.push(member);
      joined = true;
      break;
    }
    if (!joined) parts.push([member]);
  }
  return { parts: parts.filter((part) => part.length > 1), keptApart };
}
