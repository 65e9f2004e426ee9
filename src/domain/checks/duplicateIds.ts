import { CheckedRow, RowReport } from "./sheetCheck";

/** An incident ID names one incident: later rows that reuse it are errors. */
export function duplicateIds(rows: readonly CheckedRow[], report: RowReport): void {
  const firstRow = new Map<string, number>();
  for (const row of rows) {
    const id = row.values.incident_id as string | undefined;
    if (!id) continue;
    const first = firstRow.get(id);
    if (first === undefined) firstRow.set(id, row.row);
    else report(row, "incident_id", "duplicate-id", `The incident ID ${id} is already used on row ${first}.`);
  }
}
