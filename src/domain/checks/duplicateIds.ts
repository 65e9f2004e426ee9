import { IdTable } from "./idTable";
import { eventDifferences, MonadicLayout } from "./monadicLayout";
import { CheckedRow, RowReport } from "./sheetCheck";

/**
 * An incident ID names one incident: later rows that reuse it are errors. In a monadic
 * sheet (`monadic`) an ID names one event on one row per actor:
 * its first row and one later row of the same event (same date, location, event type …)
 * are the design; a row of another event, or a third row, is an error.
 */
export function duplicateIds(rows: readonly CheckedRow[], report: RowReport, monadic?: MonadicLayout): void {
  if (monadic) {
    monadicDuplicateIds(monadic, report);
    return;
  }
  const check = new DuplicateIds(report);
  for (const row of rows) check.take(row);
}

/**
 * `duplicateIds` of an ordinary sheet, one row at a time: each ID's first row number, and the IDs in the order first seen.
 * Kept to the end of the sheet, for millions of rows: in an `IdTable`, its characters copied into typed arrays, not as strings.
 */
export class DuplicateIds {
  readonly firstRow = new IdTable();

  constructor(private readonly report: RowReport) {}

  take(row: CheckedRow): void {
    const id = row.values.incident_id as string | undefined;
    if (!id) return;
    const first = this.firstRow.getOrInsert(id, row.row);
    if (first !== undefined) this.report(row, "incident_id", "duplicate-id", `The incident ID ${id} is already used on row ${first}.`);
  }
}

const LABELS: Record<string, string> = { event_date: "date", sub_event_type: "sub-event type", event_type: "event type", disorder_type: "disorder type" };

function monadicDuplicateIds(monadic: MonadicLayout, report: RowReport): void {
  const { indexOf } = monadic;
  for (const [id, list] of monadic.rowsOf) {
    if (list.length < 2) continue;
    const [first] = list;
    const partner = monadic.partnerOf.get(first);
    for (const row of list.slice(1)) {
      if (row === partner) continue;
      const differences = eventDifferences(first, row, indexOf);
      if (differences.length > 0) {
        const named = differences.map((field) => LABELS[field] ?? field.replace("_", " ")).join(", ");
        report(row, "incident_id", "duplicate-id", `The incident ID ${id} is already used on row ${first.row} for another event (the ${named} ${differences.length === 1 ? "differs" : "differ"}). In a monadic sheet an ID's rows are one event, one row per actor.`);
      } else {
        report(row, "incident_id", "duplicate-id", `The incident ID ${id} is already on rows ${first.row} and ${partner!.row}: in a monadic sheet an event has one row per actor, two at most.`);
      }
    }
  }
}
