import * as React from "react";
import type { ReadProgress, WorkProgress } from "../../services/workbookSource";
import { countOf, formatCount } from "../../domain/text/formatCount";

/** What the progress region shows: its text and how far the step is (undefined: not known yet). */
export interface ProgressState {
  text: string;
  fraction?: number;
}

/** The incident and the weapon sheet: what a check reads unless told otherwise. */
const EXPECTED_SHEETS = 2;

/**
 * The progress of the running step. A check's read goes sheet by sheet; the bar runs once over
 * the whole read (it never starts again at a new sheet, nor goes back), and the rows counted
 * are data rows, the header row left out.
 */
export function useReadProgress(): {
  state: ProgressState | null;
  start: (text: string) => void;
  stop: () => void;
  onRead: (progress: ReadProgress) => void;
  onWork: (progress: WorkProgress) => void;
} {
  const [state, setState] = React.useState<ProgressState | null>(null);
  const sheets = React.useRef(new Map<string, number>());
  const shown = React.useRef(0);
  const start = React.useCallback((text: string) => {
    sheets.current = new Map();
    shown.current = 0;
    setState({ text });
  }, []);
  const stop = React.useCallback(() => setState(null), []);
  const onRead = React.useCallback((p: ReadProgress) => {
    const total = Math.max(0, p.rowsTotal - 1);
    const read = Math.max(0, Math.min(p.rowsRead, p.rowsTotal) - 1);
    const seen = sheets.current;
    seen.set(p.sheet, p.rowsRead / Math.max(1, p.rowsTotal));
    let fraction: number;
    if (p.overall) fraction = p.overall.rowsRead / Math.max(1, p.overall.rowsTotal);
    else {
      // Sheets are read one after the other: each counts for an equal part of the bar, two at least.
      let done = 0;
      for (const part of seen.values()) done += part;
      fraction = done / Math.max(EXPECTED_SHEETS, seen.size);
    }
    shown.current = Math.min(1, Math.max(shown.current, fraction));
    setState({ text: `Reading ${p.sheet}: ${formatCount(read)} of ${countOf(total, "row")}`, fraction: shown.current });
  }, []);
  const onWork = React.useCallback((p: WorkProgress) => {
    setState({ text: `${p.step}: ${formatCount(p.done)} of ${countOf(p.total, "cell")}`, fraction: p.done / Math.max(1, p.total) });
  }, []);
  return { state, start, stop, onRead, onWork };
}
