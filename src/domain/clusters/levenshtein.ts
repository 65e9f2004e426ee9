/**
 * The Levenshtein (edit) distance: insertions, deletions and substitutions of UTF-16 code
 * units at cost 1, as OpenRefine's kNN clusterer computes it (secondstring's Levenstein).
 * With `max`, stops as soon as the distance must exceed it and returns max + 1.
 */
export function levenshtein(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (a.length > b.length) [a, b] = [b, a];
  if (b.length - a.length > max) return max + 1;
  // Common prefix and suffix cost nothing.
  let start = 0;
  while (start < a.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m <= max ? m : max + 1;
  if (row.length < n + 1) row = new Uint32Array(2 * (n + 1));
  for (let i = 0; i <= n; i++) row[i] = i;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(start + j - 1);
    let diagonal = row[0];
    row[0] = j;
    let best = j;
    for (let i = 1; i <= n; i++) {
      const above = row[i];
      const cost = a.charCodeAt(start + i - 1) === cb ? 0 : 1;
      const value = Math.min(above + 1, row[i - 1] + 1, diagonal + cost);
      row[i] = value;
      diagonal = above;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return row[n] <= max ? row[n] : max + 1;
}

let row = new Uint32Array(64);
