import { CheckedRow, RowReport } from "./sheetCheck";

/** A weapon cannot have been made after the incident it was documented in. */
export function manufactureYear(weapons: readonly CheckedRow[], incidentIds: ReadonlyMap<string, CheckedRow>, report: RowReport): void {
  for (const row of weapons) {
    const year = row.values.year_of_manufacture as number | undefined;
    if (year === undefined) continue;
    const incident = incidentIds.get(row.values.incident_id as string);
    const date = incident?.values.event_date as string | undefined;
    if (!date) continue;
    const incidentYear = Number(date.slice(0, 4));
    if (year > incidentYear) {
      report(row, "year_of_manufacture", "range", `Made in ${year}, after the incident of ${date} it was documented in.`);
    }
  }
}
