import { z } from "zod";
import { EXCEL_MAX_CELL_CHARS } from "../cells/cellValue";

/** Non-empty text that fits in one Excel cell. */
export const text = z.string().min(1).max(EXCEL_MAX_CELL_CHARS);

/** A calendar date as ISO `yyyy-mm-dd` (cells are read into this form first). */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A refinement that keeps ISO dates on or before `limit` (ISO dates sort as text). */
export function notAfter(limit: string): (iso: string) => boolean {
  return (iso) => iso <= limit;
}
