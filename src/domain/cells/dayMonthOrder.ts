import { DayMonthOrder } from "./textDate";

const NUMERIC_PARTS = /^\s*(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})\b/;

export interface OrderEvidence {
  /** The order the sheet's dates settle, or null where they settle nothing or contradict each other. */
  order: DayMonthOrder | null;
  dayFirst: number;
  monthFirst: number;
}

/**
 * Decides whether a column writes numeric dates day-first or month-first. A date such as
 * `15/03/2024` can only be day-first and `03/15/2024` only month-first; when the column
 * holds evidence one way and none the other, its ambiguous dates (`03/04/2024`) follow
 * that order. No evidence, or evidence both ways, settles nothing.
 */
export function inferDayMonthOrder(texts: Iterable<unknown>): OrderEvidence {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const text of texts) {
    if (typeof text !== "string") continue;
    const match = NUMERIC_PARTS.exec(text);
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) dayFirst++;
    else if (second > 12 && first <= 12) monthFirst++;
  }
  const order = dayFirst > 0 && monthFirst === 0 ? "dmy" : monthFirst > 0 && dayFirst === 0 ? "mdy" : null;
  return { order, dayFirst, monthFirst };
}
