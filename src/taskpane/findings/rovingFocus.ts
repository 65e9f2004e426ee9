import type { ListRow } from "../listRows";

const STEP: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, Home: 1, End: -1 };

/**
 * Where a key moves the list's focus from the finding at `from`: the next or previous
 * finding (headings are passed over), the first (Home) or the last (End); null for another
 * key, or where there is nowhere to go.
 */
export function nextFinding(rows: readonly ListRow[], from: number, key: string): number | null {
  const step = STEP[key];
  if (!step) return null;
  let to = key === "Home" ? 0 : key === "End" ? rows.length - 1 : from + step;
  while (to >= 0 && to < rows.length && rows[to].kind !== "issue") to += step;
  return to >= 0 && to < rows.length && to !== from ? to : null;
}
