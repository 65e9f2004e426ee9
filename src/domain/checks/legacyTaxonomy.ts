import { CellValue } from "../cells/cellValue";
import { TableLayout } from "../headers/locateTable";
import { LEGACY_EVENT_TYPES, legacyOnlyEventType } from "../vocabulary/legacyEventTypes";
import { EVENT_TYPES } from "../vocabulary/eventTypes";

const CURRENT = new Set<string>(EVENT_TYPES);
const LEGACY = new Set<string>(LEGACY_EVENT_TYPES);

/**
 * Whether an incident sheet is coded in ACLED's pre-2019 taxonomy: its event types include
 * values only the old taxonomy has ("Battle-No change of territory", "Remote violence"),
 * none only the current one has, and it has no sub-event types (no column, or an empty one).
 * Such a sheet is checked against the old list, with no sub-event type required. Told over
 * every row below the header, one at a time (`take`), on the first pass over the sheet; a
 * sub-event type or a current-only event type settles it at once.
 */
export class LegacyTaxonomy {
  private legacy = 0;
  private settled = false;
  private readonly eventColumn: number | undefined;
  private readonly subColumn: number | undefined;

  constructor(private readonly layout: TableLayout) {
    this.eventColumn = layout.columns.find(({ spec }) => spec.field === "event_type")?.index;
    this.subColumn = layout.columns.find(({ spec }) => spec.field === "sub_event_type")?.index;
    if (this.eventColumn === undefined) this.settled = true;
  }

  /** Takes the row at this index of the sheet's values. */
  take(index: number, row: CellValue[]): void {
    if (this.settled || index <= this.layout.headerIndex) return;
    const sub = this.subColumn === undefined ? "" : row[this.subColumn];
    if (typeof sub === "string" ? sub.trim() !== "" : sub !== null && sub !== undefined) {
      this.legacy = 0;
      this.settled = true;
      return;
    }
    const event = row[this.eventColumn!];
    if (typeof event !== "string") return;
    if (legacyOnlyEventType(event)) this.legacy++;
    else if (CURRENT.has(event.trim()) && !LEGACY.has(event.trim())) {
      this.legacy = 0;
      this.settled = true;
    }
  }

  get result(): boolean {
    return this.legacy > 0;
  }
}
