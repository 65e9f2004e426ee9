import { getHeapStatistics } from "node:v8";

/**
 * Heap a gathered grid takes per cell slot, measured (after a full GC) on LibreOffice's .xlsx
 * of the real 9,000-row ACLED export (48 bytes, its shared strings included) and on a
 * generated 100,000 × 30 sheet (45): the value's and the number format's slots in two arrays,
 * a boxed number or the share of a string.
 */
export const BYTES_PER_HELD_CELL = 48;

/** The smallest XML a cell holding a value can take (`<c><v>1</v></c>`): an entry of n bytes holds at most n/15 cells. */
export const MIN_CELL_XML_BYTES = 15;

/**
 * How many cells a whole grid may hold: half of the heap this process may grow to (the rest
 * for the checks and their findings), so that a workbook too large to hold is refused with a
 * sentence, never a V8 fatal error. Node's default heap on a 24 GB machine (~4 GB) gives about
 * 45 million cells: a million ACLED rows of 31 columns are 33 million. A larger heap
 * (`node --max-old-space-size`) raises it.
 */
export function heldCellBudget(): number {
  return Math.floor((getHeapStatistics().heap_size_limit * 0.5) / BYTES_PER_HELD_CELL);
}
