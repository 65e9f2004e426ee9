import { Keyer } from "../../src/domain/names/keyers/keyer";

/**
 * OpenRefine's own clustering, ported for the benchmark only (never used by the product): the
 * binning clusterer (BinningClusterer: a key computed for every cell, the values of each key
 * counted in a sorted map) and the kNN clusterer with blocking (kNNClusterer over vicino's
 * NGramClusterer: every cell's n-grams put into blocks, every ordered pair of a block compared
 * unless already clustered, each value's neighbours one cluster, clusters sorted by size).
 * Cells are read one by one, as OpenRefine's row visitors read them.
 */

/** One cluster as OpenRefine writes it: values with their counts, most frequent first. */
export type OpenRefineCluster = { v: string; c: number }[];

/** BinningClusterer.computeClusters and getJsonRepresentation, for one column of cells. */
export function openRefineBinning(cells: readonly string[], keyer: Keyer): OpenRefineCluster[] {
  const bins = new Map<string, Map<string, number>>();
  for (const cell of cells) {
    // BinningRowVisitor.visit: the key of every cell, each time.
    const key = keyer.key(cell);
    let bin = bins.get(key);
    if (!bin) bins.set(key, (bin = new Map()));
    bin.set(cell, (bin.get(cell) ?? 0) + 1);
  }
  const clusters: OpenRefineCluster[] = [];
  for (const bin of bins.values()) {
    if (bin.size < 2) continue;
    // TreeMap order (natural String order), then a stable sort by count.
    const entries = [...bin.entries()].sort((a, b) => compareJava(a[0], b[0])).map(([v, c]) => ({ v, c }));
    clusters.push(entries.sort((a, b) => b.c - a.c));
  }
  // SizeComparator: larger clusters first, then the one with more cells.
  return clusters.sort((a, b) => b.length - a.length || total(b) - total(a));
}

/** kNNClusterer with its BlockingClusteringRowVisitor and vicino's NGramClusterer, for one column. */
export function openRefineKnn(cells: readonly string[], distance: (a: string, b: string) => number, radius = 1, blockingNgramSize = 6): OpenRefineCluster[] {
  const blocks = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const cell of cells) {
    // NGramClusterer.populate: tokenised on every cell; the blocks are sets (TreeSet), sorted when read.
    for (const gram of vicinoNgrams(cell, blockingNgramSize)) {
      let block = blocks.get(gram);
      if (!block) blocks.set(gram, (block = new Set()));
      block.add(cell);
    }
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const clusterMap = new Map<string, Set<string>>();
  for (const set of blocks.values()) {
    if (set.size < 2) continue;
    const members = [...set].sort(compareJava);
    for (const a of members) {
      for (const b of members) {
        if (a === b) continue;
        if (clusterMap.get(a)?.has(b)) continue;
        if (clusterMap.get(b)?.has(a)) continue;
        const d = distance(a, b);
        if (d <= radius || radius < 0) {
          let cluster = clusterMap.get(a);
          if (!cluster) clusterMap.set(a, (cluster = new Set([a])));
          cluster.add(b);
        }
      }
    }
  }
  const clusters: OpenRefineCluster[] = [];
  for (const cluster of clusterMap.values()) {
    if (cluster.size > 1) clusters.push([...cluster].map((v) => ({ v, c: counts.get(v) ?? 0 })).sort((x, y) => y.c - x.c));
  }
  return clusters.sort((a, b) => b.length - a.length || total(b) - total(a));
}

/**
 * vicino's NGramTokenizer: trimmed, controls and punctuation deleted (Java's ASCII \p{Cntrl}
 * and \p{Punct}), runs of ASCII whitespace one space, lower-cased, then every n-gram.
 */
export function vicinoNgrams(text: string, size: number): string[] {
  const normal = text.trim().replace(/[\u0000-\u001f\u007f!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, "").replace(/[ \t\n\u000b\f\r]+/g, " ").toLowerCase();
  const grams: string[] = [];
  for (let i = 0; i + size <= normal.length; i++) grams.push(normal.slice(i, i + size));
  return grams;
}

/** secondstring's Levenstein as vicino uses it: the whole matrix, unit costs, on the raw cells. */
export function secondStringLevenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** Java's String.compareTo: by UTF-16 code units, as JavaScript compares strings. */
function compareJava(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function total(cluster: OpenRefineCluster): number {
  return cluster.reduce((sum, entry) => sum + entry.c, 0);
}
