import * as React from "react";
import type { Issue } from "../../domain/issues/issue";
import { countOf } from "../../domain/text/formatCount";
import { findingKey } from "./findingKey";

/**
 * What changed in the findings since the list last showed them, in words ("2 new, 1 gone"),
 * for the list's status line: a live re-check, a fix or a decision changes the list, and
 * says so instead of changing its counts silently. Null until the first change, and again
 * once `clear` is called (the curator changed the filters: the note is old news).
 */
export function useRecheckNote(issues: readonly Issue[]): [string | null, () => void] {
  const previous = React.useRef<readonly Issue[] | null>(null);
  const [note, setNote] = React.useState<string | null>(null);
  React.useEffect(() => {
    const before = previous.current;
    previous.current = issues;
    if (!before || before === issues) return;
    setNote(describeChange(before, issues));
  }, [issues]);
  const clear = React.useCallback(() => setNote(null), []);
  return [note, clear];
}

/** "Updated: 2 new, 1 gone", or "Updated: no change" where the findings are the same. */
export function describeChange(before: readonly Issue[], after: readonly Issue[]): string {
  const old = new Map<string, number>();
  for (const issue of before) {
    const key = findingKey(issue);
    old.set(key, (old.get(key) ?? 0) + 1);
  }
  let added = 0;
  for (const issue of after) {
    const key = findingKey(issue);
    const left = old.get(key);
    if (left) old.set(key, left - 1);
    else added++;
  }
  let gone = 0;
  for (const left of old.values()) gone += left;
  const parts = [added > 0 && countOf(added, "new finding", "new findings"), gone > 0 && `${countOf(gone, "finding")} gone`].filter(Boolean);
  return `Updated: ${parts.length ? parts.join(", ") : "no change"}`;
}
