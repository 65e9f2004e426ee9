import { DistinctValue } from "./clusterTypes";

/**
 * A safeguard of the naming policy inside clusters: two values it keeps apart never share a
 * cluster, whatever a method says. `apart` gives the reason a curator reads, or undefined.
 */
export interface ClusterGuard {
  readonly name: string;
  apart(a: DistinctValue, b: DistinctValue): string | undefined;
}

/** The first guard that keeps two values apart, with its reason. */
export function firstObjection(guards: readonly ClusterGuard[], a: DistinctValue, b: DistinctValue): { guard: string; reason: string } | undefined {
  for (const guard of guards) {
    const reason = guard.apart(a, b);
    if (reason !== undefined) return { guard: guard.name, reason };
  }
  return undefined;
}
