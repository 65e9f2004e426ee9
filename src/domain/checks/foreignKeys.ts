import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * Every weapon row points at an incident of the incident sheet. `incidents` holds, for
 * each weapon row, the incident its ID names (undefined where none does).
 */
export function foreignKeys(weapons: readonly CheckedRow[], incidents: readonly (CheckedRow | undefined)[], incidentIds: Iterable<string>, report: RowReport): void {
  let byFoldedId: Map<string, string> | undefined;
  for (let i = 0; i < weapons.length; i++) {
    const row = weapons[i];
    const id = row.values.incident_id as string | undefined;
    if (!id || incidents[i]) continue;
    if (!byFoldedId) {
      byFoldedId = new Map();
      for (const known of incidentIds) byFoldedId.set(foldId(known), known);
    }
    const near = byFoldedId.get(foldId(id));
    report(row, "incident_id", "foreign-key", `No incident with ID ${id} in the incident sheet${near ? `; did you mean ${near}?` : "."}`, near);
  }
}

/** IDs that differ only in case or spacing are the same ID mistyped. */
function foldId(id: string): string {
  const lower = id.toLowerCase();
  return lower.includes(" ") ? lower.replace(/\s+/g, "") : lower;
}
