import { TableLayout } from "../headers/locateTable";
import { SheetGrid } from "../sheetGrid";
import { LEGACY_EVENT_TYPES, legacyOnlyEventType } from "../vocabulary/legacyEventTypes";
import { EVENT_TYPES } from "../vocabulary/eventTypes";

const CURRENT = new Set<string>(EVENT_TYPES);
const LEGACY = new Set<string>(LEGACY_EVENT_TYPES);

/**
 * Whether an incident sheet is coded in ACLED's pre-2019 taxonomy: its event types include
 * values only the old taxonomy has ("Battle-No change of territory", "Remote violence"),
 * none only the current one has, and it has no sub-event types (no column, or an empty one).
 * Such a sheet is checked against the old list, with no sub-event type required.
 */
export function usesLegacyTaxonomy(grid: SheetGrid, layout: TableLayout): boolean {
  const eventColumn = layout.columns.find(({ spec }) => spec.field === "event_type")?.index;
  if (eventColumn === undefined) return false;
  const subColumn = layout.columns.find(({ spec }) => spec.field === "sub_event_type")?.index;
  let legacy = 0;
  for (let r = layout.headerIndex + 1; r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const sub = subColumn === undefined ? "" : row[subColumn];
    if (typeof sub === "string" ? sub.trim() !== "" : sub !== null && sub !== undefined) return false;
    const event = row[eventColumn];
    if (typeof event !== "string") continue;
    if (legacyOnlyEventType(event)) legacy++;
    else if (CURRENT.has(event.trim()) && !LEGACY.has(event.trim())) return false;
  }
  return legacy > 0;
}
