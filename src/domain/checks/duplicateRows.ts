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
    const a = fold(actor1);
    const b = actor2 ? fold(actor2) : "";
    const key = `${date}\u0000${country ?? ""}\u0000${fold(location)}\u0000${a < b ? a : b}\u0000${a < b ? b : a}`;
    const first = firstOf.get(key);
    if (!first) {
      firstOf.set(key, row);
      continue;
    }
    if (first.values.incident_id === id) continue; // the same ID twice is a duplicate-id
    report(row, "incident_id", "duplicate-row", `Same date, location and actors as row ${first.row} (${String(first.values.incident_id)}): possibly the same event recorded twice.`);
  }
}
