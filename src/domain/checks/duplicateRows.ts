import { fold } from "../text/fold";
import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * The same event recorded twice: the same date, country, location and pair of actors (in
 * either order) under two different incident IDs.
 */
export function duplicateRows(rows: readonly CheckedRow[], report: RowReport): void {
  const firstOf = new Map<string, CheckedRow>();
  for (const row of rows) {
    const { event_date: date, location, actor1, actor2, country, incident_id: id } = row.values as Record<string, string | undefined>;
    if (!date || !location || !actor1 || !id) continue;
    const actors = [fold(actor1), fold(actor2 ?? "")].sort();
    const key = `${date}\u0000${fold(country ?? "")}\u0000${fold(location)}\u0000${actors[0]}\u0000${actors[1]}`;
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, row);
      continue;
    }
    if (first.values.incident_id === id) continue; // the same ID twice is a duplicate-id
    report(row, "incident_id", "duplicate-row", `Same date, location and actors as row ${first.row} (${String(first.values.incident_id)}): possibly the same event recorded twice.`);
  }
}
