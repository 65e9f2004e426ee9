import { fingerprintKeyer } from "../names/keyers/fingerprint";
import { LocalDictionary } from "../names/dictionary/workbookDictionary";
import { ClusterGuard } from "./clusterGuard";
import { NameLookup, NotSamePair, ValueKind } from "./clusterTypes";

/** The pairs a team marked "not the same" in the Curation dictionary sheet (`relation: different`), for one kind (places too: "These are different" on a location cluster). */
export function pairsMarkedDifferent(dictionary: LocalDictionary | undefined, kind: ValueKind): NotSamePair[] {
  return (dictionary?.entries ?? []).filter((entry) => entry.kind === kind && entry.relation === "different" && entry.alias).map((entry) => ({ kind, a: entry.alias, b: entry.canonical, country: entry.country }));
}

/**
 * Names a team has marked "not the same" never share a cluster. A value stands for a name of
 * a pair when it is written the same up to case, accents, punctuation and word order
 * (OpenRefine's fingerprint), or when the dictionary maps it to that name. A pair whose two
 * names differ only so (accents or case) is matched letter for letter.
 */
export function notSameGuard(pairs: readonly NotSamePair[], lookup?: NameLookup): ClusterGuard {
  const key = (text: string) => fingerprintKeyer.key(text);
  const exact = (text: string) => `\u0000${text.trim()}`;
  const marked = pairs.map((pair) => (key(pair.a) === key(pair.b) ? { pair, a: exact(pair.a), b: exact(pair.b) } : { pair, a: key(pair.a), b: key(pair.b) }));
  return {
    name: "not-the-same",
    apart(x, y) {
      if (marked.length === 0) return undefined;
      const kx = key(x.value);
      const ky = key(y.value);
      const ex = exact(x.value);
      const ey = exact(y.value);
      const cx = lookup?.(x.value, x.country)?.canonical;
      const cy = lookup?.(y.value, y.country)?.canonical;
      const is = (k: string, e: string, canonical: string | undefined, name: string, nameKey: string) => k === nameKey || e === nameKey || canonical === name;
      for (const { pair, a, b } of marked) {
        // A pair marked in one country holds there only.
        if (pair.country && ((x.country && x.country !== pair.country) || (y.country && y.country !== pair.country))) continue;
        if ((is(kx, ex, cx, pair.a, a) && is(ky, ey, cy, pair.b, b)) || (is(kx, ex, cx, pair.b, b) && is(ky, ey, cy, pair.a, a))) {
          return `"${pair.a}" and "${pair.b}" are marked "not the same" in the Curation dictionary.`;
        }
      }
      return undefined;
    },
  };
}
