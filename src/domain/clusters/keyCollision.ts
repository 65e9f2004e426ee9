import { Keyer } from "../names/keyers/keyer";
import { UnionFind } from "./unionFind";

/**
 * Key collision (OpenRefine's binning clusterer): texts with the same key are one group.
 * With several keyers a text joins every text it shares any one key with. Each distinct
 * text is keyed once, so the cost grows with distinct values, not rows. Returns groups of
 * indexes into `texts`, two or more each; an empty key groups nothing.
 */
export function keyCollisionGroups(texts: readonly string[], keyers: readonly Keyer[]): number[][] {
  const sets = new UnionFind(texts.length);
  for (const keyer of keyers) {
    // One map per keyer: keys of different keyers never meet.
    const firstWithKey = new Map<string, number>();
    texts.forEach((text, index) => {
      const key = keyer.key(text);
      if (key === "") return;
      const first = firstWithKey.get(key);
      if (first === undefined) firstWithKey.set(key, index);
      else sets.union(first, index);
    });
  }
  return sets.groups();
}
