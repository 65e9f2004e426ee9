const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 };

/**
 * Where a key moves the cluster list's focus from the cluster at `from` (of `count`): the
 * next or previous (ArrowDown, ArrowUp), the first (Home) or the last (End); null for
 * another key, or where there is nowhere to go.
 */
export function nextCluster(count: number, from: number, key: string): number | null {
  let to: number;
  if (key === "Home") to = 0;
  else if (key === "End") to = count - 1;
  else if (STEP[key]) to = from + STEP[key];
  else return null;
  return to >= 0 && to < count && to !== from ? to : null;
}

/**
 * The cluster that holds the list's Tab stop after the clusters changed: the one focused
 * before where it is still there, else the one now in its place (the last where the list
 * got shorter); -1 for an empty list.
 */
export function activeAfter(keys: readonly string[], activeKey: string | null, lastIndex: number): number {
  if (keys.length === 0) return -1;
  if (activeKey !== null) {
    const found = keys.indexOf(activeKey);
    if (found >= 0) return found;
  }
  return Math.max(0, Math.min(lastIndex, keys.length - 1));
}
