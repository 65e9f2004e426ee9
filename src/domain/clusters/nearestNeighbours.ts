import { comparableText } from "./comparableText";
import { Distance } from "./clusterDistances";
import { UnionFind } from "./unionFind";

export interface NearestNeighbourOptions {
  distance: Distance;
  /** Texts at this distance or closer are neighbours. */
  radius: number;
  /** Only texts sharing a character n-gram of this size are compared (OpenRefine's blocking). */
  blockingNgramSize: number;
}

export interface NearestNeighbourGroups {
  /** Connected groups of neighbours, indexes into the texts, two or more each. */
  groups: number[][];
  /** Whether two texts are neighbours (within the radius). */
  linked: (a: number, b: number) => boolean;
  /** Distances computed: what blocking saved is the rest of n(n−1)/2. */
  comparisons: number;
}

/**
 * Nearest neighbours with blocking, as OpenRefine's kNN clusterer does it: every text is put
 * in a block for each of its n-grams, and only texts sharing a block are compared, each pair
 * once. Unlike OpenRefine, whose clusters are each text's neighbours and may overlap, a group
 * here is a connected set of neighbours, so that every value is in one group at most; the
 * safeguards then split a group that joins values they keep apart. A text shorter than the
 * block size is in no block and never compared, as in OpenRefine.
 */
export function nearestNeighbourGroups(texts: readonly string[], options: NearestNeighbourOptions): NearestNeighbourGroups {
  const { distance, radius, blockingNgramSize: size } = options;
  const compared = texts.map(comparableText);
  const blocks = new Map<string, number[]>();
  const gramsOf: string[][] = compared.map((text, index) => {
    const grams = new Set<string>();
    for (let i = 0; i + size <= text.length; i++) grams.add(text.slice(i, i + size));
    for (const gram of grams) {
      const block = blocks.get(gram);
      if (block) block.push(index);
      else blocks.set(gram, [index]);
    }
    return [...grams];
  });
  const sets = new UnionFind(texts.length);
  const neighbours = new Map<number, Set<number>>();
  const seen = new Int32Array(texts.length).fill(-1);
  let comparisons = 0;
  for (let a = 0; a < texts.length; a++) {
    for (const gram of gramsOf[a]) {
      for (const b of blocks.get(gram)!) {
        if (b <= a || seen[b] === a) continue;
        seen[b] = a;
        comparisons++;
        if (distance(compared[a], compared[b], radius) > radius) continue;
        sets.union(a, b);
        link(neighbours, a, b);
        link(neighbours, b, a);
      }
    }
  }
  return { groups: sets.groups(), linked: (a, b) => neighbours.get(a)?.has(b) ?? false, comparisons };
}

function link(neighbours: Map<number, Set<number>>, from: number, to: number): void {
  const set = neighbours.get(from);
  if (set) set.add(to);
  else neighbours.set(from, new Set([to]));
}
