import { fold } from "./fold";

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
let rowC = new Int32Array(64);

/**
 * Edit distance with adjacent transpositions (optimal string alignment: "Haarm" is one edit
 * from "Haram"), bounded: returns `limit + 1` as soon as the distance exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
    rowC = new Int32Array(b.length * 2 + 1);
  }
  let beforePrevious = rowC;
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      const substitution = previous[j - 1] + (ca === cb ? 0 : 1);
      const deletion = previous[j] + 1;
      const insertion = current[j - 1] + 1;
      let value = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb && ca !== cb) {
        const transposition = beforePrevious[j - 2] + 1;
        if (transposition < value) value = transposition;
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length];
}

/**
 * The allowed value closest to what was written, or undefined when none is close enough to
 * be a plausible intended value (at most about a third of its letters wrong). A value
 * that only differs in case, accents or spacing is always the closest.
 */
export function closestValue(written: string, allowed: readonly string[], preferred?: ReadonlySet<string>): string | undefined {
  // A column repeats its misspellings ("Demostrations" in 4,978 rows): answers are
  // remembered per list of allowed values, where no preference changes them.
  if (preferred) return closestUncached(written, allowed, preferred);
  let known = remembered.get(allowed);
  if (!known) remembered.set(allowed, (known = new Map()));
  if (known.has(written)) return known.get(written);
  const answer = closestUncached(written, allowed);
  if (known.size < MAX_REMEMBERED) known.set(written, answer);
  return answer;
}

const MAX_REMEMBERED = 4096;
const remembered = new WeakMap<readonly string[], Map<string, string | undefined>>();

function closestUncached(written: string, allowed: readonly string[], preferred?: ReadonlySet<string>): string | undefined {
  const key = fold(written);
  if (key.length === 0) return undefined;
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of allowed) {
    const candidateKey = fold(candidate);
    if (candidateKey === key) return candidate;
    const limit = Math.max(2, Math.floor(candidateKey.length / 3));
    let distance = editDistance(key, candidateKey, limit);
    if (distance > limit) {
      const contained = candidateKey.startsWith(key) || key.startsWith(candidateKey);
      if (!contained || Math.min(key.length, candidateKey.length) < 4) continue;
      distance = limit;
    }
    const score = distance - (preferred?.has(candidate) ? 0.5 : 0);
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}
