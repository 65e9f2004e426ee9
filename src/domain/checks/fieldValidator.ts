import type { z } from "zod";

const MAX_CACHED = 4096;
const MAX_KEY_LENGTH = 100;

/**
 * Checks values against one field's schema, remembering the verdict for values seen
 * before: a column repeats the same event types, countries and counts across its rows, and
 * the verdict depends only on the value. Columns of mostly distinct values (IDs,
 * coordinates, notes) stop being remembered once the memory is full.
 */
export class FieldValidator {
  private readonly verdicts = new Map<string | number, z.core.$ZodIssue | null>();

  constructor(private readonly schema: z.ZodType) {}

  /** The first schema issue of the value, or null when it is valid. */
  check(value: unknown): z.core.$ZodIssue | null {
    const cacheable = typeof value === "number" || (typeof value === "string" && value.length <= MAX_KEY_LENGTH);
    if (cacheable) {
      const known = this.verdicts.get(value as string | number);
      if (known !== undefined) return known;
    }
    const parsed = this.schema.safeParse(value);
    const verdict = parsed.success ? null : parsed.error.issues[0];
    if (cacheable && this.verdicts.size < MAX_CACHED) this.verdicts.set(value as string | number, verdict);
    return verdict;
  }
}
