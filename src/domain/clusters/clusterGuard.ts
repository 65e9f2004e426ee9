import { DistinctValue } from "./clusterTypes";

/**
 * A safeguard of the naming policy inside clusters: two values it keeps apart never share a
 * cluster, whatever a method says. `apart` gives the reason a curator reads, or undefined.
 */
export interface ClusterGuard {
  readonly name: string;
  apart(a: DistinctValue, b: DistinctValue): string | undefined;
}

/**
 * A guard that keeps values apart whose signatures differ (their designations, the countries
 * they name): each text's signature computed once, remembered for the run.
 */
export function signatureGuard(name: string, signatureOf: (text: string) => string, reason: (a: DistinctValue, b: DistinctValue, x: string, y: string) => string): ClusterGuard {
  const memo = new Map<string, string>();
  const signature = (text: string) => {
    let found = memo.get(text);
    if (found === undefined) {
      if (memo.size > 100_000) memo.clear();
      found = signatureOf(text);
      memo.set(text, found);
    }
    return found;
  };
  return {
    name,
    apart(a, b) {
      const x = signature(a.value);
      const y = signature(b.value);
      return x === y ? undefined : reason(a, b, x, y);
    },
  };
}

/** The first guard that keeps two values apart, with its reason. */
export function firstObjection(guards: readonly ClusterGuard[], a: DistinctValue, b: DistinctValue): { guard: string; reason: string } | undefined {
  for (const guard of guards) {
    const reason = guard.apart(a, b);
    if (reason !== undefined) return { guard: guard.name, reason };
  }
  return undefined;
}
