import * as React from "react";

/** What a polite live region says: a new node each time (`id`), so that the same words said twice are heard twice. */
export interface Said {
  id: number;
  text: string;
}

/**
 * A view's status said to screen readers only as the answer to the user's own action in the
 * view (a filter, a choice): the status line itself is not a live region, because a re-check
 * changes it too, and the pane says a re-check's outcome once, in its own words.
 * `acted()` from the action's handler; the status is said once it has `settled` (not while
 * "Finding clusters…"), in `words` (worded apart from the status line, which a search or a
 * test finds once).
 */
export function useSaidOnAction(words: string, settled = true): { said: Said | null; acted: () => void } {
  const pending = React.useRef(false);
  const [tick, setTick] = React.useState(0);
  const [said, setSaid] = React.useState<Said | null>(null);
  React.useEffect(() => {
    if (!pending.current || !settled) return;
    pending.current = false;
    setSaid((before) => ({ id: (before?.id ?? 0) + 1, text: words }));
  }, [words, settled, tick]);
  const acted = React.useCallback(() => {
    pending.current = true;
    setTick((n) => n + 1);
  }, []);
  return { said, acted };
}
