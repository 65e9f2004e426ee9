import { foldLetters } from "../names/keyers/foldLetters";
import { ClusterGuard } from "./clusterGuard";

/** Words of this length or shorter are codes and short names, where one letter is another name. */
export const SHORT_WORD = 5;

function words(text: string): string[] {
  return foldLetters(text).replace(/['\u2019]/g, "").split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0);
}

/**
 * Short words that differ are different names, not typos: PKM / PKP, ADF / SDF, Iran / Iraq,
 * "Ganro" / "Gango", "Dozo" / "Doro". Two values are kept apart where each has words the
 * other lacks and every such word is five letters or fewer, unless the words run together
 * are the same ("UM-RDA" / "UMRDA").
 */
export function shortWordGuard(): ClusterGuard {
  return {
    name: "short-words",
    apart(a, b) {
      const x = words(a.value);
      const y = words(b.value);
      if (x.join("") === y.join("")) return undefined;
      const inX = new Set(x);
      const inY = new Set(y);
      const onlyX = [...inX].filter((word) => !inY.has(word));
      const onlyY = [...inY].filter((word) => !inX.has(word));
      if (onlyX.length === 0 || onlyY.length === 0) return undefined;
      if (![...onlyX, ...onlyY].every((word) => word.length <= SHORT_WORD)) return undefined;
      return `"${a.value}" and "${b.value}" differ in a short word (${onlyX.join(" ")} / ${onlyY.join(" ")}): in codes and short names one letter is another name.`;
    },
  };
}
