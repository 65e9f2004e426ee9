import { foldedWriting } from "./comparableText";
import { ClusterGuard } from "./clusterGuard";
import { NameLookup } from "./clusterTypes";

/**
 * Two values the dictionary tells apart never share a cluster: different canonical names;
 * one name, but fixes that write it differently (ACLED's units and periods: "Police Forces
 * of Benin (2016-) Customs" is not the force itself); and a mapped name beside one the
 * dictionary recognises and refuses ("Nigerian army" in Niger is not the Nigerien army).
 */
export function knownDifferentGuard(lookup: NameLookup): ClusterGuard {
  return {
    name: "known-different",
    apart(a, b) {
      const x = lookup(a.value, a.country);
      const y = lookup(b.value, b.country);
      if (x === undefined || y === undefined) return undefined;
      if (x.canonical === undefined || y.canonical === undefined) {
        if (x.canonical === y.canonical) return undefined;
        const [refused, mapped, canonical] = x.canonical === undefined ? [a, b, y.canonical!] : [b, a, x.canonical];
        return `The dictionary knows "${mapped.value}" as ${canonical}, and refuses to map "${refused.value}"${refused.country ? ` in ${refused.country}` : ""}: not one name.`;
      }
      if (x.canonical !== y.canonical) return `The dictionary knows "${a.value}" as ${x.canonical} and "${b.value}" as ${y.canonical}.`;
      const wx = x.written ?? x.canonical;
      const wy = y.written ?? y.canonical;
      // Case and spacing are how a unit is written, not which unit.
      if (sameWriting(wx, wy)) return undefined;
      return `"${a.value}" and "${b.value}" are both ${x.canonical}, but written as "${wx}" and "${wy}": a unit or period tells them apart.`;
    },
  };
}

function sameWriting(a: string, b: string): boolean {
  return a === b || foldedWriting(a) === foldedWriting(b);
}
