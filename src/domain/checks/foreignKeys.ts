import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * Every weapon row points at an incident of the incident sheet, one weapon row at a time:
 * `incident` is the incident its ID names (undefined where none does), `incidentIds` the
 * incident sheet's IDs in the order first seen, read once a row needs a near match.
 */
export class ForeignKeys {
  private byFoldedId: Map<string, string> | undefined;

  constructor(
    private readonly incidentIds: () => Iterable<string>,
    private readonly report: RowReport,
  ) {}

  take(row: CheckedRow, incident: CheckedRow | undefined): void {
    const id = row.values.incident_id as string | undefined;
    if (!id || incident) return;
    if (!this.byFoldedId) {
      this.byFoldedId = new Map();
      for (const known of this.incidentIds()) this.byFoldedId.set(foldId(known), known);
    }
    const near = this.byFoldedId.get(foldId(id));
    this.report(row, "incident_id", "foreign-key", `No incident with ID ${id} in the incident sheet${near ? `; did you mean ${near}?` : "."}`, near);
  }
}

/** IDs that differ only in case or spacing are the same ID mistyped. */
function foldId(id: string): string {
  const lower = id.toLowerCase();
  return lower.includes(" ") ? lower.replace(/\s+/g, "") : lower;
}
