import { EVENT_TYPES } from "./eventTypes";

/**
 * ACLED's event types before 2019, when the current taxonomy (event type and sub-event
 * type) replaced them (shared/real-acled/README.md). Files of that time have no
 * `sub_event_type` column.
 */
export const LEGACY_EVENT_TYPES = [
  "Battle-No change of territory",
  "Battle-Government regains territory",
  "Battle-Non-state actor overtakes territory",
  "Riots/Protests",
  "Remote violence",
  "Violence against civilians",
  "Strategic development",
  "Non-violent transfer of territory",
  "Headquarters or base established",
] as const;

const CURRENT = new Set<string>(EVENT_TYPES);
const LEGACY_BY_KEY = new Map(LEGACY_EVENT_TYPES.map((type) => [type.toLowerCase(), type]));

/** The legacy event type a value names (case-insensitively), where it is one the current taxonomy does not have. */
export function legacyOnlyEventType(value: string): string | undefined {
  const legacy = LEGACY_BY_KEY.get(value.trim().toLowerCase());
  return legacy && !CURRENT.has(legacy) ? legacy : undefined;
}
