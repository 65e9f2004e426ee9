import { CheckedRow, RowReport } from "./sheetCheck";

/** Every weapon row points at an incident of the incident sheet. */
export function foreignKeys(weapons: readonly CheckedRow[], incidentIds: ReadonlyMap<string, CheckedRow>, report: RowReport): void {
  let byFoldedId: Map<string, string> | undefined;
  for (const row of weapons) {
    const id = row.values.incident_id as string | undefined;
    if (!id || incidentIds.has(id)) continue;
    if (!byFoldedId) {
      byFoldedId = new Map();
      for (const known of incidentIds.keys()) byFoldedId.set(known.toLowerCase().replace(/\s+/g, ""), known);
    }
    const near = byFoldedId.get(id.toLowerCase().replace(/\s+/g, ""));
    report(row, "incident_id", "foreign-key", `No incident with ID ${id} in the incident sheet${near ? `; did you mean ${near}?` : "."}`, near);
  }
}
