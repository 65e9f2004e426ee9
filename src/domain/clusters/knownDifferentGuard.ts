import { ClusterGuard } from "./clusterGuard";
import { NameLookup } from "./clusterTypes";

/** Two values the dictionary knows as different names (different canonical names) never share a cluster. */
export function knownDifferentGuard(lookup: NameLookup): ClusterGuard {
  return {
    name: "known-different",
    apart(a, b) {
      const x = lookup(a.value, a.country)?.canonical;
      const y = lookup(b.value, b.country)?.canonical;
      if (x === undefined || y === undefined || x === y) return undefined;
      return `The dictionary knows "${a.value}" as ${x} and "${b.value}" as ${y}.`;
    },
  };
}
